/**
 * Is a printed figure the computed one? Compared at the printed precision, against the figure computed from
 * the values as shown and as derived (a stated blank 小计 does not make the text wrong, CHECKS.md N-13).
 */
import type { Severity } from "../checks/types";
import { equals, formatAmount, type Money, roundTo, subtract } from "../money";
import { evaluateFigure, type FigureContext, type FigureExpr, type FigureValue } from "./figures";
import { type TypedNumber, typedAmount } from "./numbers";

export type Verdict =
  | { ok: true }
  | { ok: false; severity: Severity; problem: string; expected: FigureValue; difference: string | null };

function matchesAt(value: Money | null, printed: Money, decimals: number): boolean {
  return value !== null && equals(roundTo(value, decimals), printed);
}

export function judgeFigure(
  printed: TypedNumber,
  expr: FigureExpr,
  ctx: FigureContext,
  ruleSeverity: Severity,
): Verdict {
  const shown = evaluateFigure(expr, { ...ctx, mode: "shown" });
  const value = typedAmount(printed);
  if (matchesAt(shown.value, value, printed.decimals)) return { ok: true };
  // Only when the figure as shown disagrees: the figure as the formulas derive it.
  const derived = evaluateFigure(expr, { ...ctx, mode: "derived" });
  if (shown.value === null && derived.value === null)
    return {
      ok: false,
      severity: "warning",
      problem: "计算基数为 0，不应列示比率",
      expected: shown,
      difference: null,
    };
  if (matchesAt(derived.value, value, printed.decimals)) return { ok: true };
  const expected = shown.value === null ? derived : shown;
  const difference = expected.value === null ? null : formatAmount(subtract(value, expected.value));
  if (shown.percent) {
    const cut = evaluateFigure(expr, { ...ctx, truncate: true });
    if (matchesAt(cut.value, value, printed.decimals))
      return { ok: false, severity: "warning", problem: "比率被截断而未四舍五入", expected, difference };
  }
  return { ok: false, severity: ruleSeverity, problem: "与计算值不符", expected, difference };
}
