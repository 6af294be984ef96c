import { cellId } from "../engine/cell-id";
import type { CellRef } from "../templates/types";
import type { SetCell } from "../workbook/edits";
import type { Workbook } from "../workbook/workbook";

export interface ClearPlan {
  edits: SetCell[];
  /** Derived cells in the range: computed, so never cleared. */
  skippedDerived: number;
}

/** Clears the entered cells among `cells` that hold a value (Delete over a range); derived cells stay. */
export function planClear(workbook: Workbook, cells: readonly CellRef[]): ClearPlan {
  const plan: ClearPlan = { edits: [], skippedDerived: 0 };
  for (const { table, row, col } of cells) {
    const id = cellId(table, row, col);
    if (workbook.isDerived(id)) plan.skippedDerived++;
    else if (workbook.stored(id) !== undefined)
      plan.edits.push({ kind: "set", table, row, col, value: undefined });
  }
  return plan;
}
