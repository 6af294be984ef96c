import type { CellRef, TableId } from "../templates/types";

/** A cell's identity across the whole document: "03|201|本年支出合计". */
export type CellId = string;

const SEPARATOR = "|";

/** An interned id with its parts (the object `parseCellId` and `cellRef` answer). */
interface Interned {
  id: CellId;
  ref: CellRef;
}

/**
 * Ids are interned: the same cell always gets the same string object, so the maps keyed by cell id (the
 * formula graph, values, checks) hash each id once instead of every freshly concatenated copy, and
 * `parseCellId` answers from the entry made with the id. Row keys are 科目 codes and template keys, so
 * the table stays the size of the catalogs; it is cleared if a stream of unusual keys ever grows it.
 */
const interned = new Map<string, Map<string, Map<string, Interned>>>();
const parts = new Map<CellId, CellRef>();
const MAX_INTERNED = 500_000;

function intern(table: TableId, row: string, col: string): Interned {
  let rows = interned.get(table);
  if (rows === undefined) {
    rows = new Map();
    interned.set(table, rows);
  }
  let cols = rows.get(row);
  if (cols === undefined) {
    cols = new Map();
    rows.set(row, cols);
  }
  let entry = cols.get(col);
  if (entry === undefined) {
    if (parts.size >= MAX_INTERNED) forgetInterned();
    const id = cellIdText(table, row, col);
    entry = { id, ref: Object.freeze({ table, row, col }) };
    cols.set(col, entry);
    parts.set(id, entry.ref);
  }
  return entry;
}

/** The text of a cell's id, as a new (not interned) string: for text that embeds an id and is never looked up. */
export function cellIdText(table: TableId, row: string, col: string): string {
  return `${table}${SEPARATOR}${row}${SEPARATOR}${col}`;
}

export function cellId(table: TableId, row: string, col: string): CellId {
  return intern(table, row, col).id;
}

/**
 * The parts of a cell, as `parseCellId(cellId(table, row, col))` answers them (the same frozen object),
 * without looking the id up again: findings list thousands of cells per evaluation.
 */
export function cellRef(table: TableId, row: string, col: string): CellRef {
  return intern(table, row, col).ref;
}

function forgetInterned(): void {
  interned.clear();
  parts.clear();
}

export function refId(ref: CellRef): CellId {
  return cellId(ref.table, ref.row, ref.col);
}

export function parseCellId(id: CellId): CellRef {
  const known = parts.get(id);
  if (known !== undefined) return known;
  const [table, row, ...col] = id.split(SEPARATOR);
  return { table: table as TableId, row: row ?? "", col: col.join(SEPARATOR) };
}
