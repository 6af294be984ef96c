/** Identity checks (target = Σ terms) and the 科目 tree identities, checked where the target is stated. */

import type { CellId } from "../../engine/cell-id";
import { tableColumns } from "../../templates/structure";
import { collect, iterate, resolveId } from "../bind";
import type { CheckContext } from "../context";
import type { Instance } from "../instance";
import { causeReads, lacksCodes } from "../likely-cause";
import type { IdentityCheck, Rule, TreeCheck } from "../types";
import { dormant, SumInstance } from "./sum-instance";

/**
 * Targets that are derived without a stated value get no instance at all (the session rebuilds when a
 * derived cell gains a stated value).
 */
function identity(
  rule: Rule,
  ctx: CheckContext,
  cells: CellId[],
  minus: boolean[] | null,
  causes: boolean,
): Instance {
  const own = cells.length;
  if (causes) for (const id of causeReads(ctx, cells)) cells.push(id);
  return new SumInstance(rule, "identity", "=", cells, 1, own, minus);
}

export function expandIdentity(rule: Rule, check: IdentityCheck, ctx: CheckContext): Instance[] {
  const out: Instance[] = [];
  const signed = check.terms.some((term) => term.minus);
  const causes = [check.target, ...check.terms].some((cell) => lacksCodes(ctx, cell.table));
  iterate(check, ctx, (binding) => {
    const id = resolveId(check.target, binding, ctx);
    if (id === null || dormant(ctx, id)) return;
    const cells: CellId[] = [];
    const minus: boolean[] | null = signed ? [] : null;
    collect([check.target], binding, ctx, cells, minus);
    if (cells.length !== 1) return;
    collect(check.terms, binding, ctx, cells, minus);
    if (cells.length > 1) out.push(identity(rule, ctx, cells, minus, causes));
  });
  return out;
}

export function expandTree(rule: Rule, check: TreeCheck, ctx: CheckContext): Instance[] {
  const { table } = check;
  const total = ctx.totalRow(table);
  const children = ctx.children(table);
  const parents: [string, readonly string[]][] =
    check.level === "total"
      ? total === undefined
        ? []
        : [[total, children.get(total) ?? []]]
      : [...children].filter(([parent]) => parent !== total);
  const columns = [...new Set(check.columns ?? tableColumns(ctx.table(table)))];
  const causes = lacksCodes(ctx, table);
  const out: Instance[] = [];
  for (const [parent, kids] of parents) {
    for (const col of columns) {
      const target = ctx.ids.id(table, parent, col);
      if (dormant(ctx, target) || !ctx.hasCell(table, parent, col)) continue;
      const cells = [target, ...kids.map((kid) => ctx.ids.id(table, kid, col))];
      out.push(identity(rule, ctx, cells, null, causes));
    }
  }
  return out;
}
