/** Places in words, as the checks write them: 表号·行名·栏目名 ("03表·2010301 行政运行·基本支出"). */

import { columnLabel, tableOf } from "../templates/structure";
import { tableName } from "../templates/table-names";
import type { ColKey, RowKey, TableId } from "../templates/types";
import type { Workbook } from "../workbook/workbook";

const ORDINAL = /^[一二三四五六七八九十]+、/;
const CODE = /^\d{3}(\d{2}){0,2}$/;

export function isCodeRow(row: RowKey): boolean {
  return CODE.test(row);
}

/** "2010301 行政运行" for a code row, the canonical key for a fixed row ("收入总计"), "合计". */
export function rowLabel(workbook: Workbook, table: TableId, row: RowKey): string {
  if (!isCodeRow(row)) return row;
  const name = workbook.rowName(table, row).replace(ORDINAL, "").trim();
  return name ? `${row} ${name}` : row;
}

export function colLabel(workbook: Workbook, table: TableId, col: ColKey): string {
  return columnLabel(tableOf(workbook.template, table), col);
}

export function cellLabel(workbook: Workbook, table: TableId, row: RowKey, col: ColKey): string {
  return `${tableName(workbook.template, table)}·${rowLabel(workbook, table, row)}·${colLabel(workbook, table, col)}`;
}

/** "03表 支出决算表". */
export function tableLabel(workbook: Workbook, table: TableId): string {
  return `${tableName(workbook.template, table)} ${tableOf(workbook.template, table).title}`;
}

/** A long text shortened for a one-line description. */
export function excerpt(text: string, max = 30): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > max ? `${line.slice(0, max)}…` : line;
}
