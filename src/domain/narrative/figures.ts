/**
 * Figure references: typed expressions over table cells and 补充数据 fields, computed exactly with the
 * money module as CHECKS.md §5 defines them (two decimals, half up; no rate when the base is 0).
 */

import type { FigureExpr, Operand } from "../document/publication-model";
import { type CellId, cellId } from "../engine/cell-id";
import { abs as absolute, add, formatAmount, type Money, money, percent, subtract, ZERO } from "../money";
import type { CellRef, TableId } from "../templates/types";
import type { Workbook } from "../workbook/workbook";
import type { ReadRecorder } from "./reads";
import { perRowKey, type SupplementValues } from "./supplement";

export type { FigureExpr, Operand } from "../document/publication-model";

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
  /** Notes the cells read (`workbook` is then the recorder's): what an incremental 审核 re-evaluates by. */
  recorder?: ReadRecorder;
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
}

interface Reads {
  cells: CellRef[];
  fields: string[];
}

const leafCache = new WeakMap<readonly string[], string[]>();

/**
 * The leaf 科目 rows of a table, in printed order. Rows are in code order with children after their parent,
 * so a code row is a leaf when the next row does not extend its code. Cached per row list (a structural
 * edit makes a new one).
 */
export function leafRows(workbook: Workbook, table: TableId): string[] {
  const rows = workbook.rows(table);
  let leaves = leafCache.get(rows);
  if (leaves === undefined) {
    leaves = rows.filter((row, i) => /^\d+$/.test(row) && !(rows[i + 1]?.startsWith(row) ?? false));
    leafCache.set(rows, leaves);
  }
  return leaves;
}

function cellLabel(workbook: Workbook, ref: CellRef): string {
  const name = workbook.rowName(ref.table, ref.row).replace(/^[一二三四五六七八九十]+、/, "");
  const row = /^\d+$/.test(ref.row) ? `${ref.row} ${name}` : name || ref.row;
  return `${ref.table}表·${row}·${ref.col}`;
}

/** Ids of the cells figures read, by reference object: the text's references and the template's slots. */
const refIds = new WeakMap<CellRef, CellId>();

function refId(ref: CellRef): CellId {
  let id = refIds.get(ref);
  if (id === undefined) {
    id = cellId(ref.table, ref.row, ref.col);
    refIds.set(ref, id);
  }
  return id;
}

function cellValue(ref: CellRef, ctx: FigureContext): Money {
  const id = refId(ref);
  const { workbook } = ctx;
  if (ctx.mode === "derived" && workbook.isDerived(id)) return workbook.derivedValue(id) ?? ZERO;
  return workbook.shown(id) ?? ZERO;
}

/** 补充数据 amounts parsed once per text (a few hundred distinct ones), not once per figure that reads them. */
const fieldAmounts = new Map<string, Money>();

function fieldValue(key: string, ctx: FigureContext): Money {
  const text = ctx.supplement[key];
  if (text === undefined || text === "") return ZERO;
  let value = fieldAmounts.get(text);
  if (value === undefined) {
    if (fieldAmounts.size > 10_000) fieldAmounts.clear();
    value = money(text);
    fieldAmounts.set(text, value);
  }
  return value;
}

const fieldTerms = (operand: { fieldSum: string; table: TableId }, ctx: FigureContext): Operand[] =>
  leafRows(ctx.workbook, operand.table).map((row) => ({ field: perRowKey(operand.fieldSum, row) }));

function evaluateOperand(operand: Operand, ctx: FigureContext, reads: Reads): Money {
  if ("cell" in operand) {
    reads.cells.push(operand.cell);
    return cellValue(operand.cell, ctx);
  }
  if ("field" in operand) {
    reads.fields.push(operand.field);
    return fieldValue(operand.field, ctx);
  }
  if ("fieldSum" in operand) return evaluateOperand({ sum: fieldTerms(operand, ctx) }, ctx, reads);
  if ("sum" in operand) {
    let value = ZERO;
    for (const term of operand.sum) value = add(value, evaluateOperand(term, ctx, reads));
    return value;
  }
  return ctx.printed?.(operand.printed) ?? ZERO;
}

