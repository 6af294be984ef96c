/**
 * Comparisons of sums, the bulk of the catalog: identities (a stated or entered target against its parts,
 * skipped while the target is derived without a stated value) and relations (Σ left ⟨=, ≤, ≥⟩ Σ right,
 * always checked). Thousands per document, so they are kept flat: one pool of cell slots and a few numbers
 * per check; cell keys, the finding key and the message are only made when a check fires.
 */

import { IntList } from "../../engine/int-list";
import type { TableId } from "../../templates/types";
import type { CheckContext } from "../context";
import { amountFinding } from "../describe";
import { lacksCodes } from "../likely-cause";
import type { Finding, Relation, Rule, Severity } from "../types";

const IDENTITY = 1;
/** flags >> GROUP: the check's group (see `group`). */
const GROUP = 3;
const RELATIONS: readonly Relation[] = ["=", "≤", "≥"];
const REL_BITS: Record<Relation, number> = { "=": 0, "≤": 2, "≥": 4 };

interface Group {
  rule: Rule;
  /**
   * The tables of the catalog check's patterns: its checks also read, for their likely cause, the cells of
   * codes these tables lack (likely-cause.ts) when one of them lacks any. Decided on first use.
   */
  tables: readonly TableId[];
  lacks?: boolean;
}

export class SumChecks {
  /**
   * Own cells of every check: slots, a subtracted cell as ~slot. Check i has left cells
   * pool[starts[i]] … pool[mids[i] - 1] and right cells up to pool[starts[i + 1] - 1]; an identity's
   * first cell is its target.
   */
  readonly pool = new IntList(4096);
  private readonly starts = new IntList(1024);
  private readonly mids = new IntList(1024);
  /** Identity bit, relation, and (>> GROUP) the check's group. */
  private readonly flags = new IntList(1024);
  private readonly groups: Group[] = [];

  constructor() {
    this.starts.push(0);
  }

  get count(): number {
    return this.flags.length;
  }

  /** Where the next check's cells start in `pool`. */
  get mark(): number {
    return this.pool.length;
  }

  /** A group for the checks one catalog check makes from patterns on `tables` (pass it to `commit`). */
  group(rule: Rule, tables: readonly TableId[]): number {
    return this.groups.push({ rule, tables: [...new Set(tables)] }) - 1;
  }

  /** Adds the check whose cells were appended to `pool` since `start`; the right side starts at `mid`. */
  commit(group: number, style: "identity" | "relation", rel: Relation, mid: number): void {
    this.mids.push(mid);
    this.starts.push(this.pool.length);
    this.flags.push((style === "identity" ? IDENTITY : 0) | REL_BITS[rel] | (group << GROUP));
  }

  /** Drops the cells appended since `start` (the check is not made). */
  rollback(start: number): void {
    this.pool.truncate(start);
  }

  rule(i: number): Rule {
    return (this.groups[this.flags.get(i) >> GROUP] as Group).rule;
  }

  /** Whether the check reads cells for its likely cause. */
  hasCauses(i: number, ctx: CheckContext): boolean {
    const group = this.groups[this.flags.get(i) >> GROUP] as Group;
    group.lacks ??= group.tables.some((table) => lacksCodes(ctx, table));
    return group.lacks;
  }

  /** The check's own cells (slots). */
  reads(i: number): number[] {
    const out: number[] = [];
    const end = this.starts.get(i + 1);
    for (let p = this.starts.get(i); p < end; p++) {
      const entry = this.pool.get(p);
      out.push(entry < 0 ? ~entry : entry);
    }
    return out;
  }

  /** Calls `fn` for every own cell of every check. */
  eachRead(fn: (check: number, slot: number) => void): void {
    for (let i = 0; i < this.count; i++) {
      const end = this.starts.get(i + 1);
      for (let p = this.starts.get(i); p < end; p++) {
        const entry = this.pool.get(p);
        fn(i, entry < 0 ? ~entry : entry);
      }
    }
  }

  /** Identity: rule|target. Relation: rule|first left cell|first right cell (or 0). */
  key(i: number, ctx: CheckContext): string {
    const start = this.starts.get(i);
    const first = this.pool.get(start);
    const rule = this.rule(i).id;
    const { cells } = ctx;
    const head = cells.idText(first < 0 ? ~first : first);
    if ((this.flags.get(i) & IDENTITY) !== 0) return `${rule}|${head}`;
    const mid = this.mids.get(i);
    if (mid >= this.starts.get(i + 1)) return `${rule}|${head}|0`;
    const right = this.pool.get(mid);
    // One template per key: no intermediate "rule|cell" string.
    return `${rule}|${head}|${cells.idText(right < 0 ? ~right : right)}`;
  }

  evaluate(i: number, ctx: CheckContext): Finding | null {
    const { shown } = ctx;
    const pool = this.pool.data;
    const start = this.starts.get(i);
    const mid = this.mids.get(i);
    const end = this.starts.get(i + 1);
    const flags = this.flags.get(i);
    const identity = (flags & IDENTITY) !== 0;
    const rel = RELATIONS[(flags >> 1) & 3] as Relation;
    const first = pool[start] as number;
    const target = first < 0 ? ~first : first;
    if (identity && !shown.hasStored(target) && shown.isDerived(target)) return null;

    const { math } = shown;
    shown.sum(pool, start, mid);
    const leftV = shown.sumValue;
    const leftK = shown.sumK;
    const leftBlank = shown.sumBlank;
    shown.sum(pool, mid, end);
    shown.checkCount(leftK + shown.sumK);
    const diff = math.subtract(leftV, shown.sumValue);
    const tolerance = math.times(shown.half, leftK + shown.sumK);
    // Within the tolerance the relation holds (a 尾差 unless it holds exactly).
    const excess = rel === "=" ? math.abs(diff) : rel === "≤" ? diff : math.subtract(math.zero, diff);
    const holds = excess <= tolerance;
    const zero = math.isZero(diff);
    const exact = rel === "=" ? zero : excess <= math.zero;
    let severity: Severity | null = holds ? (exact ? null : "info") : this.rule(i).severity;
    // A stated blank over non-blank parts: the rule's severity even within rounding.
    if (identity && shown.storedBlank(target) && !shown.sumBlank && !zero) severity = this.rule(i).severity;
    if (severity === null) return null;
    return amountFinding({
      ctx,
      key: this.key(i, ctx),
      rule: this.rule(i),
      severity,
      style: identity ? "identity" : "relation",
      rel,
      entries: pool,
      from: start,
      mid,
      to: end,
      leftV,
      leftK,
      leftBlank,
      rightV: shown.sumValue,
      rightK: shown.sumK,
      rightBlank: shown.sumBlank,
      diff,
    });
  }
}
