/**
 * Each table's rows × columns as one block of consecutive slots (cell-space.ts): which rows and columns
 * are where, and which of the block's cells the template has.
 */
import { fixedRows, tableColumns, tableIds, tableOf } from "../templates/structure";
import type { ColKey, RowKey, TableId, Template } from "../templates/types";
import { isFunctionCode } from "./code-tree";

/** Which rows each table has in the open document, in printed order. */
export type RowsOf = (table: TableId) => readonly RowKey[];

export interface Block {
  readonly table: TableId;
  readonly subject: boolean;
  readonly totalRow: RowKey | undefined;
  readonly base: number;
  readonly rows: readonly RowKey[];
  readonly rowIndex: ReadonlyMap<RowKey, number>;
  readonly cols: readonly ColKey[];
  readonly colIndex: ReadonlyMap<ColKey, number>;
  /** Per row × column: the template has this cell (`hasCell`). */
  readonly valid: Uint8Array;
}

/** The blocks of every table of `template`, in table order, and how many slots they take together. */
export function tableBlocks(template: Template, rowsOf: RowsOf): { blocks: Block[]; size: number } {
  const blocks: Block[] = [];
  let base = 0;
  for (const table of tableIds(template)) {
    const block = tableBlock(template, table, rowsOf(table), base);
    blocks.push(block);
    base += block.rows.length * block.cols.length;
  }
  return { blocks, size: base };
}

function tableBlock(template: Template, table: TableId, rows: readonly RowKey[], base: number): Block {
  const tableTemplate = tableOf(template, table);
  const cols = tableColumns(tableTemplate);
  const rowIndex = new Map<RowKey, number>();
  for (let r = 0; r < rows.length; r++) rowIndex.set(rows[r] as RowKey, r);
  const colIndex = new Map<ColKey, number>();
  for (let c = 0; c < cols.length; c++)
    if (!colIndex.has(cols[c] as ColKey)) colIndex.set(cols[c] as ColKey, c);
  const valid = new Uint8Array(rows.length * cols.length);
  const layout = tableTemplate.layout;
  if (layout.kind === "subject") {
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r] as RowKey;
      if (row === layout.totalRow.key || isFunctionCode(row))
        valid.fill(1, r * cols.length, (r + 1) * cols.length);
    }
  } else {
    const fixed = fixedRows(tableTemplate);
    for (let r = 0; r < rows.length; r++) {
      for (const col of fixed.get(rows[r] as RowKey)?.columns ?? []) {
        const c = colIndex.get(col);
        if (c !== undefined) valid[r * cols.length + c] = 1;
      }
    }
  }
  return {
    table,
    subject: layout.kind === "subject",
    totalRow: layout.kind === "subject" ? layout.totalRow.key : undefined,
    base,
    rows,
    rowIndex,
    cols,
    colIndex,
    valid,
  };
}
