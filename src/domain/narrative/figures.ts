/**
 * Figure references: typed expressions over table cells and 补充数据 fields, computed exactly with the
 * money module as CHECKS.md §5 defines them (two decimals, half up; no rate when the base is 0).
 */

import type { FigureExpr, Operand } from "../document/publication-model";
import { type CellId, cellId } from "../engine/cell-id";
import { MAX_DECIMALS, type Money, money, moneyToUnits, unitsToMoney } from "../money";
import { unitsPercent, unitsToAmountText } from "../money-figures";
import { tableName } from "../templates/table-names";
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
  return `${tableName(workbook.template, ref.table)}·${row}·${ref.col}`;
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

/**
 * Figures are added up in exact bigint units of 10^-SCALE: every amount a document or 补充数据 holds fits
 * (MAX_DECIMALS), and a text of a thousand figures is then worked out without a decimal.js object each.
 */
const SCALE = MAX_DECIMALS;

function cellUnits(ref: CellRef, ctx: FigureContext): bigint {
  const id = refId(ref);
  const derived = ctx.mode === "derived";
  // A stated total left blank is not 0: it reads as its formula derives it (09's blank 公务用车 小计).
  return (
    ctx.workbook.unitsOf(id, SCALE, derived) ?? (derived ? null : ctx.workbook.unitsOf(id, SCALE, true)) ?? 0n
  );
}

/** 补充数据 amounts in units once per text (a few hundred distinct ones), not once per figure that reads them. */
const fieldAmounts = new Map<string, bigint>();

function fieldUnits(key: string, ctx: FigureContext): bigint {
  const text = ctx.supplement[key];
  if (text === undefined || text === "") return 0n;
  let value = fieldAmounts.get(text);
  if (value === undefined) {
    if (fieldAmounts.size > 10_000) fieldAmounts.clear();
    value = moneyToUnits(money(text), SCALE);
    fieldAmounts.set(text, value);
  }
  return value;
}

/** The 补充数据 keys a `fieldSum` adds: one per leaf row, made once per row list. */
const fieldSums = new WeakMap<readonly string[], Map<string, string[]>>();

export function fieldSumKeys(
  operand: { fieldSum: string; table: TableId },
  ctx: FigureContext,
): readonly string[] {
  const leaves = leafRows(ctx.workbook, operand.table);
  let sums = fieldSums.get(leaves);
  if (sums === undefined) {
    sums = new Map();
    fieldSums.set(leaves, sums);
  }
  let keys = sums.get(operand.fieldSum);
  if (keys === undefined) {
    keys = leaves.map((row) => perRowKey(operand.fieldSum, row));
    sums.set(operand.fieldSum, keys);
  }
  return keys;
}

/** An operand's value in units; `reads` (when given) collects the cells and fields it reads. */
function operandUnits(operand: Operand, ctx: FigureContext, reads: Reads | null): bigint {
  if ("cell" in operand) {
    reads?.cells.push(operand.cell);
    return cellUnits(operand.cell, ctx);
  }
  if ("field" in operand) {
    reads?.fields.push(operand.field);
    return fieldUnits(operand.field, ctx);
  }
  if ("fieldSum" in operand) {
    let value = 0n;
    for (const key of fieldSumKeys(operand, ctx)) {
      reads?.fields.push(key);
      value += fieldUnits(key, ctx);
    }
    return value;
  }
  if ("sum" in operand) {
    let value = 0n;
    for (const term of operand.sum) value += operandUnits(term, ctx, reads);
    return value;
  }
  const printed = ctx.printed?.(operand.printed);
  return printed ? moneyToUnits(printed, SCALE) : 0n;
}

/** An operand in words with its value (for the formula bar, hover and findings). */
function explainOperand(operand: Operand, ctx: FigureContext): string {
  const value = () => unitsToAmountText(operandUnits(operand, ctx, null), SCALE);
  if ("cell" in operand) return `${cellLabel(ctx.workbook, operand.cell)} ${value()}`;
  if ("field" in operand) return `补充数据·${operand.field} ${value()}`;
  if ("fieldSum" in operand)
    return `Σ 补充数据·${operand.fieldSum}（${tableName(ctx.workbook.template, operand.table)}各项）${value()}`;
  if ("sum" in operand) return `（${operand.sum.map((term) => explainOperand(term, ctx)).join(" + ")}）`;
  return `文中所列${printedLabel(operand.printed)} ${value()}`;
}

/** A printed figure's key ("五.具体|年初预算为") in words: what the anchor names ("年初预算"). */
function printedLabel(key: string): string {
  const anchor = key.split("|")[1] ?? key;
  return anchor.replace(/[\\^$.*+?()[\]{}|]/g, "").replace(/(?:为|是|的)$/, "");
}

const absolute = (units: bigint): bigint => (units < 0n ? -units : units);

/** A figure's value in units (a rate in percent, two decimals), null when not defined (a rate over 0). */
function figureUnits(expr: FigureExpr, ctx: FigureContext, reads: Reads | null): bigint | null {
  const mode = ctx.truncate ? "truncate" : "round";
  switch (expr.kind) {
    case "amount":
    case "count":
      return operandUnits(expr.of, ctx, reads);
    case "share": {
      const part = operandUnits(expr.part, ctx, reads);
      return unitsPercent(part, operandUnits(expr.whole, ctx, reads), SCALE, 2, mode);
    }
    case "rate": {
      const actual = operandUnits(expr.actual, ctx, reads);
      return unitsPercent(actual, operandUnits(expr.budget, ctx, reads), SCALE, 2, mode);
    }
    case "change": {
      const current = operandUnits(expr.current, ctx, reads);
      return absolute(current - operandUnits(expr.previous, ctx, reads));
    }
    case "changePct": {
      const previous = operandUnits(expr.previous, ctx, reads);
      const current = operandUnits(expr.current, ctx, reads);
      return unitsPercent(absolute(current - previous), previous, SCALE, 2, mode);
    }
  }
}

/** As printed: two decimals for amounts and rates, digits for counts. */
function printedText(kind: FigureExpr["kind"], units: bigint): string {
  const text = unitsToAmountText(units, SCALE);
  return kind === "count" ? text.replace(/\.00$/, "") : text;
}

const isRate = (kind: FigureExpr["kind"]): boolean =>
  kind === "share" || kind === "rate" || kind === "changePct";

/** A figure as printed, null when not defined: what the text shows (no values or reads collected). */
export function figureText(expr: FigureExpr, ctx: FigureContext): string | null {
  const units = figureUnits(expr, ctx, null);
  return units === null ? null : printedText(expr.kind, units);
}

export function evaluateFigure(expr: FigureExpr, ctx: FigureContext): FigureValue {
  const reads: Reads = { cells: [], fields: [] };
  const units = figureUnits(expr, ctx, reads);
  return {
    value: units === null ? null : unitsToMoney(units, SCALE),
    text: units === null ? null : printedText(expr.kind, units),
    percent: isRate(expr.kind),
    cells: reads.cells,
    fields: reads.fields,
  };
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

/** The sign of current − previous, for 增加 / 减少 (null when the operands are equal at two decimals). */
export function changeDirection(
  expr: Extract<FigureExpr, { kind: "change" | "changePct" }>,
  ctx: FigureContext,
): "增加" | "减少" | null {
  const diff = operandUnits(expr.current, ctx, null) - operandUnits(expr.previous, ctx, null);
  const text = unitsToAmountText(diff, SCALE);
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
