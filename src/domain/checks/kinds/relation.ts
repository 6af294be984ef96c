/** Relation checks: Σ left ⟨=, ≤, ≥⟩ Σ right over the values as shown, always checked. */
import { collect, iterate, resolvers } from "../bind";
import type { CheckContext } from "../context";
import type { CheckPlan } from "../instance";
import type { RelationCheck, Rule } from "../types";

export function expandRelation(rule: Rule, check: RelationCheck, ctx: CheckContext, plan: CheckPlan): void {
  const { sums } = plan;
  const group = sums.group(
    rule,
    [...check.left, ...check.right].map((cell) => cell.table),
  );
  const needsRight = check.right.length > 0;
  const lefts = resolvers(check.left, ctx);
  const rights = resolvers(check.right, ctx);
  iterate(check, ctx, (binding) => {
    const start = sums.mark;
    const left = collect(lefts, binding, ctx, sums.pool);
    const right = left === 0 ? 0 : collect(rights, binding, ctx, sums.pool);
    if (left === 0 || (needsRight && right === 0)) sums.rollback(start);
    else sums.commit(group, "relation", check.rel, start + left);
  });
}
