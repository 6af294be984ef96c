import { TABLE_IDS } from "../../domain/templates/types";
import type { Workbook } from "../../domain/workbook/workbook";
import { escapeHtml } from "./escape";
import { contentsParts } from "./publication-html";
import { sectionId } from "./table-html";

const ORDINALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/** The cover: year, department, "部门决算" and, when given, the date line (e.g. 二〇二四年九月). */
export function coverHtml(workbook: Workbook, date?: string): string {
  const { department, year } = workbook.doc.meta;
  return [
    '<section class="cover">',
    `<p class="cover-year">${escapeHtml(String(year))} 年度</p>`,
    `<h1 class="cover-department">${escapeHtml(department)}</h1>`,
    '<p class="cover-title">部门决算</p>',
    date ? `<p class="cover-date">${escapeHtml(date)}</p>` : "",
    "</section>",
  ].join("");
}

/** The 目录: the parts, and under 第二部分 the nine tables, each linked to its page. */
export function contentsHtml(workbook: Workbook): string {
  const { department, year } = workbook.doc.meta;
  const parts = contentsParts(workbook);
  const items = TABLE_IDS.map((id, i) => {
    const table = workbook.template.tables[id];
    return [
      `<li><a href="#${sectionId(id)}">`,
      `<span class="toc-title">${ORDINALS[i] ?? String(i + 1)}、${escapeHtml(table.title)}</span>`,
      `<span class="toc-label">${escapeHtml(table.label)}</span>`,
      "</a></li>",
    ].join("");
  });
  return [
    '<section class="contents">',
    "<h2>目 录</h2>",
    parts.before,
    `<p class="toc-part">第二部分 ${escapeHtml(String(year))} 年度${escapeHtml(department)}部门决算表</p>`,
    `<ol class="toc">${items.join("")}</ol>`,
    parts.after,
    "</section>",
  ].join("");
}
