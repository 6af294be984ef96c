/**
 * One string object per cell id. Map lookups hash a string once per object; ids built afresh for every
 * check would be hashed (and flattened) again each time, which dominates a full evaluation.
 */
import { type CellId, cellId } from "../engine/cell-id";
import type { ColKey, RowKey, TableId } from "../templates/types";

interface TableIds {
  columns: Map<ColKey, number>;
  rows: Map<RowKey, (CellId | undefined)[]>;
}

export class CellIds {
  private readonly tables = new Map<TableId, TableIds>();

  id(table: TableId, row: RowKey, col: ColKey): CellId {
    let ids = this.tables.get(table);
    if (!ids) {
      ids = { columns: new Map(), rows: new Map() };
      this.tables.set(table, ids);
    }
    let index = ids.columns.get(col);
    if (index === undefined) {
      index = ids.columns.size;
      ids.columns.set(col, index);
    }
    let cells = ids.rows.get(row);
    if (!cells) {
      cells = [];
      ids.rows.set(row, cells);
    }
    let id = cells[index];
    if (id === undefined) {
      id = cellId(table, row, col);
      cells[index] = id;
    }
    return id;
  }
}
