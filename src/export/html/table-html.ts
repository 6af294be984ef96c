import { printsLaneRow, tableOf } from "../../domain/templates/structure";
import type { TableId } from "../../domain/templates/types";
import type { Workbook } from "../../domain/workbook/workbook";
import { laneRow, type PrintCell, type PrintRow, paneRows, subjectRows } from "./body";
import { columnWidths, type PrintColumn, printColumns } from "./columns";
import { escapeHtml } from "./escape";
import { headerRows } from "./header";
import { printsLandscape } from "./orientation";

const span = (name: string, n: number) => (n > 1 ? ` ${name}="${n}"` : "");

function headerHtml(columns: readonly PrintColumn[]): string {
  return headerRows(columns)
    .map((row) => {
      const cells = row.map((cell) => {
        const role = (columns[cell.column] as PrintColumn).role;
        const kind = cell.colspan > 1 ? "group" : role;
        return `<th class="h-${kind}"${span("colspan", cell.colspan)}${span("rowspan", cell.rowspan)}>${escapeHtml(cell.text)}</th>`;
      });
      return `<tr>${cells.join("")}</tr>`;
    })
    .join("");
}

function cellHtml(cell: PrintCell, tag: "td" | "th"): string {
  const indent = cell.indent ? ` indent-${Math.min(cell.indent, 3)}` : "";
  const id = cell.cell === undefined ? "" : ` data-cell="${escapeHtml(cell.cell)}"`;
  return `<${tag} class="${cell.role}${indent}"${span("colspan", cell.colspan)}${id}>${escapeHtml(cell.text)}</${tag}>`;
}

function rowHtml(row: PrintRow, tag: "td" | "th" = "td"): string {
  const level = row.level === undefined ? "" : ` level-${row.level}`;
  let html = `<tr class="${row.kind}${level}">`;
  for (const cell of row.cells) html += cellHtml(cell, tag);
  return `${html}</tr>`;
}

function rowsHtml(rows: readonly PrintRow[]): string {
  let html = "";
  for (const row of rows) html += rowHtml(row);
  return html;
}

function captionHtml(workbook: Workbook, table: TableId): string {
  const template = tableOf(workbook.template, table);
  const { department, year } = workbook.doc.meta;
  return [
    '<header class="caption">',
    `<h2 class="table-title">${escapeHtml(template.title)}</h2>`,
    `<div class="table-label">${escapeHtml(template.label)}</div>`,
    '<div class="caption-line">',
    `<span class="department">部门：${escapeHtml(department)}</span>`,
    `<span class="year">${escapeHtml(String(year))} 年度</span>`,
    `<span class="unit">单位：${escapeHtml(workbook.doc.meta.unit)}</span>`,
    "</div></header>",
  ].join("");
}

function notesHtml(workbook: Workbook, table: TableId): string {
  const lines = tableOf(workbook.template, table).notes.map(
    (line) => `<p class="note">${escapeHtml(line)}</p>`,
  );
  const explanation = workbook.doc.notes?.[table];
  if (explanation) lines.push(`<p class="explanation">说明：${escapeHtml(explanation)}</p>`);
  return `<footer class="notes">${lines.join("")}</footer>`;
}

/** The section id of a table, for links from the 目录. */
export const sectionId = (table: TableId) => `table-${table}`;

/** One table as published: caption block, multi-level header with 栏次, rows, 注 and 说明. */
export function tableSectionHtml(workbook: Workbook, table: TableId): string {
  const template = tableOf(workbook.template, table);
  const layout = template.layout;
  const columns = printColumns(workbook, table);
  const subject = layout.kind === "subject";
  const hasLanes = printsLaneRow(template);
  const body =
    layout.kind === "subject"
      ? subjectRows(workbook, table, layout, columns)
      : paneRows(workbook, table, layout, columns);
  const page = printsLandscape(template) ? "landscape" : "portrait";
  const colgroup = columnWidths(columns)
    .map((width) => `<col style="width:${width}">`)
    .join("");
  return [
    `<section class="table-page ${page}" id="${sectionId(table)}" data-table="${table}">`,
    captionHtml(workbook, table),
    `<table class="report ${layout.kind}" data-table="${table}">`,
    `<colgroup>${colgroup}</colgroup>`,
    `<thead>${headerHtml(columns)}${hasLanes ? rowHtml(laneRow(columns, subject), "th") : ""}</thead>`,
    `<tbody>${rowsHtml(body)}</tbody>`,
    "</table>",
    notesHtml(workbook, table),
    "</section>",
  ].join("");
}
