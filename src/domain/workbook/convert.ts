/**
 * 转换模板: the edits that move a document to another template as one undoable step, and the figures that
 * have no place there. Rows and columns are matched by canonical key, so every figure whose row and
 * column the target has stays where it is; the others (and the names of rows that go) are removed first,
 * then the template changes — undo brings them back.
 */

import { isKnownRow, rowColumns, tableOrder } from "../templates/structure";
import { tableName } from "../templates/table-names";
import type { TableId, Template } from "../templates/types";
import type { Edit } from "./edits";
import type { Workbook } from "./workbook";

/** A figure the target template has no place for. */
export interface LostFigure {
  table: TableId;
  row: string;
  col: string;
  /** Where it is, in words: "06表 · 30701 · 决算数". */
  place: string;
  value: string;
}

export interface Conversion {
  edits: Edit[];
  lost: LostFigure[];
}

export function planConversion(workbook: Workbook, target: Template): Conversion {
  const edits: Edit[] = [];
  const lost: LostFigure[] = [];
  for (const table of tableOrder(workbook.template)) {
    const data = workbook.doc.tables[table];
    if (!data) continue;
    const targetTable = target.tables[table];
    if (!targetTable) {
      // A table the target lacks (a further table such as 10) goes whole, its rows with it.
      for (const [row, cells] of Object.entries(data.rows)) {
        for (const [col, value] of Object.entries(cells))
          if (value !== null)
            lost.push({ table, row, col, place: placeOf(workbook, table, row, col), value });
        edits.push({ kind: "putRow", table, row, snapshot: undefined });
      }
      continue;
    }
    for (const [row, cells] of Object.entries(data.rows)) {
      const rowKept = isKnownRow(targetTable, row);
      const columns = rowKept ? new Set(rowColumns(targetTable, row)) : new Set<string>();
      for (const [col, value] of Object.entries(cells)) {
        if (columns.has(col)) continue;
        edits.push({ kind: "set", table, row, col, value: undefined });
        if (value !== null) lost.push({ table, row, col, place: placeOf(workbook, table, row, col), value });
      }
      if (!rowKept && data.names?.[row] !== undefined)
        edits.push({ kind: "rename", table, row, name: undefined });
    }
  }
  const notes = workbook.doc.notes ?? {};
  if (Object.keys(notes).some((table) => !target.tables[table])) {
    const kept = Object.fromEntries(Object.entries(notes).filter(([table]) => target.tables[table]));
    edits.push({ kind: "field", field: "notes", value: kept });
  }
  edits.push({ kind: "template", template: target.id });
  return { edits, lost };
}

function placeOf(workbook: Workbook, table: TableId, row: string, col: string): string {
  const name = workbook.rowName(table, row);
  return [tableName(workbook.template, table), name && name !== row ? `${row} ${name}` : row, col].join(
    " · ",
  );
}

/** The figures of a document by cell id, for comparing a round trip. */
export function figuresOf(workbook: Workbook): Map<string, string | null> {
  const figures = new Map<string, string | null>();
  for (const table of tableOrder(workbook.template)) {
    for (const [row, cells] of Object.entries(workbook.doc.tables[table]?.rows ?? {})) {
      for (const [col, value] of Object.entries(cells)) figures.set(`${table}|${row}|${col}`, value);
    }
  }
  return figures;
}
