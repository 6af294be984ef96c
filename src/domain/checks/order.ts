/** A stable order for findings: by table, severity, rule (catalog order), key. */
import { TABLE_IDS, type TableId } from "../templates/types";
import type { Finding, Rule, Severity } from "./types";

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Sorts `findings` in place (stable) and returns it. */
export function sortFindings(findings: Finding[], rules: readonly Rule[]): Finding[] {
  const ruleRank = new Map(rules.map((rule, index) => [rule.id, index]));
  const rulesCount = rules.length + 1;
  // One number per finding for table, severity and rule; the key breaks ties.
  const decorated = findings.map((finding) => {
    const table = TABLE_IDS.indexOf(finding.cells[0]?.table ?? "09");
    const rank =
      (table * 3 + SEVERITY_RANK[finding.severity]) * rulesCount + (ruleRank.get(finding.rule) ?? 0);
    return { finding, rank, key: finding.key };
  });
  decorated.sort((a, b) => a.rank - b.rank || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (let i = 0; i < decorated.length; i++)
    findings[i] = (decorated[i] as (typeof decorated)[number]).finding;
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
