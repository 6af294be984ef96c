import type { CellId } from "../engine/cell-id";
import type { RowKey, TableId } from "../templates/types";

export interface RowRef {
  table: TableId;
  row: RowKey;
}

/**
 * What one edit, undo or redo changed: the one description every reaction reads (grid cells and rows,
 * error marks, the checks, the review state, the autosave).
 */
export interface ChangeSet {
  /** Cells whose entered, stated or derived value changed. */
  changed: ReadonlySet<CellId>;
  /** Rows put in place (added, or replaced as a whole by `putRow`), in edit order. */
  rowsAdded: readonly RowRef[];
  /** Rows taken away (removed, or replaced as a whole by `putRow`), in edit order. */
  rowsRemoved: readonly RowRef[];
  /** Names, notes, comments or other document fields changed (checks that read them must re-run). */
  meta: boolean;
  /** The template or the unit changed: every row, cell and check is read afresh. */
  reset: boolean;
}

/** Nothing known about the document yet (it was just opened): every view reads it whole. */
export const OPENED: ChangeSet = {
  changed: new Set<CellId>(),
  rowsAdded: [],
  rowsRemoved: [],
  meta: true,
  reset: true,
};

/** Rows were added or removed, or everything starts again: row lists and formulas were rebuilt. */
export function restructures(change: ChangeSet): boolean {
  return change.reset || change.rowsAdded.length > 0 || change.rowsRemoved.length > 0;
}

/** Whether the rows of `table` were added to or taken from (a reset counts for every table). */
export function touchesRows(change: ChangeSet, table: TableId): boolean {
  if (change.reset) return true;
  return [...change.rowsAdded, ...change.rowsRemoved].some((ref) => ref.table === table);
}

/** The keys of the rows of `table` that were added or taken away. */
export function rowKeysIn(change: ChangeSet, table: TableId): Set<RowKey> {
  const keys = new Set<RowKey>();
  for (const ref of [...change.rowsAdded, ...change.rowsRemoved]) if (ref.table === table) keys.add(ref.row);
  return keys;
}
