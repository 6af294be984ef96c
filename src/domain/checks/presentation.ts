/**
 * How findings read to a user: the finding's own words first, the rule id and its formula-like title
 * (with Σ) kept for hover; the cell's rules summed up by state; findings listed per table they touch.
 */
import { CANONICAL_TABLE_IDS, type TableId } from "../templates/types";
import { RULES } from "./rules/index";
import type { Finding, Rule, Severity } from "./types";

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * A finding's message split into its head ("R03-3 03表 类 = Σ 款，款 = Σ 项") and what it says about
 * the document. The messages start with the rule id and a head that ends at the first "：".
 */
export function findingText(finding: Finding): { head: string; body: string } {
  const message = finding.message;
  if (!message.startsWith(`${finding.rule} `)) return { head: finding.rule, body: message };
  const colon = message.indexOf("：");
  if (colon < 0) return { head: finding.rule, body: message };
  return { head: message.slice(0, colon), body: message.slice(colon + 1) };
}

/** "R03-3 03表 类 = Σ 款，款 = Σ 项": the rule as its catalog (`rules`: the template's) names it. */
export function ruleTitle(id: string, rules: readonly Rule[] = RULES): string {
  const rule = rules.find((r) => r.id === id);
  return rule ? `${id} ${rule.title}` : id;
}

export type RuleState = "ok" | Severity;

/** The rules a cell takes part in, grouped by their state at that cell (the worst finding of each rule). */
export function ruleStates(
  rules: readonly string[],
  findingsAtCell: readonly Finding[],
): Map<RuleState, string[]> {
  const worst = new Map<string, Severity>();
  for (const finding of findingsAtCell) {
    const known = worst.get(finding.rule);
    if (!known || SEVERITY_RANK[finding.severity] < SEVERITY_RANK[known])
      worst.set(finding.rule, finding.severity);
  }
  const states = new Map<RuleState, string[]>();
  for (const state of ["error", "warning", "info", "ok"] as const) {
    const list = rules.filter((rule) => (worst.get(rule) ?? "ok") === state);
    if (list.length > 0) states.set(state, list);
  }
  return states;
}

/**
 * Findings per table, as the table list counts them (`countFindingsByTable`): a finding is listed under
 * every table it touches; within a table, 错误 before 提示 before 尾差, otherwise in the given order. Tables
 * in `order`: the template's printed order (上海 prints 三公 seventh).
 */
export function findingsByTable(
  findings: readonly Finding[],
  order: readonly TableId[] = CANONICAL_TABLE_IDS,
): Map<TableId, Finding[]> {
  const groups = new Map<TableId, Finding[]>();
  for (const finding of findings) {
    const tables = new Set(finding.cells.map((cell) => cell.table));
    if (tables.size === 0) tables.add("01");
    for (const table of tables) {
      const group = groups.get(table);
      if (group) group.push(finding);
      else groups.set(table, [finding]);
    }
  }
  const ordered = new Map<TableId, Finding[]>();
  for (const table of order) {
    const group = groups.get(table);
    if (group)
      ordered.set(
        table,
        group.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]),
      );
  }
  return ordered;
}
