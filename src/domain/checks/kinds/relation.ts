/** Relation checks: Σ left ⟨=, ≤, ≥⟩ Σ right over the values as shown, always checked. */
import type { CellId } from "../../engine/cell-id";
import { collect, iterate } from "../bind";
import type { CheckContext } from "../context";
import type { Instance } from "../instance";
import { causeReads, lacksCodes } from "../likely-cause";
import type { RelationCheck, Rule } from "../types";
import { SumInstance } from "./sum-instance";

export function expandRelation(rule: Rule, check: RelationCheck, ctx: CheckContext): Instance[] {
  const out: Instance[] = [];
  const patterns = [...check.left, ...check.right];
  const signed = patterns.some((cell) => cell.minus);
  const causes = patterns.some((cell) => lacksCodes(ctx, cell.table));
  iterate(check, ctx, (binding) => {
    const cells: CellId[] = [];
    const minus: boolean[] | null = signed ? [] : null;
    collect(check.left, binding, ctx, cells, minus);
    const leftCount = cells.length;
    collect(check.right, binding, ctx, cells, minus);
    if (leftCount === 0 || (check.right.length > 0 && cells.length === leftCount)) return;
    const own = cells.length;
    if (causes) for (const id of causeReads(ctx, cells)) cells.push(id);
    out.push(new SumInstance(rule, "relation", check.rel, cells, leftCount, own, minus));
  });
  return out;
}
