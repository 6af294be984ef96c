/**
 * Figure references: typed expressions over table cells and 补充数据 fields, computed exactly with the
 * money module as CHECKS.md §5 defines them (two decimals, half up; no rate when the base is 0).
 */
import { cellId } from "../engine/cell-id";
import { add, formatAmount, type Money, money, percent, subtract, ZERO, abs as absolute } from "../money";
import type { CellRef, TableId } from "../templates/types";
import type { Workbook } from "../workbook/workbook";
import { perRowKey, type SupplementValues } from "./supplement";

/** What a figure reads. Strings may hold "$subject", bound per paragraph (a 05 项 code, a 三公 item). */
export type Operand =
  | { cell: CellRef }
  | { field: string }
  /** Σ of a per-row field over the leaf rows of a table (年初预算 of every 05 项). */
  | { fieldSum: string; table: TableId }
  | { sum: readonly Operand[] }
  /** A figure printed elsewhere in the text (resolved by the caller, e.g. the 五(三) 年初预算). */
  | { printed: string };

export type FigureExpr =
  | { kind: "amount"; of: Operand }
  | { kind: "count"; of: Operand }
  /** 占比: part ÷ whole × 100. */
  | { kind: "share"; part: Operand; whole: Operand }
  /** 完成率: actual ÷ budget × 100. */
  | { kind: "rate"; actual: Operand; budget: Operand }
  /** 增减额: |current − previous| (the sentence says 增加 or 减少). */
  | { kind: "change"; current: Operand; previous: Operand }
  /** 增减 %: |current − previous| ÷ previous × 100. */
  | { kind: "changePct"; current: Operand; previous: Operand };

/** How stated cells are read: as shown (the stated value), or as the formulas derive them. */
export type ReadMode = "shown" | "derived";

export interface FigureContext {
  workbook: Workbook;
  supplement: SupplementValues;
  mode?: ReadMode;
  /** Figures printed elsewhere in the text, by key (see `Operand.printed`). */
  printed?: (key: string) => Money | null;
  /** Rates cut off at two decimals instead of rounded (to recognise a truncated printed rate). */
  truncate?: boolean;
}

export interface FigureValue {
  /** Null when the figure is not defined (a rate over 0). */
  value: Money | null;
  /** As printed: two decimals for amounts and rates, digits for counts; null when not defined. */
  text: string | null;
  percent: boolean;
  /** The table cells and 补充数据 fields it reads. */
  cells: CellRef[];
  fields: string[];
  /** How it is computed, in Chinese (for the formula bar and hover). */
  explain: string;
}

interface OperandValue {
  value: Money;
  explain: string;
}

interface Reads {
  cells: CellRef[];
  fields: string[];
}

export function isLeafRow(rows: readonly string[], row: string): boolean {
  return /^\d+$/.test(row) && !rows.some((other) => other !== row && other.startsWith(row));
}

/** The leaf 科目 rows of a table, in printed order. */
export function leafRows(workbook: Workbook, table: TableId): string[] {
  const rows = workbook.rows(table);
  return rows.filter((row) => isLeafRow(rows, row));
}

function cellLabel(workbook: Workbook, ref: CellRef): string {
  const name = workbook.rowName(ref.table, ref.row).replace(/^[一二三四五六七八九十]+、/, "");
  const row = /^\d+$/.test(ref.row) ? `${ref.row} ${name}` : name || ref.row;
  return `${ref.table}表·${row}·${ref.col}`;
}

function cellValue(ref: CellRef, ctx: FigureContext): Money {
  const id = cellId(ref.table, ref.row, ref.col);
  const { workbook } = ctx;
  if (ctx.mode === "derived" && workbook.isDerived(id)) return workbook.derivedValue(id) ?? ZERO;
  return workbook.shown(id) ?? ZERO;
}

function fieldValue(key: string, ctx: FigureContext): Money {
  const text = ctx.supplement[key];
  return text === undefined || text === "" ? ZERO : money(text);
}

