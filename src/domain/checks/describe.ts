/** Chinese messages for amount findings: the rule, the cells (表号·行名·栏目名), both values, the difference. */
import { parseCellId } from "../engine/cell-id";
import type { Outcome } from "./compare";
import type { Bound, CheckContext } from "./context";
import { missingRowCause } from "./likely-cause";
import { BLANK_SIGN, type Shown } from "./shown";
import type { Finding, FindingCell, Relation, Rule, Severity } from "./types";

const MAX_LISTED = 6;
const FEW = 4;
const VIOLATED: Record<Relation, string> = { "=": "≠", "≤": "＞", "≥": "＜" };

export interface AmountComparison {
  key: string;
  rule: Rule;
  severity: Severity;
  /** "identity": left is one cell stated against its parts; "relation": two sides. */
  style: "identity" | "relation";
  rel: Relation;
  left: readonly Bound[];
  right: readonly Bound[];
  leftValue: Shown;
  rightValue: Shown;
  outcome: Outcome;
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

function message(ctx: CheckContext, c: AmountComparison): string {
  const unit = ctx.unit;
  const diff = `${ctx.amount(c.outcome.diff)} ${unit}`;
  const tail =
    c.severity === "info"
      ? `相差 ${diff}，在四舍五入容差 ±${ctx.amount(c.outcome.tolerance)} 以内，属尾差。`
      : `相差 ${diff}。`;
  const head =
    c.severity === "info" ? `${c.rule.id} 尾差（${c.rule.title}）` : `${c.rule.id} ${c.rule.title}`;
  if (c.style === "identity") {
    const target = c.left[0] as Bound;
    const terms = listTerms(ctx, c.right, c.rightValue, target);
    return `${head}：${ctx.cellLabel(target.table, target.row, target.col)} 为 ${ctx.printed(c.leftValue)}，而 ${terms}，${tail}`;
  }
  const op = c.severity === "info" ? "≈" : VIOLATED[c.rel];
  const left = listTerms(ctx, c.left, c.leftValue, undefined);
  return `${head}：${left} ${op} ${listTerms(ctx, c.right, c.rightValue, undefined)}，${tail}`;
}

const valueText = (ctx: CheckContext, shown: Shown) => (shown.blank ? "" : ctx.amount(shown.v));

export function amountFinding(ctx: CheckContext, c: AmountComparison): Finding {
  // The interned parts of each cell id (shared, frozen): no new object per cell of every finding.
  const cells: FindingCell[] = [];
  for (const bound of c.left) cells.push(parseCellId(ctx.idOf(bound.slot)));
  for (const bound of c.right) cells.push(parseCellId(ctx.idOf(bound.slot)));
  const finding = { key: c.key, rule: c.rule.id, severity: c.severity, cells } as Finding;
  // A document with many findings shows few of them at a time: words are written when first read.
  // Both read only what the check read (its cells, names, and the cells of its likely cause), and a
  // change to any of those evaluates the check again, so a late answer is the answer of the moment.
  lazyField(finding, "message", () => message(ctx, c));
  lazyField(finding, "values", () => ({
    left: valueText(ctx, c.leftValue),
    right: valueText(ctx, c.rightValue),
    difference: ctx.amount(c.outcome.diff),
  }));
  if (c.severity !== "info")
    lazyField(finding, "likelyCause", () => missingRowCause(ctx, [...c.left, ...c.right], c.outcome.diff));
  return finding;
}

/** An enumerable field computed on first read (then a plain value): JSON and deep equality see it. */
function lazyField<K extends "message" | "likelyCause" | "values">(
  finding: Finding,
  key: K,
  compute: () => Finding[K],
): void {
  Object.defineProperty(finding, key, {
    enumerable: true,
    configurable: true,
    get() {
      const value = compute();
      Object.defineProperty(finding, key, { value, enumerable: true, writable: true, configurable: true });
      return value;
    },
  });
}
