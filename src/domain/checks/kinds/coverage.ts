/**
 * X-17: a leaf code that spends needs income in the income table (its own row or a leaf ancestor row with
 * a non-zero amount), unless carry-over funds exist.
 */
import { tableColumns } from "../../templates/structure";
import type { RowKey, TableId } from "../../templates/types";
import { type Bound, bound, EMPTY_BINDING, resolve } from "../bind";
import type { CheckContext } from "../context";
import type { Instance } from "../instance";
import type { CoverageCheck, Finding, Rule } from "../types";

/** The row of `table` that holds `code`: the code itself, or a leaf ancestor. */
function holder(ctx: CheckContext, table: TableId, code: string): RowKey | undefined {
  for (let length = code.length; length >= 3; length -= 2) {
    const candidate = code.slice(0, length);
    if (!ctx.hasRow(table, candidate)) continue;
    return length === code.length || !ctx.children(table).has(candidate) ? candidate : undefined;
  }
  return undefined;
}

/** The nearest row of `table` above where `code` would go (an ancestor, or the total row). */
function anchor(ctx: CheckContext, table: TableId, code: string): RowKey | undefined {
  for (let length = code.length - 2; length >= 3; length -= 2) {
    if (ctx.hasRow(table, code.slice(0, length))) return code.slice(0, length);
  }
  return ctx.totalRow(table);
}

export function expandCoverage(rule: Rule, check: CoverageCheck, ctx: CheckContext): Instance[] {
  const { target } = check;
  const excused = resolve(check.excusedBy, EMPTY_BINDING, ctx)[0];
  const targetCol = tableColumns(ctx.table(target))[0] as string;
  return ctx.select(check.source.table, "leaves").map((code): Instance => {
    const source = bound(ctx, check.source.table, code, check.source.col);
    const key = `${rule.id}|${source.id}`;
    const held = holder(ctx, target, code);
    const income = ctx.ids.id(target, held ?? code, targetCol);
    return {
      key,
      rule,
      reads: [source.id, income, ...(excused ? [excused.id] : [])],
      evaluate(ctx: CheckContext): Finding | null {
        const spent = ctx.value(source.id);
        if (spent.blank || spent.v === 0n) return null;
        const received = ctx.value(income);
        if (held !== undefined && !received.blank && received.v !== 0n) return null;
        const carry = excused ? ctx.value(excused.id) : undefined;
        if (carry && !carry.blank && carry.v > 0n) return null;
        const near = anchor(ctx, target, code);
        const cells: Bound[] = [source];
        if (near !== undefined) cells.push(bound(ctx, target, near, targetCol));
        if (excused) cells.push(excused);
        const label = ctx.rowLabel(source.table, code);
        const carryText = excused
          ? `，${ctx.cellLabel(excused.table, excused.row, excused.col)} 为 ${carry ? ctx.printed(carry) : "空白"}（没有可用的结转资金）`
          : "";
        return {
          key,
          rule: rule.id,
          severity: rule.severity,
          message: `${rule.id} ${rule.title}：${ctx.cellLabel(source.table, code, source.col)} 为 ${ctx.printed(spent)}，但 ${target}表${held === undefined ? `没有科目 ${code} 的收入行` : `${ctx.rowLabel(target, held)} 没有收入`}${carryText}。`,
          cells: cells.map(({ table, row, col }) => ({ table, row, col })),
          values: { left: ctx.amount(spent.v), right: "", difference: ctx.amount(spent.v) },
          likelyCause: `可能原因：${target}表漏列了科目 ${label}（${source.table}表 ${ctx.amount(spent.v)}）。`,
        };
      },
    };
  });
}