function evaluateOperand(operand: Operand, ctx: FigureContext, reads: Reads): OperandValue {
  if ("cell" in operand) {
    reads.cells.push(operand.cell);
    const value = cellValue(operand.cell, ctx);
    return { value, explain: `${cellLabel(ctx.workbook, operand.cell)} ${formatAmount(value)}` };
  }
  if ("field" in operand) {
    reads.fields.push(operand.field);
    const value = fieldValue(operand.field, ctx);
    return { value, explain: `补充数据·${operand.field} ${formatAmount(value)}` };
  }
  if ("fieldSum" in operand) {
    const terms = leafRows(ctx.workbook, operand.table).map((row) => ({
      field: perRowKey(operand.fieldSum, row),
    }));
    const { value } = evaluateOperand({ sum: terms }, ctx, reads);
    return {
      value,
      explain: `Σ 补充数据·${operand.fieldSum}（${operand.table}表各项）${formatAmount(value)}`,
    };
  }
  if ("sum" in operand) {
    let value = ZERO;
    const parts: string[] = [];
    for (const term of operand.sum) {
      const part = evaluateOperand(term, ctx, reads);
      value = add(value, part.value);
      parts.push(part.explain);
    }
    return { value, explain: `（${parts.join(" + ")}）` };
  }
  const value = ctx.printed?.(operand.printed) ?? ZERO;
  return { value, explain: `文中所列${operand.printed} ${formatAmount(value)}` };
}

const integerText = (value: Money): string => formatAmount(value).replace(/\.00$/, "");

export function evaluateFigure(expr: FigureExpr, ctx: FigureContext): FigureValue {
  const reads: Reads = { cells: [], fields: [] };
  const done = (value: Money | null, explain: string, isPercent: boolean, text?: string): FigureValue => ({
    value,
    text: value === null ? null : (text ?? formatAmount(value)),
    percent: isPercent,
    cells: reads.cells,
    fields: reads.fields,
    explain,
  });
  const op = (operand: Operand) => evaluateOperand(operand, ctx, reads);
  const rate = (a: Money, b: Money) => percent(a, b, 2, ctx.truncate ? "truncate" : "round");
  switch (expr.kind) {
    case "amount": {
      const of = op(expr.of);
      return done(of.value, of.explain, false);
    }
    case "count": {
      const of = op(expr.of);
      return done(of.value, of.explain, false, integerText(of.value));
    }
    case "share": {
      const part = op(expr.part);
      const whole = op(expr.whole);
      return done(rate(part.value, whole.value), `${part.explain} ÷ ${whole.explain} × 100%`, true);
    }
    case "rate": {
      const actual = op(expr.actual);
      const budget = op(expr.budget);
      return done(rate(actual.value, budget.value), `${actual.explain} ÷ ${budget.explain} × 100%`, true);
    }
    case "change": {
      const current = op(expr.current);
      const previous = op(expr.previous);
      const value = absolute(subtract(current.value, previous.value));
      return done(value, `|${current.explain} − ${previous.explain}|`, false);
    }
    case "changePct": {
      const current = op(expr.current);
      const previous = op(expr.previous);
      const change = absolute(subtract(current.value, previous.value));
      const explain = `|${current.explain} − ${previous.explain}| ÷ ${previous.explain} × 100%`;
      return done(rate(change, previous.value), explain, true);
    }
  }
}

/** The sign of current − previous, for 增加 / 减少 (null when the operands are equal). */
export function changeDirection(
  expr: Extract<FigureExpr, { kind: "change" | "changePct" }>,
  ctx: FigureContext,
): "增加" | "减少" | null {
  const reads: Reads = { cells: [], fields: [] };
  const diff = subtract(
    evaluateOperand(expr.current, ctx, reads).value,
    evaluateOperand(expr.previous, ctx, reads).value,
  );
  const text = formatAmount(diff);
  if (/^-?0\.00$/.test(text)) return null;
  return text.startsWith("-") ? "减少" : "增加";
}

const bindText = (text: string, subject: string): string => text.replaceAll("$subject", subject);

function bindOperand(operand: Operand, subject: string): Operand {
  if ("cell" in operand) {
    const { table, row, col } = operand.cell;
    return { cell: { table, row: bindText(row, subject), col: bindText(col, subject) } };
  }
  if ("field" in operand) return { field: bindText(operand.field, subject) };
  if ("sum" in operand) return { sum: operand.sum.map((term) => bindOperand(term, subject)) };
  return operand;
}

/** The expression with "$subject" replaced by the paragraph's subject (a 05 项 code, a 三公 item). */
export function bindSubject(expr: FigureExpr, subject: string): FigureExpr {
  const b = (operand: Operand) => bindOperand(operand, subject);
  switch (expr.kind) {
    case "amount":
    case "count":
      return { kind: expr.kind, of: b(expr.of) };
    case "share":
      return { kind: "share", part: b(expr.part), whole: b(expr.whole) };
    case "rate":
      return { kind: "rate", actual: b(expr.actual), budget: b(expr.budget) };
    case "change":
    case "changePct":
      return { kind: expr.kind, current: b(expr.current), previous: b(expr.previous) };
  }
}
