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

/**
 * An amount finding: key, rule, severity and cells as fields; its words (message, values, likely cause)
 * written when first read and kept. A document with many findings shows few of them at a time. The words
 * are getters of the class, not own properties (defining accessors on each object cost a runtime call per
 * word, more than the rest of the finding): `toJSON` and `plainFinding` give the plain object, with the
 * keys in the order plain findings have them (likelyCause not on 尾差). They read only what the check
 * read (its cells, names, and the cells of its likely cause), and a change to any of those evaluates the
 * check again, so a late answer is the answer of the moment.
 */
class AmountFinding implements Finding {
  readonly key: string;
  readonly rule: string;
  readonly severity: Severity;
  readonly cells: FindingCell[];
  readonly #comparison: AmountComparison;
  #message: string | undefined;
  #values: Finding["values"];
  #likelyCause: string | undefined | null = null;

  constructor(c: AmountComparison, cells: FindingCell[]) {
    this.key = c.key;
    this.rule = c.rule.id;
    this.severity = c.severity;
    this.cells = cells;
    this.#comparison = c;
  }

  get message(): string {
    const c = this.#comparison;
    this.#message ??= message(c.ctx, c);
    return this.#message;
  }

  get values(): Finding["values"] {
    const c = this.#comparison;
    this.#values ??= valuesOf(c.ctx, c);
    return this.#values;
  }

  get likelyCause(): string | undefined {
    if (this.severity === "info") return undefined;
    if (this.#likelyCause === null) {
      const c = this.#comparison;
      this.#likelyCause = missingRowCause(c.ctx, bounds(c.ctx, c, c.from, c.to), c.diff);
    }
    return this.#likelyCause;
  }

  toJSON(): Finding {
    const { key, rule, severity, cells, message, values } = this;
    return this.severity === "info"
      ? { key, rule, severity, cells, message, values }
      : { key, rule, severity, cells, message, values, likelyCause: this.likelyCause };
  }
}

/** A finding as a plain object (an amount finding's words written out): for copies and deep comparisons. */
export function plainFinding(finding: Finding): Finding {
  return finding instanceof AmountFinding ? finding.toJSON() : finding;
}

export function amountFinding(c: AmountComparison): Finding {
  // Sized once: pushing onto [] gives every finding a backing store for 17 cells.
  const cells: FindingCell[] = new Array(c.to - c.from);
  for (let p = c.from; p < c.to; p++) {
    const entry = c.entries[p] as number;
    cells[p - c.from] = c.ctx.cells.refOf(entry < 0 ? ~entry : entry);
  }
  return new AmountFinding(c, cells);
}

/** `plainFinding` of each: findings compared in depth, words included. */
export const plainFindings = (findings: readonly Finding[]): Finding[] => findings.map(plainFinding);
