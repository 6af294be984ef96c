/**
 * X-17: a leaf code that spends needs income in the income table (its own row or a leaf ancestor row with
 * a non-zero amount), unless carry-over funds exist.
 */
import { tableColumns } from "../../templates/structure";
import type { ColKey, RowKey, TableId } from "../../templates/types";
import { EMPTY_BINDING, resolver, slotOf } from "../bind";
import type { CheckContext } from "../context";
import type { CheckPlan, Instance } from "../instance";
import { BLANK_SIGN } from "../shown";
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

class CoverageInstance implements Instance {
  constructor(
    readonly rule: Rule,
    private readonly check: CoverageCheck,
    private readonly code: RowKey,
    private readonly source: number,
    private readonly income: number,
    private readonly held: RowKey | undefined,
    private readonly targetCol: ColKey,
    private readonly excused: number,
  ) {}

  get reads(): readonly number[] {
    return this.excused >= 0 ? [this.source, this.income, this.excused] : [this.source, this.income];
  }

  key(ctx: CheckContext): string {
    return `${this.rule.id}|${ctx.idOf(this.source)}`;
  }

  evaluate(ctx: CheckContext): Finding | null {
    const { shown } = ctx;
    const spent = shown.signOf(this.source);
    if (spent === BLANK_SIGN || spent === 0) return null;
    if (this.held !== undefined) {
      const received = shown.signOf(this.income);
      if (received !== BLANK_SIGN && received !== 0) return null;
    }
    if (this.excused >= 0 && shown.signOf(this.excused) === 1) return null;
    return this.finding(ctx);
  }

  private finding(ctx: CheckContext): Finding {
    const { rule, code, held, targetCol } = this;
    const { target } = this.check;
    const source = ctx.bound(this.source);
    const spent = ctx.value(this.source);
    const excused = this.excused >= 0 ? ctx.bound(this.excused) : undefined;
    const carry = excused ? ctx.value(excused.slot) : undefined;
    const near = anchor(ctx, target, code);
    const cells: { table: TableId; row: RowKey; col: ColKey }[] = [source];
    if (near !== undefined) cells.push({ table: target, row: near, col: targetCol });
    if (excused) cells.push(excused);
    const label = ctx.rowLabel(source.table, code);
    const carryText = excused
      ? `，${ctx.cellLabel(excused.table, excused.row, excused.col)} 为 ${carry ? ctx.printed(carry) : "空白"}（没有可用的结转资金）`
      : "";
    return {
      key: this.key(ctx),
      rule: rule.id,
      severity: rule.severity,
      message: `${rule.id} ${rule.title}：${ctx.cellLabel(source.table, code, source.col)} 为 ${ctx.printed(spent)}，但 ${ctx.tableName(target)}${held === undefined ? `没有科目 ${code} 的收入行` : `${ctx.rowLabel(target, held)} 没有收入`}${carryText}。`,
      cells: cells.map(({ table, row, col }) => ({ table, row, col })),
      values: { left: ctx.amount(spent.v), right: "", difference: ctx.amount(spent.v) },
      likelyCause: `可能原因：${ctx.tableName(target)}漏列了科目 ${label}（${ctx.tableName(source.table)} ${ctx.figure(spent.v)}）。`,
    };
  }
}

export function expandCoverage(rule: Rule, check: CoverageCheck, ctx: CheckContext, plan: CheckPlan): void {
  const { target } = check;
  const excused = slotOf(resolver(check.excusedBy, ctx), EMPTY_BINDING, ctx);
  const targetCol = tableColumns(ctx.table(target))[0] as string;
  for (const code of ctx.select(check.source.table, "leaves")) {
    const source = ctx.cells.anySlot(check.source.table, code, check.source.col);
    const held = holder(ctx, target, code);
    const income = ctx.cells.anySlot(target, held ?? code, targetCol);
    plan.others.push(new CoverageInstance(rule, check, code, source, income, held, targetCol, excused));
  }
}
