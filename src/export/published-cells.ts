import { plainAmount } from "../domain/clipboard/tsv";
import { tableOf } from "../domain/templates/structure";
import type { TableId } from "../domain/templates/types";
import type { Workbook } from "../domain/workbook/workbook";
import { laneRow, type PrintRow, paneRows, subjectRows } from "./html/body";
import { printColumns } from "./html/columns";
import { headerRows } from "./html/header";

/**
 * A table as published, cell by cell for a spreadsheet ("复制本表"): title, 公开NN表, the caption line,
 * the header rows (a merged header's text in its first cell), 栏次, every row with codes and names, the
 * 注 and 说明 lines. Amounts as plain numbers, so that Excel and WPS read them as numbers.
 */
export function publishedCells(workbook: Workbook, table: TableId): string[][] {
  const template = tableOf(workbook.template, table);
  const layout = template.layout;
  const columns = printColumns(workbook, table);
  const width = columns.length;
  const { department, year } = workbook.doc.meta;
  const caption = [`部门：${department}`, `${year} 年度`, ...blank(width - 3), "单位：万元"];
  const header = headerRows(columns).map((row) => {
    const cells = blank(width);
    for (const cell of row) cells[cell.column] = cell.text;
    return cells;
  });
  const subject = layout.kind === "subject";
  const lanes = subject || layout.laneRow ? [expand(laneRow(columns, subject))] : [];
  const body = subject
    ? subjectRows(workbook, table, layout, columns)
    : paneRows(workbook, table, layout, columns);
  const explanation = workbook.doc.notes?.[table];
  return [
    [template.title],
    [template.label],
    caption,
    ...header,
    ...lanes,
    ...body.map(expand),
    ...template.notes.map((line) => [line]),
    ...(explanation ? [[`说明：${explanation}`]] : []),
  ];
}

const blank = (n: number): string[] => Array.from({ length: Math.max(0, n) }, () => "");

/** A printed row with its spanning cells laid out one column each (the text in the first). */
function expand(row: PrintRow): string[] {
  return row.cells.flatMap((cell) => {
    const text = cell.role === "value" && row.kind !== "lane" ? plainAmount(cell.text) : cell.text;
    return [text, ...blank(cell.colspan - 1)];
  });
}
