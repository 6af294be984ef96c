/**
 * The rule catalog expanded over the open document into concrete check instances (which cells each check
 * compares), indexed by cell. It reuses the evaluator's own expansion (checks/kinds) so that training shows
 * exactly the comparisons the 审核 makes; it only keeps each instance's own cells, not the cells the
 * evaluator also reads to suggest a likely cause (those are not "must agree with").
 */
import { CheckContext } from "../checks/context";
import type { Plan } from "../checks/instance";
import { expand } from "../checks/kinds/index";
import { SumChecks } from "../checks/kinds/sums";
import { RULES } from "../checks/rules/index";
import type { Check, Finding, Relation, Rule } from "../checks/types";
import { type CellId, parseCellId } from "../engine/cell-id";
import type { Graph } from "../engine/graph";
import type { Workbook } from "../workbook/workbook";

/** How an instance compares: a target against its parts, two sides, or another kind of check. */
export type InstanceStyle = "identity" | "relation" | "other";

export interface CheckInstance {
  /** The same key as the finding this instance produces when it fires. */
  key: string;
  rule: Rule;
  check: Check;
  style: InstanceStyle;
  /** "=", "≤", "≥" for comparisons of sums; null for coverage and emptiness checks. */
  rel: Relation | null;
  /**
   * identity: [target]; relation: the left side; emptiness: the cells of its left tables; coverage
   * the spending cell.
   */
  left: readonly CellId[];
  /** identity: the parts; relation: the right side; other: the remaining cells. */
  right: readonly CellId[];
}

export interface CheckIndex {
  readonly instances: readonly CheckInstance[];
  /** The instances that compare this cell with others (empty when none). */
  ofCell(id: CellId): readonly CheckInstance[];
  /** The instances of one rule. */
  ofRule(ruleId: string): readonly CheckInstance[];
}

const SUM_KINDS: ReadonlySet<Check["kind"]> = new Set(["identity", "relation", "tree"]);

function buildIndex(workbook: Workbook, rules: readonly Rule[]): CheckIndex {
  const ctx = new CheckContext(workbook);
  const instances: CheckInstance[] = [];
  for (const rule of rules) {
    for (const check of rule.checks) {
      // One plan per catalog check, so every instance is known to come from this check (its kind, its rel).
      const plan: Plan = { sums: new SumChecks(), others: [] };
      expand(rule, check, ctx, plan);
      const { sums } = plan;
      for (let i = 0; i < sums.count; i++) {
        const cells = sums.reads(i).map((slot) => ctx.idOf(slot));
        const key = sums.key(i, ctx);
        if (check.kind === "relation") {
          // The key is rule|first left cell|first right cell (or 0): it tells where the right side starts.
          const firstLeft = cells[0] ?? "";
          const firstRight = key.slice(`${rule.id}|${firstLeft}|`.length);
          const mid = firstRight === "0" ? cells.length : cells.indexOf(firstRight, 1);
          const split = mid < 0 ? cells.length : mid;
          instances.push({
            key,
            rule,
            check,
            style: "relation",
            rel: check.rel,
            left: cells.slice(0, split),
            right: cells.slice(split),
          });
        } else {
          instances.push({
            key,
            rule,
            check,
            style: SUM_KINDS.has(check.kind) ? "identity" : "other",
            rel: "=",
            left: cells.slice(0, 1),
            right: cells.slice(1),
          });
        }
      }
      for (const instance of plan.others) {
        const cells = instance.reads.map((slot) => ctx.idOf(slot));
        // Emptiness compares two sets of cells (07 合计 against 04's 政府性基金 cells): split by the check's
        // left tables. Coverage reads the spending cell first, then the income and the excusing cell.
        const leftTables =
          check.kind === "sameEmptiness" ? new Set(check.left.map((set) => set.table)) : null;
        const left = leftTables
          ? cells.filter((id) => leftTables.has(parseCellId(id).table))
          : cells.slice(0, 1);
        const right = leftTables
          ? cells.filter((id) => !leftTables.has(parseCellId(id).table))
          : cells.slice(1);
        instances.push({ key: instance.key(ctx), rule, check, style: "other", rel: null, left, right });
      }
    }
  }
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

export function checkIndex(workbook: Workbook, rules: readonly Rule[] = RULES): CheckIndex {
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
