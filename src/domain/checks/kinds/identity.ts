/** Identity checks (target = Σ terms) and the 科目 tree identities, checked where the target is stated. */
import { tableColumns } from "../../templates/structure";
import { collect, iterate, resolver, resolvers, slotOf } from "../bind";
import type { CheckContext } from "../context";
import type { CheckPlan } from "../instance";
import type { IdentityCheck, Rule, TreeCheck } from "../types";

/**
 * Targets that are derived without a stated value get no check at all (the session rebuilds when a
 * derived cell gains a stated value).
 */
export function expandIdentity(rule: Rule, check: IdentityCheck, ctx: CheckContext, plan: CheckPlan): void {
  const { sums } = plan;
  const group = sums.group(
    rule,
    [check.target, ...check.terms].map((cell) => cell.table),
  );
  const target = resolver(check.target, ctx);
  const terms = resolvers(check.terms, ctx);
  iterate(check, ctx, (binding) => {
    const slot = slotOf(target, binding, ctx);
    if (slot < 0 || ctx.dormant(slot)) return;
    const start = sums.mark;
    sums.pool.push(target.minus ? ~slot : slot);
    if (collect(terms, binding, ctx, sums.pool) > 0) sums.commit(group, "identity", "=", start + 1);
    else sums.rollback(start);
  });
}

export function expandTree(rule: Rule, check: TreeCheck, ctx: CheckContext, plan: CheckPlan): void {
  const { table } = check;
  const { sums } = plan;
  const total = ctx.totalRow(table);
  const children = ctx.children(table);
  const columns = [...new Set(check.columns ?? tableColumns(ctx.table(table)))];
  const group = sums.group(rule, [table]);
  const add = (parent: string, kids: readonly string[]) => {
    for (const col of columns) {
      const target = ctx.slot(table, parent, col);
      if (target < 0 || ctx.dormant(target)) continue;
      const start = sums.mark;
      sums.pool.push(target);
      for (const kid of kids) sums.pool.push(ctx.cells.anySlot(table, kid, col));
      sums.commit(group, "identity", "=", start + 1);
    }
  };
  if (check.level === "total") {
    if (total !== undefined) add(total, children.get(total) ?? []);
    return;
  }
  children.forEach((kids, parent) => {
    if (parent !== total) add(parent, kids);
  });
}
