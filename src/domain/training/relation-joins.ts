import { type Finding, NAME_COL } from "../checks";
import { type CellId, cellId, parseCellId } from "../engine/cell-id";
import { expandFormulas } from "../engine/expand";
import { isSubjectCode } from "../templates/structure";
import type { TableId } from "../templates/types";
import type { Workbook } from "../workbook/workbook";
import {
  type CheckInstance,
  checkIndex,
  findingsByKey,
  type RelationState,
  stateOfFinding,
  worstState,
} from "./check-index";

import type { StructureMap, TableRelation } from "./structure-map";

export interface RelationJoin {
  /** 派生: the derived cell; 校验: the left side (an identity's target). */
  left: CellId[];
  /** 派生: the cells it is computed from; 校验: the right side. */
  right: CellId[];
  /** 校验: the check instance's key (its finding's key when it fires). */
  key?: string;
  rel: "=" | "≤" | "≥" | null;
  state: RelationState;
}

function touches(cells: readonly CellId[], table: TableId): boolean {
  return cells.some((id) => id.startsWith(`${table}|`));
}

function inPair(cells: readonly CellId[], pair: string | undefined): boolean {
  if (pair === undefined) return true;
  const [a, b] = pair.split("-") as [TableId, TableId];
  return touches(cells, a) && touches(cells, b);
}

/** Findings by each cell they name, built once per findings list (joins look findings up by cell). */
const findingsByCell = new WeakMap<readonly Finding[], Map<CellId, Finding[]>>();

function findingsAt(findings: readonly Finding[]): Map<CellId, Finding[]> {
  let index = findingsByCell.get(findings);
  if (!index) {
    index = new Map();
    for (const finding of findings) {
      for (const c of finding.cells) {
        const id = cellId(c.table, c.row, c.col);
        const list = index.get(id);
        if (list) list.push(finding);
        else index.set(id, [finding]);
      }
    }
    findingsByCell.set(findings, index);
  }
  return index;
}

/** Findings whose cells include a cell of each side: the state of a join without a check key of its own. */
function stateBetween(
  left: readonly CellId[],
  right: readonly CellId[],
  findings: readonly Finding[],
  rule?: string,
): RelationState {
  const index = findingsAt(findings);
  const onRight = new Set(right.flatMap((id) => index.get(id) ?? []));
  const states: RelationState[] = [];
  for (const id of left)
    for (const finding of index.get(id) ?? [])
      if (onRight.has(finding) && (rule === undefined || finding.rule === rule))
        states.push(stateOfFinding(finding));
  return worstState(states);
}

function derivationJoins(workbook: Workbook, map: StructureMap, index: number, findings: readonly Finding[]) {
  const spec = map.template.formulas[index];
  if (!spec) return [];
  const formulas = expandFormulas({ ...map.template, formulas: [spec] }, (table) => workbook.rows(table));
  const joins: RelationJoin[] = [];
  for (const [target, { terms }] of formulas) {
    const cells = [target, ...terms].map(parseCellId);
    // A class row this department does not use in the source table: nothing is joined there.
    if (!cells.every((c) => workbook.hasRow(c.table, c.row))) continue;
    joins.push({
      left: [target],
      right: [...terms],
      rel: "=",
      state: stateBetween([target], terms, findings),
    });
  }
  return joins;
}

/** X-19 (names across tables) has no amounts: it joins the 名称 of each code the tables share. */
function nameJoins(
  workbook: Workbook,
  relation: TableRelation,
  findings: readonly Finding[],
): RelationJoin[] {
  const joins: RelationJoin[] = [];
  for (const key of relation.pairs) {
    const [a, b] = key.split("-") as [TableId, TableId];
    for (const row of workbook.rows(a)) {
      if (!isSubjectCode(row) || !workbook.hasRow(b, row)) continue;
      const left = [cellId(a, row, NAME_COL)];
      const right = [cellId(b, row, NAME_COL)];
      joins.push({ left, right, rel: "=", state: stateBetween(left, right, findings, relation.rule) });
    }
  }
  return joins;
}

function instanceJoin(instance: CheckInstance, byKey: Map<string, Finding>): RelationJoin {
  const finding = byKey.get(instance.key);
  return {
    left: [...instance.left],
    right: [...instance.right],
    key: instance.key,
    rel: instance.rel,
    state: finding ? stateOfFinding(finding) : "ok",
  };
}

/**
 * The cells a relation joins on the open document (detail on demand), restricted to one table pair when
 * given. Pass the session's findings for each join's state; without them every join is "ok".
 */
export function relationJoins(
  workbook: Workbook,
  map: StructureMap,
  relation: TableRelation,
  options: { pair?: string; findings?: readonly Finding[] } = {},
): RelationJoin[] {
  const findings = options.findings ?? [];
  if (relation.kind === "派生") {
    const index = Number(relation.id.slice("派生:".length));
    return derivationJoins(workbook, map, index, findings).filter((j) =>
      inPair([...j.left, ...j.right], options.pair),
    );
  }
  const rule = map.rules.find((r) => r.id === relation.rule);
  if (!rule) return [];
  if (rule.checks.every((c) => c.kind === "names"))
    return nameJoins(workbook, relation, findings).filter((j) =>
      inPair([...j.left, ...j.right], options.pair),
    );
  const byKey = findingsByKey(findings);
  return checkIndex(workbook, map.rules)
    .ofRule(rule.id)
    .filter((instance) => inPair([...instance.left, ...instance.right], options.pair))
    .map((instance) => instanceJoin(instance, byKey));
}

export interface StructureStates {
  /** Per table pair: the worst state of its relations on that pair. */
  pairs: Record<string, RelationState>;
  /** Per relation id: the worst state over all its joins. */
  relations: Record<string, RelationState>;
  /** Per table: the worst state of the findings of its within-table rules. */
  tables: Record<TableId, RelationState>;
}

/** The state of every pair, relation and table on the open document, from the session's findings. */
export function structureStates(
  workbook: Workbook,
  map: StructureMap,
  findings: readonly Finding[],
): StructureStates {
  const pairs: Record<string, RelationState> = {};
  const relations: Record<string, RelationState> = {};
  for (const relation of map.relations) {
    const joins = relationJoins(workbook, map, relation, { findings });
    relations[relation.id] = worstState(joins.map((j) => j.state));
    for (const key of relation.pairs) {
      const onPair = joins.filter((j) => inPair([...j.left, ...j.right], key)).map((j) => j.state);
      pairs[key] = worstState([pairs[key] ?? "ok", ...onPair]);
    }
  }
  const tables = {} as Record<TableId, RelationState>;
  for (const node of map.nodes) {
    const own = new Set(node.within.rules);
    tables[node.id] = worstState(
      findings.filter((f) => own.has(f.rule) && f.cells.some((c) => c.table === node.id)).map(stateOfFinding),
    );
  }
  return { pairs, relations, tables };
}
