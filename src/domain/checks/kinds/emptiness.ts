/** Empty tables: 07/08 empty ⇔ their fund in 04 is blank; an empty 07/08 needs its 说明. */
import { rowColumns } from "../../templates/structure";
import type { Bound, CheckContext } from "../context";
import type { CheckPlan, Instance } from "../instance";
import { BLANK_SIGN } from "../shown";
import type { CellSet, EmptinessCheck, Finding, NoteCheck, Rule } from "../types";

function cellsOf(ctx: CheckContext, sets: readonly CellSet[]): Bound[] {
  return sets.flatMap((set) =>
    set.rows.flatMap((row) =>
      [...new Set(set.cols ?? rowColumns(ctx.table(set.table), row))]
        .filter((col) => ctx.hasCell(set.table, row, col))
        .map((col) => ctx.bound(ctx.slot(set.table, row, col))),
    ),
  );
}

const filled = (ctx: CheckContext, cell: Bound) => {
  const sign = ctx.shown.signOf(cell.slot);
  return sign !== BLANK_SIGN && sign !== 0;
};

const nonEmpty = (ctx: CheckContext, cells: readonly Bound[]) => cells.filter((cell) => filled(ctx, cell));

const plain = (cells: readonly Bound[]) => cells.map(({ table, row, col }) => ({ table, row, col }));

function describeSide(ctx: CheckContext, cells: readonly Bound[]): string {
  const full = nonEmpty(ctx, cells);
  const table = cells[0] ? ctx.tableName(cells[0].table) : "表";
  if (full.length === 0) return `${table}相关单元格均为空`;
  const listed = full
    .slice(0, 4)
    .map((c) => `${ctx.cellLabel(c.table, c.row, c.col)} ${ctx.printed(ctx.value(c.slot))}`);
  return `${table}有金额（${listed.join("，")}${full.length > 4 ? " 等" : ""}）`;
}

class EmptinessInstance implements Instance {
  readonly reads: readonly number[];

  constructor(
    readonly rule: Rule,
    private readonly left: readonly Bound[],
    private readonly right: readonly Bound[],
  ) {
    this.reads = [...left, ...right].map((cell) => cell.slot);
  }

  key(): string {
    return `${this.rule.id}|${(this.left[0] as Bound).table}|${(this.right[0] as Bound).table}`;
  }

  evaluate(ctx: CheckContext): Finding | null {
    const { rule, left, right } = this;
    if (left.some((cell) => filled(ctx, cell)) === right.some((cell) => filled(ctx, cell))) return null;
    return {
      key: this.key(),
      rule: rule.id,
      severity: rule.severity,
      message: `${rule.id} ${rule.title}：${describeSide(ctx, left)}，而${describeSide(ctx, right)}。`,
      cells: plain([...nonEmpty(ctx, left), ...nonEmpty(ctx, right)]),
    };
  }
}

class NoteInstance implements Instance {
  readonly reads: readonly number[];
  readonly meta = true;

  constructor(
    readonly rule: Rule,
    private readonly check: NoteCheck,
    private readonly cells: readonly Bound[],
  ) {
    this.reads = cells.map((cell) => cell.slot);
  }

  key(): string {
    return `${this.rule.id}|${this.check.table}`;
  }

  evaluate(ctx: CheckContext): Finding | null {
    const { rule, check, cells } = this;
    if (cells.some((cell) => filled(ctx, cell)) || (ctx.doc.notes?.[check.table] ?? "").trim() !== "")
      return null;
    return {
      key: this.key(),
      rule: rule.id,
      severity: rule.severity,
      message: `${rule.id} ${rule.title}：${ctx.tableName(check.table)}没有数据，表下也没有说明（例如“我部门没有……，故本表无数据。”）。`,
      cells: plain(cells),
    };
  }
}

export function expandEmptiness(rule: Rule, check: EmptinessCheck, ctx: CheckContext, plan: CheckPlan): void {
  const left = cellsOf(ctx, check.left);
  const right = cellsOf(ctx, check.right);
  if (left.length > 0 && right.length > 0) plan.others.push(new EmptinessInstance(rule, left, right));
}

export function expandEmptyNote(rule: Rule, check: NoteCheck, ctx: CheckContext, plan: CheckPlan): void {
  plan.others.push(new NoteInstance(rule, check, cellsOf(ctx, check.cells)));
}
