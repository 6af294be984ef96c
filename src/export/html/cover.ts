import { tablesPartHeading } from "../../domain/narrative/part-headings";
import { tableOf, tableOrder, tableOrdinal } from "../../domain/templates/structure";
import type { Workbook } from "../../domain/workbook/workbook";
import { escapeHtml } from "./escape";
import { contentsParts, tocGroup } from "./publication-html";
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

/**
 * Beyond this many lines the 目录's usual spacing would run past one A4 page (the sample prints 30), so it
 * prints closer: up to about 42 lines still fit on the page.
 */
const DENSE_CONTENTS_LINES = 34;

/** The 目录: the parts, and under 第二部分 the nine tables, each linked to its page; one page when it fits. */
export function contentsHtml(workbook: Workbook): string {
  const parts = contentsParts(workbook);
  const order = tableOrder(workbook.template);
  const items = order.map((id) => {
    const table = tableOf(workbook.template, id);
    return [
      `<li><a href="#${sectionId(id)}">`,
      `<span class="toc-title">${tableOrdinal(workbook.template, id)}、${escapeHtml(table.title)}</span>`,
      `<span class="toc-label">${escapeHtml(table.label)}</span>`,
      "</a></li>",
    ].join("");
  });
  const dense = parts.lines + 1 + order.length > DENSE_CONTENTS_LINES;
  return [
    `<section class="contents${dense ? " dense" : ""}">`,
    "<h2>目 录</h2>",
    parts.before,
    tocGroup(
      `<p class="toc-part">${escapeHtml(tablesPartHeading(workbook.doc.meta))}</p>`,
      `<ol class="toc">${items.join("")}</ol>`,
    ),
    parts.after,
    "</section>",
  ].join("");
}
