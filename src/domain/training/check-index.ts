/**
 * The check instances of the open document (checks' `checkInstances`) indexed by cell and by rule, with
 * their state on the document.
 */
import { type CheckInstance, checkInstances, type Finding, type Rule, rulesFor } from "../checks";
import type { CellId } from "../engine/cell-id";
import type { Graph } from "../engine/graph";
import type { Workbook } from "../workbook/workbook";

export type { CheckInstance, InstanceStyle } from "../checks";

export interface CheckIndex {
  readonly instances: readonly CheckInstance[];
  /** The instances that compare this cell with others (empty when none). */
  ofCell(id: CellId): readonly CheckInstance[];
  /** The instances of one rule. */
  ofRule(ruleId: string): readonly CheckInstance[];
}

function buildIndex(workbook: Workbook, rules: readonly Rule[]): CheckIndex {
  const instances = checkInstances(workbook, rules);
  const byCell = new Map<CellId, CheckInstance[]>();
  const byRule = new Map<string, CheckInstance[]>();
  for (const instance of instances) {
    for (const id of new Set([...instance.left, ...instance.right])) {
      const list = byCell.get(id);
      if (list) list.push(instance);
      else byCell.set(id, [instance]);
    }
    const list = byRule.get(instance.rule.id);
    if (list) list.push(instance);
    else byRule.set(instance.rule.id, [instance]);
  }
  return {
    instances,
    ofCell: (id) => byCell.get(id) ?? [],
    ofRule: (ruleId) => byRule.get(ruleId) ?? [],
  };
}

/** Instances depend on the document's rows only: one index per formula graph (rebuilt when rows change). */
const cache = new WeakMap<Graph, WeakMap<readonly Rule[], CheckIndex>>();

export function checkIndex(
  workbook: Workbook,
  rules: readonly Rule[] = rulesFor(workbook.template),
): CheckIndex {
  let perRules = cache.get(workbook.graph);
  if (!perRules) {
    perRules = new WeakMap();
    cache.set(workbook.graph, perRules);
  }
  let index = perRules.get(rules);
  if (!index) {
    index = buildIndex(workbook, rules);
    perRules.set(rules, index);
  }
  return index;
}

/**
 * Whether the instance is checked on this document: an identity whose target is derived without a stated
 * value holds by construction (the evaluator skips it), every other instance is checked. The evaluator only
 * builds identities on cells that are stated or entered; one whose stated value was replaced by the
 * computed value since stays in the (row-keyed) index and is reported here as not active.
 */
export function isActive(workbook: Workbook, instance: CheckInstance): boolean {
  if (instance.style !== "identity") return true;
  const target = instance.left[0];
  return target === undefined || !workbook.isDerived(target) || workbook.stored(target) !== undefined;
}

/** Whether the check compares the cell with at least one other cell (not only with 0, like R01-7 ≥ 0). */
export function comparesCells(instance: CheckInstance): boolean {
  return new Set([...instance.left, ...instance.right]).size >= 2;
}

/** The state of a relation on the open document, worst first: error, warning, 尾差 (info), ok. */
export type RelationState = "error" | "warning" | "尾差" | "ok";

const STATE_RANK: Record<RelationState, number> = { ok: 0, 尾差: 1, warning: 2, error: 3 };

export function worstState(states: Iterable<RelationState>): RelationState {
  let worst: RelationState = "ok";
  for (const state of states) if (STATE_RANK[state] > STATE_RANK[worst]) worst = state;
  return worst;
}

export function stateOfFinding(finding: Finding): RelationState {
  return finding.severity === "info" ? "尾差" : finding.severity;
}

/** Findings by key, for looking up the state of an instance (its key is its finding's key). */
export function findingsByKey(findings: readonly Finding[]): Map<string, Finding> {
  return new Map(findings.map((finding) => [finding.key, finding]));
}
