import { cellId } from "../../domain/engine/cell-id";
import { splitCode } from "../../domain/templates/code-display";
import { isSubjectCode, rowColumns, tableOf } from "../../domain/templates/structure";
import { type CellKind, cellKind, displayCell } from "../../domain/workbook/display";
import type { Workbook } from "../../domain/workbook/workbook";
import type { ColumnInfo } from "./column-info";
import type { GridRow } from "./grid-rows";

/** The cell a value column shows on a grid row, if there is one. */
export function cellAt(workbook: Workbook, row: GridRow, info: ColumnInfo): string | null {
  const key = row.rows[info.pane];
  if (info.role !== "value" || !key || info.col === undefined) return null;
  if (!rowColumns(tableOf(workbook.template, info.table), key).includes(info.col)) return null;
  return cellId(info.table, key, info.col);
}

/** The text a grid cell shows: label, 行次, code, name, 栏次 or the amount. */
export function cellText(workbook: Workbook, row: GridRow, info: ColumnInfo): string {
  if (row.kind === "lane") {
    if (info.role === "value") return info.lane ?? "";
    return info.role === "label" || (info.role === "code" && !info.part) ? "栏 次" : "";
  }
  if (info.role === "line") return String(row.fixed?.[info.pane]?.line ?? "");
  const key = row.rows[info.pane];
  if (!key) return "";
  switch (info.role) {
    case "label":
      return workbook.rowName(info.table, key);
    case "code":
      if (!isSubjectCode(key)) return info.part ? "" : workbook.rowName(info.table, key);
      return info.part === undefined ? key : (splitCode(key)[info.part] ?? "");
    case "name":
      return isSubjectCode(key) ? workbook.rowName(info.table, key) : "";
    case "value": {
      const id = cellAt(workbook, row, info);
      return id ? displayCell(workbook, id) : "";
    }
  }
}

/** Whether a value cell takes typing: an entered cell of an existing row. */
export function isEditable(workbook: Workbook, row: GridRow, info: ColumnInfo): boolean {
  if (row.kind === "lane") return false;
  const id = cellAt(workbook, row, info);
  return id !== null && !workbook.isDerived(id);
}

export function kindAt(workbook: Workbook, row: GridRow, info: ColumnInfo): CellKind | null {
  const id = cellAt(workbook, row, info);
  return id ? cellKind(workbook, id) : null;
}
