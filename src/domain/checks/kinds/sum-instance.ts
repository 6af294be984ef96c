/**
 * One comparison of sums: an identity (a stated or entered target against its parts, skipped while the
 * target is derived without a stated value) or a relation (Σ left ⟨=, ≤, ≥⟩ Σ right, always checked).
 * Kept compact: cell ids only (interned), Bound objects and the key only when needed.
 */
import { type CellId, parseCellId } from "../../engine/cell-id";
import type { Bound } from "../bind";
import { compare, severityOf } from "../compare";
import type { CheckContext } from "../context";
import { amountFinding } from "../describe";
import type { Instance } from "../instance";
import type { Shown } from "../shown";
import type { Finding, Relation, Rule } from "../types";

/** A derived cell without a stated value: an identity on it holds by construction. */
export function dormant(ctx: CheckContext, id: CellId): boolean {
  return ctx.shown.stored(id) === undefined && ctx.workbook.isDerived(id);
}

export class SumInstance implements Instance {
  private cachedKey: string | undefined;

  /**
   * `reads`: the left cells, then the right cells (`ownCount` in all), then cells read for the likely
   * cause. `minus[i]` subtracts own cell i.
   */
  constructor(
    readonly rule: Rule,
    private readonly style: "identity" | "relation",
    private readonly rel: Relation,
    readonly reads: readonly CellId[],
    private readonly leftCount: number,
    private readonly ownCount: number,
    private readonly minus: readonly boolean[] | null,
  ) {}

  get key(): string {
    if (this.cachedKey === undefined) {
      const first = this.reads[0] as CellId;
      this.cachedKey =
        this.style === "identity"
          ? `${this.rule.id}|${first}`
          : `${this.rule.id}|${first}|${this.leftCount < this.ownCount ? this.reads[this.leftCount] : "0"}`;
    }
    return this.cachedKey;
  }

  evaluate(ctx: CheckContext): Finding | null {
    const target = this.reads[0] as CellId;
    if (this.style === "identity" && dormant(ctx, target)) return null;
    const leftValue = this.sum(ctx, 0, this.leftCount);
    const rightValue = this.sum(ctx, this.leftCount, this.ownCount);
    const outcome = compare(leftValue, this.rel, rightValue, ctx.half);
    let severity = severityOf(outcome, this.rule.severity);
    // A stated blank over non-blank parts: the rule's severity even within rounding.
    if (
      this.style === "identity" &&
      ctx.shown.stored(target) === null &&
      !rightValue.blank &&
      outcome.diff !== 0n
    ) {
      severity = this.rule.severity;
    }
    if (severity === null) return null;
    const cells = this.reads.slice(0, this.ownCount).map((id, i): Bound => {
      const { table, row, col } = parseCellId(id);
      return { id, table, row, col, minus: this.minus?.[i] === true };
    });
    return amountFinding(ctx, {
      key: this.key,
      rule: this.rule,
      severity,
      style: this.style,
      rel: this.rel,
      left: cells.slice(0, this.leftCount),
      right: cells.slice(this.leftCount),
      leftValue,
      rightValue,
      outcome,
    });
  }

  private sum(ctx: CheckContext, from: number, to: number): Shown {
    let v = 0n;
    let k = 0;
    let blank = true;
    for (let i = from; i < to; i++) {
      const shown = ctx.value(this.reads[i] as CellId);
      if (shown.blank) continue;
      v = this.minus?.[i] ? v - shown.v : v + shown.v;
      k += shown.k;
      blank = false;
    }
    return { v, k, blank };
  }
}
