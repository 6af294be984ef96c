import type { CheckContext } from "./context";
import type { SumChecks } from "./kinds/sums";
import type { Finding, Rule } from "./types";

/**
 * One check on concrete cells that is not a comparison of sums (coverage, emptiness): the session
 * re-evaluates it when a cell it `reads` may have changed. `meta` instances also read names or notes.
 */
export interface Instance {
  readonly rule: Rule;
  /** Slots of the cells read. */
  readonly reads: readonly number[];
  readonly meta?: boolean;
  key(ctx: CheckContext): string;
  evaluate(ctx: CheckContext): Finding | null;
}

/** The catalog expanded over a workbook: the comparisons of sums, flat, and the other instances. */
export interface CheckPlan {
  sums: SumChecks;
  others: Instance[];
}
