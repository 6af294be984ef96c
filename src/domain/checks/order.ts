/** A stable order for findings: by table, severity, rule (catalog order), key. */
import type { TableId } from "../templates/types";
import type { Finding, Rule, Severity } from "./types";

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

const ruleRanks = new WeakMap<readonly Rule[], Map<string, number>>();

/**
 * Keys in code-unit order, as `<` orders strings, compared in a loop from `from`: the keys of one bucket
 * share a long prefix ("X-11|05|2210103|…"), skipped, and are mostly two-byte text, where the engine's own
 * comparison costs about twice as much per pair.
 */
function compareFrom(x: string, y: string, from: number): number {
  const n = Math.min(x.length, y.length);
  for (let i = from; i < n; i++) {
    const d = x.charCodeAt(i) - y.charCodeAt(i);
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

/** How many leading code units every key of `findings[from…to)` shares. */
function sharedPrefix(findings: readonly Finding[], from: number, to: number): number {
  const first = (findings[from] as Finding).key;
  let shared = first.length;
  for (let i = from + 1; i < to && shared > 0; i++) {
    const key = (findings[i] as Finding).key;
    let n = 0;
    while (n < shared && n < key.length && key.charCodeAt(n) === first.charCodeAt(n)) n++;
    shared = n;
  }
  return shared;
}

/**
 * Sorts `findings` in place (stable) and returns it. One number per finding for table, severity and rule
 * places it in a bucket (a counting sort, no comparisons); only findings of the same bucket are compared,
 * by key. They arrive in evaluation order, row by row, which is mostly key order already: the stable sort
 * of a bucket then makes few comparisons.
 */
export function sortFindings(findings: Finding[], rules: readonly Rule[]): Finding[] {
  let ruleRank = ruleRanks.get(rules);
  if (!ruleRank) {
    ruleRank = new Map(rules.map((rule, index) => [rule.id, index]));
    ruleRanks.set(rules, ruleRank);
  }
  const rulesCount = rules.length + 1;
  const n = findings.length;
  const ranks = new Int32Array(n);
  let low = 0;
  let high = 0;
  for (let i = 0; i < n; i++) {
    const finding = findings[i] as Finding;
    // Table ids are two digits: their number orders the tables by id.
    const table = Number(finding.cells[0]?.table ?? "09");
    const rank =
      (table * 3 + SEVERITY_RANK[finding.severity]) * rulesCount + (ruleRank.get(finding.rule) ?? 0);
    ranks[i] = rank;
    if (i === 0 || rank < low) low = rank;
    if (i === 0 || rank > high) high = rank;
  }
  if (n < 2) return findings;
  // Bucket starts by rank, then each finding into its bucket in input order (stable).
  const starts = new Int32Array(high - low + 2);
  for (let i = 0; i < n; i++) {
    const at = (ranks[i] as number) - low + 1;
    starts[at] = (starts[at] as number) + 1;
  }
  for (let b = 1; b < starts.length; b++) starts[b] = (starts[b] as number) + (starts[b - 1] as number);
  const fill = starts.slice();
  const sorted: Finding[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const bucket = (ranks[i] as number) - low;
    sorted[fill[bucket] as number] = findings[i] as Finding;
    fill[bucket] = (fill[bucket] as number) + 1;
  }
  for (let i = 0; i < n; i++) findings[i] = sorted[i] as Finding;
  for (let b = 0; b + 1 < starts.length; b++) {
    const from = starts[b] as number;
    const to = starts[b + 1] as number;
    if (to - from < 2) continue;
    const shared = sharedPrefix(findings, from, to);
    const bucket = findings.slice(from, to).sort((a, b) => compareFrom(a.key, b.key, shared));
    for (let i = 0; i < bucket.length; i++) findings[from + i] = bucket[i] as Finding;
  }
  return findings;
}

export interface FindingCounts {
  error: number;
  warning: number;
  info: number;
  /** Warnings with a written 说明 (included in `warning`). */
  acknowledged: number;
}

export function countFindings(findings: readonly Finding[]): FindingCounts {
  const counts: FindingCounts = { error: 0, warning: 0, info: 0, acknowledged: 0 };
  for (const finding of findings) {
    counts[finding.severity]++;
    if (finding.acknowledged) counts.acknowledged++;
  }
  return counts;
}

/** Counts per table; a finding that spans tables counts once in each of them. */
export function countFindingsByTable(findings: readonly Finding[]): Map<TableId, FindingCounts> {
  const byTable = new Map<TableId, FindingCounts>();
  const seen: TableId[] = [];
  for (const finding of findings) {
    seen.length = 0;
    for (const { table } of finding.cells) {
      if (seen.includes(table)) continue;
      seen.push(table);
      let counts = byTable.get(table);
      if (!counts) {
        counts = { error: 0, warning: 0, info: 0, acknowledged: 0 };
        byTable.set(table, counts);
      }
      counts[finding.severity]++;
      if (finding.acknowledged) counts.acknowledged++;
    }
  }
  return byTable;
}
