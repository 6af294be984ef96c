/** Interval comparison (XBRL Calculations 1.1 style): "=" holds when the intervals overlap. */
import type { Shown } from "./shown";
import type { Relation, RuleSeverity, Severity } from "./types";

export interface Outcome {
  /** left − right, as printed (midpoints). */
  diff: bigint;
  /** Half-width of the difference's interval: half × (amounts on both sides). */
  tolerance: bigint;
  /** The relation holds for the intervals. */
  holds: boolean;
  /** It holds for the printed numbers too. */
  exact: boolean;
}

export function compare(left: Shown, rel: Relation, right: Shown, half: bigint): Outcome {
  const diff = left.v - right.v;
  const tolerance = half * BigInt(left.k + right.k);
  if (rel === "=") {
    const size = diff < 0n ? -diff : diff;
    return { diff, tolerance, holds: size <= tolerance, exact: diff === 0n };
  }
  const excess = rel === "≤" ? diff : -diff;
  return { diff, tolerance, holds: excess <= tolerance, exact: excess <= 0n };
}

/** Violated → the rule's severity; holding only within rounding → info (尾差); holding → none. */
export function severityOf(outcome: Outcome, severity: RuleSeverity): Severity | null {
  if (!outcome.holds) return severity;
  return outcome.exact ? null : "info";
}
