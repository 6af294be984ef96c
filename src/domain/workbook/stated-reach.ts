/**
 * A stated value is a fact about the published figures, not an input (DESIGN, "Stated values"): once an
 * entered cell is edited, the stated values of the derived cells the edit reaches give way to their
 * computed values, in the same undoable step, so totals move with what is typed. Stated values the edit
 * does not reach stay, with their findings.
 */
import { type CellId, cellId, parseCellId } from "../engine/cell-id";
import type { Edit, SetCell } from "./edits";
import type { Workbook } from "./workbook";

/** The derived cells carrying a stated value that the given cells feed, directly or through other totals. */
export function statedReach(workbook: Workbook, cells: Iterable<CellId>): CellId[] {
  const { dependents } = workbook.graph;
  const seen = new Set<CellId>();
  const queue = [...cells];
  const stated: CellId[] = [];
  while (queue.length > 0) {
    const cell = queue.pop() as CellId;
    for (const target of dependents.get(cell) ?? []) {
      if (seen.has(target)) continue;
      seen.add(target);
      queue.push(target);
      if (workbook.stored(target) !== undefined) stated.push(target);
    }
  }
  const rank = workbook.graph.rank;
  return stated.sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0));
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
