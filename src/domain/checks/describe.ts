/** Chinese messages for amount findings: the rule, the cells (表号·行名·栏目名), both values, the difference. */
import type { Units } from "../money";
import type { Bound, CheckContext } from "./context";
import { missingRowCause } from "./likely-cause";
import { BLANK_SIGN, type Shown } from "./shown";
import type { Finding, FindingCell, Relation, Rule, Severity } from "./types";

const MAX_LISTED = 6;
const FEW = 4;
const VIOLATED: Record<Relation, string> = { "=": "≠", "≤": "＞", "≥": "＜" };

export interface AmountComparison {
  ctx: CheckContext;
  key: string;
  rule: Rule;
  severity: Severity;
  /** "identity": left is one cell stated against its parts; "relation": two sides. */
  style: "identity" | "relation";
  rel: Relation;
  /**
   * The cells: slots, a subtracted cell as ~slot. The left side is entries[from] … entries[mid - 1], the
   * right side up to entries[to - 1]. Made into `Bound`s only for the words, when they are read.
   */
  entries: Int32Array;
  from: number;
  mid: number;
  to: number;
  /**
   * Both sides' values as `Shown` has them, flat: two objects fewer per finding (findings outlive the
   * evaluation, and every surviving object is copied by the garbage collector).
   */
  leftV: Units;
  leftK: number;
  leftBlank: boolean;
  rightV: Units;
  rightK: number;
  rightBlank: boolean;
  /** left − right, as printed (midpoints), in units (see `Shown`). */
  diff: Units;
}

/** A cell's label, shortened where it shares table, row or column with `anchor`. */
function relativeLabel(ctx: CheckContext, cell: Bound, anchor: Bound | undefined): string {
  if (anchor && anchor.table === cell.table) {
    if (anchor.col === cell.col) return ctx.rowLabel(cell.table, cell.row);
    if (anchor.row === cell.row) return ctx.columnLabel(cell.table, cell.col);
  }
  return ctx.cellLabel(cell.table, cell.row, cell.col);
}

/**
 * "a 1.00 + b 空白 合计 1.00" (up to FEW cells: all of them), "a 1.00 + c 2.00 合计 3.00" (more: the
 * non-blank ones), or "a + b（均为空白）" when every cell is blank.
 */
function listTerms(
  ctx: CheckContext,
  cells: readonly Bound[],
  sum: Shown,
  anchor: Bound | undefined,
): string {
  if (cells.length === 0) return "0";
  const shown =
    sum.blank || cells.length <= FEW
      ? cells
      : cells.filter((cell) => ctx.shown.signOf(cell.slot) !== BLANK_SIGN);
  const parts = shown.slice(0, MAX_LISTED).map((cell, i) => {
    const sign = cell.minus ? "− " : i === 0 ? "" : "+ ";
    const value = sum.blank ? "" : ` ${ctx.printed(ctx.value(cell.slot))}`;
    return `${sign}${relativeLabel(ctx, cell, anchor)}${value}`;
  });
  const more = shown.length > MAX_LISTED ? ` 等 ${shown.length} 项` : "";
  if (sum.blank) return `${parts.join(" ")}${more}${cells.length > 1 ? "（均为空白）" : " 空白"}`;
  return shown.length === 1 ? parts.join(" ") : `${parts.join(" ")}${more} 合计 ${ctx.printed(sum)}`;
}

function bounds(ctx: CheckContext, c: AmountComparison, from: number, to: number): Bound[] {
  const out: Bound[] = [];
  for (let p = from; p < to; p++) {
    const entry = c.entries[p] as number;
    out.push(ctx.bound(entry < 0 ? ~entry : entry, entry < 0));
  }
  return out;
}

/** Half-width of the difference's interval: half × (amounts on both sides). */
function tolerance(ctx: CheckContext, c: AmountComparison): Units {
  return ctx.shown.math.times(ctx.shown.half, c.leftK + c.rightK);
}

