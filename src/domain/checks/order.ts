/** A stable order for findings: by table, severity, rule (catalog order), key. */
import { TABLE_IDS } from "../templates/types";
import type { Finding, Rule, Severity } from "./types";

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function sortFindings(findings: Finding[], rules: readonly Rule[]): Finding[] {
  const ruleRank = new Map(rules.map((rule, index) => [rule.id, index]));
  const tableRank = (f: Finding) => TABLE_IDS.indexOf(f.cells[0]?.table ?? "09");
  return findings.sort(
    (a, b) =>
      tableRank(a) - tableRank(b) ||
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      (ruleRank.get(a.rule) ?? 0) - (ruleRank.get(b.rule) ?? 0) ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
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
