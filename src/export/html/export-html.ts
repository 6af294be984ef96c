import { tableOrder } from "../../domain/templates/structure";
import { exportDocumentJson } from "../../domain/workbook/export-json";
import type { Workbook } from "../../domain/workbook/workbook";
import { COMMENTS_STYLES, commentsAppendixHtml } from "./comments-html";
import { contentsHtml, coverHtml } from "./cover";
import { embedDocumentJson } from "./embed";
import { escapeHtml } from "./escape";
import { narrativePartsHtml, overviewHtml, PUBLICATION_STYLES } from "./publication-html";
import { STYLES } from "./styles";
import { tableSectionHtml } from "./table-html";

export interface ExportHtmlOptions {
  /** Date line printed at the foot of the cover, as given (e.g. "二〇二四年九月"); none when absent. */
  coverDate?: string;
  /** Embed the document file so the editor can reopen the page (default true). */
  embedDocument?: boolean;
  /** Print the comments (批注) as an appendix after the tables (default false). */
  includeComments?: boolean;
}

/**
 * The document as one standalone, printable HTML page: cover, 目录, and, in the template's order, 第一部分
 * 部门概况, the nine tables on A4 pages (wide tables on landscape pages) with their 说明, then 第三部分
 * 情况说明, 第四部分 名词解释 and 第五部分 附件 when the document holds them. Amounts print exactly as the editor
 * shows them. The document file (with `derived`) is embedded as a JSON data block; the page runs no script.
 * With `includeComments`, the 批注 follow the tables as an appendix.
 */
export function exportHtml(workbook: Workbook, options: ExportHtmlOptions = {}): string {
  const { department, year } = workbook.doc.meta;
  const title = `${year} 年度${department}部门决算`;
  const embedded = options.embedDocument === false ? "" : embedDocumentJson(exportDocumentJson(workbook));
  return [
    "<!DOCTYPE html>",
    '<html lang="zh-CN">',
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="决算公开编辑器">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLES}${PUBLICATION_STYLES}${options.includeComments ? COMMENTS_STYLES : ""}</style>`,
    embedded,
    "</head>",
    "<body>",
    coverHtml(workbook, options.coverDate),
    contentsHtml(workbook),
    overviewHtml(workbook),
    ...tableOrder(workbook.template).map((id) => tableSectionHtml(workbook, id)),
    narrativePartsHtml(workbook),
    options.includeComments ? commentsAppendixHtml(workbook) : "",
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
