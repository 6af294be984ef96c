/** Writing cells, names and whole rows into a table's data (the workbook records each write for undo). */
import type { Amount, JuesuanDocument, TableData } from "../document/model";
import { type CellId, cellId } from "../engine/cell-id";
import type { ColKey, RowKey, TableId, TableTemplate, Template } from "../templates/types";
import type { RowSnapshot } from "./edits";

/** Sets a cell, or removes it (undefined); a fixed row left without cells goes, a 科目 row stays. */
export function writeCell(
  data: TableData,
  template: TableTemplate,
  row: RowKey,
  col: ColKey,
  value: Amount | undefined,
): void {
  if (value === undefined) {
    const cells = data.rows[row];
    if (!cells) return;
    delete cells[col];
    const layout = template.layout;
    const keepsEmptyRow = layout.kind === "subject" && row !== layout.totalRow.key;
    if (Object.keys(cells).length === 0 && !keepsEmptyRow) delete data.rows[row];
    return;
  }
  data.rows[row] ??= {};
  (data.rows[row] as Record<ColKey, Amount>)[col] = value;
}

export function writeName(data: TableData, row: RowKey, name: string | undefined): void {
  if (name === undefined) {
    if (data.names) delete data.names[row];
    if (data.names && Object.keys(data.names).length === 0) delete data.names;
  } else {
    data.names ??= {};
    data.names[row] = name;
  }
}

/** Puts a whole row back as a snapshot had it (undefined: the row goes, with its name). */
export function writeRow(data: TableData, row: RowKey, snapshot: RowSnapshot | undefined): void {
  if (snapshot === undefined) {
    delete data.rows[row];
    writeName(data, row, undefined);
    return;
  }
  data.rows[row] = snapshot.cells ? { ...snapshot.cells } : {};
  writeName(data, row, snapshot.name);
}

/** Every cell the document stores a value for. */
export function* storedCells(doc: JuesuanDocument): IterableIterator<CellId> {
  for (const [table, data] of Object.entries(doc.tables))
    for (const [row, cells] of Object.entries(data?.rows ?? {}))
      for (const col of Object.keys(cells)) yield cellId(table as TableId, row, col);
}

/** The conversion emptied the tables the new template lacks (edits before this one); the file keeps none. */
export function dropEmptyTables(doc: JuesuanDocument, template: Template): void {
  for (const [table, data] of Object.entries(doc.tables)) {
    if (!template.tables[table] && data && Object.values(data.rows).every((c) => Object.keys(c).length === 0))
      delete doc.tables[table];
  }
}