/** An operand in words with its value (for the formula bar, hover and findings). */
function explainOperand(operand: Operand, ctx: FigureContext): string {
  const value = () => formatAmount(evaluateOperand(operand, ctx, { cells: [], fields: [] }));
  if ("cell" in operand) return `${cellLabel(ctx.workbook, operand.cell)} ${value()}`;
  if ("field" in operand) return `补充数据·${operand.field} ${value()}`;
  if ("fieldSum" in operand) return `Σ 补充数据·${operand.fieldSum}（${operand.table}表各项）${value()}`;
  if ("sum" in operand) return `（${operand.sum.map((term) => explainOperand(term, ctx)).join(" + ")}）`;
  return `文中所列${operand.printed} ${value()}`;
}

const integerText = (value: Money): string => formatAmount(value).replace(/\.00$/, "");

function figureValue(value: Money | null, isPercent: boolean, reads: Reads, text?: string): FigureValue {
  return {
    value,
    text: value === null ? null : (text ?? formatAmount(value)),
    percent: isPercent,
    cells: reads.cells,
    fields: reads.fields,
  };
}

const rateOf = (a: Money, b: Money, ctx: FigureContext) =>
  percent(a, b, 2, ctx.truncate ? "truncate" : "round");

// No closures per call: every printed figure of the text passes here, on each full 审核.
export function evaluateFigure(expr: FigureExpr, ctx: FigureContext): FigureValue {
  const reads: Reads = { cells: [], fields: [] };
  switch (expr.kind) {
    case "amount":
      return figureValue(evaluateOperand(expr.of, ctx, reads), false, reads);
    case "count": {
      const value = evaluateOperand(expr.of, ctx, reads);
      return figureValue(value, false, reads, integerText(value));
    }
    case "share": {
      const part = evaluateOperand(expr.part, ctx, reads);
      return figureValue(rateOf(part, evaluateOperand(expr.whole, ctx, reads), ctx), true, reads);
    }
    case "rate": {
      const actual = evaluateOperand(expr.actual, ctx, reads);
      return figureValue(rateOf(actual, evaluateOperand(expr.budget, ctx, reads), ctx), true, reads);
    }
    case "change": {
      const current = evaluateOperand(expr.current, ctx, reads);
      const previous = evaluateOperand(expr.previous, ctx, reads);
      return figureValue(absolute(subtract(current, previous)), false, reads);
    }
    case "changePct": {
      const previous = evaluateOperand(expr.previous, ctx, reads);
      const current = evaluateOperand(expr.current, ctx, reads);
      return figureValue(rateOf(absolute(subtract(current, previous)), previous, ctx), true, reads);
    }
  }
}

/** How a figure is computed, in Chinese, with the values it reads. */
export function explainFigure(expr: FigureExpr, ctx: FigureContext): string {
  const e = (operand: Operand) => explainOperand(operand, ctx);
  switch (expr.kind) {
    case "amount":
    case "count":
      return e(expr.of);
    case "share":
      return `${e(expr.part)} ÷ ${e(expr.whole)} × 100%`;
    case "rate":
      return `${e(expr.actual)} ÷ ${e(expr.budget)} × 100%`;
    case "change":
      return `|${e(expr.current)} − ${e(expr.previous)}|`;
    case "changePct":
      return `|${e(expr.current)} − ${e(expr.previous)}| ÷ ${e(expr.previous)} × 100%`;
  }
}

/** The sign of current − previous, for 增加 / 减少 (null when the operands are equal). */
export function changeDirection(
  expr: Extract<FigureExpr, { kind: "change" | "changePct" }>,
  ctx: FigureContext,
): "增加" | "减少" | null {
  const reads: Reads = { cells: [], fields: [] };
  const diff = subtract(
    evaluateOperand(expr.current, ctx, reads),
    evaluateOperand(expr.previous, ctx, reads),
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
