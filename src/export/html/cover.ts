import { tableOf, tableOrder, tableOrdinal } from "../../domain/templates/structure";
import type { Workbook } from "../../domain/workbook/workbook";
import { escapeHtml } from "./escape";
import { contentsParts } from "./publication-html";
import { sectionId } from "./table-html";

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
  const items = tableOrder(workbook.template).map((id) => {
    const table = tableOf(workbook.template, id);
    return [
      `<li><a href="#${sectionId(id)}">`,
      `<span class="toc-title">${tableOrdinal(workbook.template, id)}、${escapeHtml(table.title)}</span>`,
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
