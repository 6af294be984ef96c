/**
 * A stated value is a fact about the published figures, not an input (DESIGN, "Stated values"): once an
 * entered cell is edited, the stated values of the derived cells the edit reaches give way to their
 * computed values, in the same undoable step, so totals move with what is typed. Stated values the edit
 * does not reach stay, with their findings.
 */
import { type CellId, cellId, parseCellId } from "../engine/cell-id";
import { planDependents } from "../engine/plan-order";
import type { Edit, SetCell } from "./edits";
import type { Workbook } from "./workbook";

/**
 * The derived cells carrying a stated value that the given cells feed, directly or through other totals,
 * in topological order. Walked over the formula plan's slots (engine/plan-order.ts, indexed once per plan
 * and needed by the first edit's recompute anyway): the id-keyed graph cost the first edit 10–60 ms more
 * on the bench's large document.
 */
export function statedReach(workbook: Workbook, cells: Iterable<CellId>): CellId[] {
  const space = workbook.plan.cells;
  const values = workbook.values();
  const { starts, list } = planDependents(workbook.plan);
  const seen = new Set<number>();
  const queue: number[] = [];
  for (const id of cells) {
    const slot = space.find(id);
    if (slot !== undefined) queue.push(slot);
  }
  const stated: { id: CellId; rank: number }[] = [];
  while (queue.length > 0) {
    const slot = queue.pop() as number;
    // A cell given a slot after the plan was made (a stray stored cell) feeds no formula.
    if (slot + 1 >= starts.length) continue;
    const end = starts[slot + 1] as number;
    for (let i = starts[slot] as number; i < end; i++) {
      const target = list[i] as number;
      if (seen.has(target)) continue;
      seen.add(target);
      queue.push(target);
      const id = space.idOf(target);
      if (workbook.stored(id) !== undefined) stated.push({ id, rank: values.rank(values.formulaAt(target)) });
    }
  }
  return stated.sort((a, b) => a.rank - b.rank).map(({ id }) => id);
}

/** The edits, followed by the clearing of every stated value their entered cells reach. */
export function withStatedReach(
  workbook: Workbook,
  edits: readonly Edit[],
): { edits: Edit[]; dropped: CellId[] } {
  const entered = edits
    .filter((edit): edit is SetCell => edit.kind === "set")
    .map((edit) => cellId(edit.table, edit.row, edit.col))
    .filter((id) => !workbook.isDerived(id));
  const dropped = statedReach(workbook, entered);
  const clears = dropped.map((id): SetCell => {
    const { table, row, col } = parseCellId(id);
    return { kind: "set", table, row, col, value: undefined };
  });
  return { edits: [...edits, ...clears], dropped };
}
