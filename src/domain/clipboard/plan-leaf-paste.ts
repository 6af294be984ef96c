import { cellId } from "../engine/cell-id";
import type { RowKey, TableId } from "../templates/types";
import type { Workbook } from "../workbook/workbook";
import { describePaste, type PastePlan, type PasteTarget, planPaste } from "./plan-paste";

/**
 * The rows a paste reaches from its top-left cell: `target` addresses them by offset, `rows` is how many
 * displayed rows there are from the top-left cell down (the table ends there).
 */
export interface PasteRows {
  target: PasteTarget;
  rows: number;
}

/** A paste onto entered rows only: the cell plan, and where the block's rows went. */
export interface LeafPastePlan extends PastePlan {
  /** Block rows placed, one entered row each (a blank block row clears its row, as a paste does). */
  placedRows: number;
  /** Derived rows (类/款 totals) passed over between the first and the last row used; none consumed. */
  passedRows: number;
  /** Block rows with a figure and no entered row left below the table's last one, and their figures. */
  outsideRows: number;
  outsideCells: number;
  /** The first and last rows written to, in display order; null when no block row was placed. */
  first: RowKey | null;
  last: RowKey | null;
}

const blockWidth = (block: readonly (readonly string[])[]) => Math.max(0, ...block.map((r) => r.length));
const hasFigure = (cells: readonly string[] | undefined) => (cells ?? []).some((t) => t.trim() !== "");

/** Whether the displayed row `r` takes a figure under the block's columns: any of its cells there is entered. */
function isEnteredRow(workbook: Workbook, table: TableId, target: PasteTarget, r: number, width: number) {
  for (let c = 0; c < width; c++) {
    const at = target(r, c);
    if (at && !workbook.isDerived(cellId(table, at.row, at.col))) return true;
  }
  return false;
}

/**
 * Block rows with a figure that a paste by position puts on derived rows (类/款 totals, where every cell
 * under the block is computed): those figures are skipped and lost. 0 when nothing is lost that way, or
 * when no row under the block takes a figure (a column of 合计): a leaf paste could not place them either.
 */
export function blockRowsOnDerivedRows(
  workbook: Workbook,
  table: TableId,
  block: readonly (readonly string[])[],
  { target, rows }: PasteRows,
): number {
  const width = blockWidth(block);
  const entered = Array.from({ length: rows }, (_, r) => isEnteredRow(workbook, table, target, r, width));
  if (!entered.includes(true)) return 0;
  let count = 0;
  block.forEach((cells, r) => {
    const onTable = r < rows && Array.from({ length: width }, (_, c) => target(r, c)).some(Boolean);
    if (onTable && hasFigure(cells) && !entered[r]) count++;
  });
  return count;
}

/**
 * Pastes a block onto entered rows only, in display order from the top-left cell: block row i goes to
 * the i-th row below that takes a figure; derived rows in between are passed over, not consumed, so no
 * figure lands on a total. Within a row, cells follow `planPaste` (derived cells skipped, text refused).
 */
export function planLeafPaste(
  workbook: Workbook,
  table: TableId,
  block: readonly (readonly string[])[],
  { target, rows }: PasteRows,
): LeafPastePlan {
  const width = blockWidth(block);
  const rowOf: number[] = [];
  for (let r = 0; r < rows && rowOf.length < block.length; r++) {
    if (isEnteredRow(workbook, table, target, r, width)) rowOf.push(r);
  }
  const lastUsed = rowOf.at(-1);
  const moved: PasteTarget = (r, c) => {
    const to = rowOf[r];
    return to === undefined ? null : target(to, c);
  };
  const plan = planPaste(
    workbook,
    table,
    block.map((cells) => [...cells]),
    moved,
  );
  const left = block.slice(rowOf.length);
  const keyAt = (r: number | undefined) => (r === undefined ? null : rowKeyAt(target, r, width));
  return {
    ...plan,
    placedRows: rowOf.length,
    passedRows: lastUsed === undefined ? 0 : lastUsed + 1 - rowOf.length,
    outsideRows: left.filter(hasFigure).length,
    outsideCells: left.flat().filter((t) => t.trim() !== "").length,
    first: keyAt(rowOf[0]),
    last: keyAt(lastUsed),
  };
}

/** The row key of displayed row `r`: the row of its first cell under the block. */
function rowKeyAt(target: PasteTarget, r: number, width: number): RowKey | null {
  for (let c = 0; c < width; c++) {
    const at = target(r, c);
    if (at) return at.row;
  }
  return null;
}

/** The label of the choice a paste offers when figures fell on derived rows. */
export const LEAF_PASTE_CHOICE = "改为只填入项级行";

/** What a paste by position says about block rows lost on derived rows, offering the leaf paste. */
export function describeRowsOnDerivedRows(count: number): string {
  return `其中 ${count} 行数字落在类/款等计算行上，未填入`;
}

/** A Chinese summary of a leaf paste: how many rows and cells went where, and what was left out. */
export function describeLeafPaste(plan: LeafPastePlan): string {
  if (plan.tooLarge) return describePaste(plan) ?? "";
  const span = plan.first === plan.last ? `${plan.first}` : `${plan.first} 至 ${plan.last}`;
  const placed =
    plan.placedRows === 0
      ? "没有可填入的项级行"
      : `${plan.placedRows} 行填入 ${span} 的 ${plan.placedRows} 个项级行，共 ${plan.edits.length} 个单元格`;
  const passed = plan.passedRows > 0 ? `，跳过其间 ${plan.passedRows} 个类/款等计算行` : "";
  const outside =
    plan.outsideRows > 0
      ? `${plan.outsideRows} 行（${plan.outsideCells} 个单元格）在本表最后一个项级行之后，未填入`
      : null;
  // The rows past the last 项 row are said above; the rest of `outside` is cells past the last column.
  const rest = describePaste({ ...plan, outside: plan.outside - plan.outsideCells });
  return [`已只填入项级行：${placed}${passed}`, outside, rest].filter(Boolean).join("；");
}