function message(ctx: CheckContext, c: AmountComparison): string {
  const unit = ctx.unit;
  const diff = `${ctx.figure(c.diff)} ${unit}`;
  const tail =
    c.severity === "info"
      ? `相差 ${diff}，在四舍五入容差 ±${ctx.figure(tolerance(ctx, c))} 以内，属尾差。`
      : `相差 ${diff}。`;
  const head =
    c.severity === "info" ? `${c.rule.id} 尾差（${c.rule.title}）` : `${c.rule.id} ${c.rule.title}`;
  const leftValue = leftOf(c);
  const rightValue = rightOf(c);
  const left = bounds(ctx, c, c.from, c.mid);
  const right = bounds(ctx, c, c.mid, c.to);
  if (c.style === "identity") {
    const target = left[0] as Bound;
    const terms = listTerms(ctx, right, rightValue, target);
    return `${head}：${ctx.cellLabel(target.table, target.row, target.col)} 为 ${ctx.printed(leftValue)}，而 ${terms}，${tail}`;
  }
  const op = c.severity === "info" ? "≈" : VIOLATED[c.rel];
  return `${head}：${listTerms(ctx, left, leftValue, undefined)} ${op} ${listTerms(ctx, right, rightValue, undefined)}，${tail}`;
}

function leftOf(c: AmountComparison): Shown {
  return { v: c.leftV, k: c.leftK, blank: c.leftBlank };
}

function rightOf(c: AmountComparison): Shown {
  return { v: c.rightV, k: c.rightK, blank: c.rightBlank };
}

function valuesOf(ctx: CheckContext, c: AmountComparison): Finding["values"] {
  return {
    left: c.leftBlank ? "" : ctx.amount(c.leftV),
    right: c.rightBlank ? "" : ctx.amount(c.rightV),
    difference: ctx.amount(c.diff),
  };
}

/** Where a finding made by `amountFinding` keeps what its words are written from (not enumerable). */
const COMPARISON = Symbol("comparison");

function comparisonOf(finding: Finding): AmountComparison {
  return (finding as unknown as Record<typeof COMPARISON, AmountComparison>)[COMPARISON];
}

/** Replaces a getter by its value (a plain field from now on: JSON and deep equality see it). */
function settle<K extends "message" | "likelyCause" | "values">(
  finding: Finding,
  key: K,
  value: Finding[K],
): Finding[K] {
  Object.defineProperty(finding, key, { value, enumerable: true, writable: true, configurable: true });
  return value;
}

function readMessage(this: Finding): string {
  const c = comparisonOf(this);
  return settle(this, "message", message(c.ctx, c));
}

function readValues(this: Finding): Finding["values"] {
  const c = comparisonOf(this);
  return settle(this, "values", valuesOf(c.ctx, c));
}

function readLikelyCause(this: Finding): string | undefined {
  const c = comparisonOf(this);
  return settle(this, "likelyCause", missingRowCause(c.ctx, bounds(c.ctx, c, c.from, c.to), c.diff));
}

/**
 * The words' getters, one descriptor per word shared by all findings (enumerable: JSON and equality see
 * them). Defined one by one: `Object.defineProperties` copies the whole map into fresh descriptor records
 * on every call (≈ 360 bytes and a microsecond per finding; three `defineProperty` calls, ≈ 70 bytes).
 */
const MESSAGE: PropertyDescriptor = { get: readMessage, enumerable: true, configurable: true };
const VALUES: PropertyDescriptor = { get: readValues, enumerable: true, configurable: true };
const LIKELY_CAUSE: PropertyDescriptor = { get: readLikelyCause, enumerable: true, configurable: true };

/**
 * A document with many findings shows few of them at a time: the words (message, values, likely cause)
 * are written when first read, then kept as plain fields. The getters are shared functions that find
 * the comparison under a symbol: defined alike on every finding, so findings share one shape (closures
 * per finding, or getters in an object literal, made each finding a slow dictionary of ~800 bytes).
 * Same keys in the same order as plain fields would have: key, rule, severity, cells, message, values,
 * likelyCause (not on 尾差).
 * Both read only what the check read (its cells, names, and the cells of its likely cause), and a change
 * to any of those evaluates the check again, so a late answer is the answer of the moment.
 */
export function amountFinding(c: AmountComparison): Finding {
  // Sized once: pushing onto [] gives every finding a backing store for 17 cells.
  const cells: FindingCell[] = new Array(c.to - c.from);
  for (let p = c.from; p < c.to; p++) {
    const entry = c.entries[p] as number;
    cells[p - c.from] = c.ctx.cells.refOf(entry < 0 ? ~entry : entry);
  }
  const finding = { key: c.key, rule: c.rule.id, severity: c.severity, cells } as Finding;
  Object.defineProperty(finding, "message", MESSAGE);
  Object.defineProperty(finding, "values", VALUES);
  if (c.severity !== "info") Object.defineProperty(finding, "likelyCause", LIKELY_CAUSE);
  Object.defineProperty(finding, COMPARISON, { value: c });
  return finding;
}
