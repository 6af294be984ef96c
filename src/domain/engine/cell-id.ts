import type { CellRef, TableId } from "../templates/types";

/** A cell's identity across the whole document: "03|201|本年支出合计". */
export type CellId = string;

const SEPARATOR = "|";

export function cellId(table: TableId, row: string, col: string): CellId {
  return `${table}${SEPARATOR}${row}${SEPARATOR}${col}`;
}

export function refId(ref: CellRef): CellId {
  return cellId(ref.table, ref.row, ref.col);
}

export function parseCellId(id: CellId): CellRef {
  const [table, row, ...col] = id.split(SEPARATOR);
  return { table: table as TableId, row: row ?? "", col: col.join(SEPARATOR) };
}
