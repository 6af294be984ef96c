/**
 * Trace (追踪): where a cell's value comes from (precedents), where it goes (dependents), and which cells
 * the 审核 says it must agree with. Derivations come from the engine's expanded formulas and dependency
 * graph (the same ones that compute the values); checks from the rule catalog expanded by the evaluator.
 */

import type { Finding } from "../checks";
import { type CellId, parseCellId } from "../engine/cell-id";
import type { CellFormula } from "../engine/expand";
import { tableOf } from "../templates/structure";
import type { ColKey, RowKey, TableId } from "../templates/types";
import { type CellKind, cellKind, displayCell } from "../workbook/display";
import { cellAddress } from "../workbook/explain";
import type { Workbook } from "../workbook/workbook";
import {
  type CheckInstance,
  checkIndex,
  comparesCells,
  findingsByKey,
  isActive,
  type RelationState,
  stateOfFinding,
} from "./check-index";

export interface TraceCell {
  id: CellId;
  table: TableId;
  row: RowKey;
  col: ColKey;
  /** "03表 · 201 一般公共服务支出 · 本年支出合计" */
  address: string;
  kind: CellKind;
  /** As displayed (万元, two decimals); "" when blank. */
  value: string;
  /**
   * The row exists in the document. A formula may name a 科目 row a table does not have (01's 202 row is
   * 03's 202, which this department does not use): such a cell is blank and the trace does not go on.
   */
  present: boolean;
}

export interface TraceStep extends TraceCell {
  /** 1 for a direct precedent/dependent, 2 for one step further, … */
  depth: number;
  /** The kind of template formula that joins this step to the previous one. */
  via: CellFormula["spec"];
}

export interface TableGroup<T> {
  table: TableId;
  /** "公开03表 支出决算表" */
  title: string;
  cells: T[];
}

export interface TraceClosure {
  /** Every cell reached, nearest first (breadth-first), each once. */
  steps: TraceStep[];
  /** The same cells grouped by table, tables in 01…09 order. */
  byTable: TableGroup<TraceStep>[];
}

export function traceCell(workbook: Workbook, id: CellId): TraceCell {
  const { table, row, col } = parseCellId(id);
  return {
    id,
    table,
    row,
    col,
    address: cellAddress(workbook, id),
    kind: cellKind(workbook, id),
    value: displayCell(workbook, id),
    present: workbook.hasRow(table, row),
  };
}

function step(workbook: Workbook, id: CellId, depth: number, via: CellFormula["spec"]): TraceStep {
  return { ...traceCell(workbook, id), depth, via };
}

/** The cells a derived cell is computed from (its formula's terms); empty for an entered cell. */
export function precedents(workbook: Workbook, id: CellId): TraceStep[] {
  const formula = workbook.graph.formulas.get(id);
  if (!formula) return [];
  return formula.terms.map((term) => step(workbook, term, 1, formula.spec));
}

/** The derived cells computed directly from this cell. */
export function dependents(workbook: Workbook, id: CellId): TraceStep[] {
  return (workbook.graph.dependents.get(id) ?? []).map((target) =>
    step(workbook, target, 1, workbook.graph.formulas.get(target)?.spec ?? "sum"),
  );
}

function closure(
  workbook: Workbook,
  start: CellId,
  next: (id: CellId) => readonly { id: CellId; via: CellFormula["spec"] }[],
): TraceClosure {
  const seen = new Set<CellId>([start]);
  const steps: TraceStep[] = [];
  let frontier: CellId[] = [start];
  for (let depth = 1; frontier.length > 0; depth++) {
    const following: CellId[] = [];
    for (const id of frontier) {
      for (const edge of next(id)) {
        if (seen.has(edge.id)) continue;
        seen.add(edge.id);
        const reached = step(workbook, edge.id, depth, edge.via);
        if (!reached.present) continue;
        steps.push(reached);
        following.push(edge.id);
      }
    }
    frontier = following;
  }
  return { steps, byTable: groupByTable(workbook, steps) };
}

export function groupByTable<T extends { table: TableId }>(
  workbook: Workbook,
  cells: readonly T[],
): TableGroup<T>[] {
  const groups = new Map<TableId, T[]>();
  for (const cell of cells) {
    const list = groups.get(cell.table);
    if (list) list.push(cell);
    else groups.set(cell.table, [cell]);
  }
  return [...groups.keys()].sort().map((table) => {
    const template = tableOf(workbook.template, table);
    return { table, title: `${template.label} ${template.title}`, cells: groups.get(table) ?? [] };
  });
}

/**
 * Every cell this cell is computed from, directly or through other derived cells, across tables (cells of
 * rows the document does not have are left out).
 */
export function allPrecedents(workbook: Workbook, id: CellId): TraceClosure {
  const { formulas } = workbook.graph;
  return closure(workbook, id, (cell) => {
    const formula = formulas.get(cell);
    return formula ? formula.terms.map((term) => ({ id: term, via: formula.spec })) : [];
  });
}

/** Every derived cell this cell flows into, directly or further on, across tables. */
export function allDependents(workbook: Workbook, id: CellId): TraceClosure {
  const { formulas, dependents: reverse } = workbook.graph;
  return closure(workbook, id, (cell) =>
    (reverse.get(cell) ?? []).map((target) => ({ id: target, via: formulas.get(target)?.spec ?? "sum" })),
  );
}

/** One check this cell takes part in: the rule, the relation and the cells it must agree with. */
export interface CheckLink {
  /** The check instance's key (equal to its finding's key when it fires). */
  key: string;
  rule: string;
  title: string;
  severity: "error" | "warning";
  /** "=", "≤", "≥"; null for coverage and emptiness checks (see the rule's description). */
  rel: CheckInstance["rel"];
  /** The side this cell is on. */
  side: "left" | "right";
  left: TraceCell[];
  right: TraceCell[];
  /** The cells on the other side (for an identity part: its target first, then the other parts). */
  partners: TraceCell[];
  /**
   * false when the check holds by construction on this document (an identity whose target is derived
   * and carries no stated value): worth showing, not worth checking.
   */
  active: boolean;
  /** With findings given: this check's state on the document (ok when it does not fire). */
  state?: RelationState;
}

function link(
  workbook: Workbook,
  id: CellId,
  instance: CheckInstance,
  findings: Map<string, Finding> | undefined,
): CheckLink {
  const side = instance.left.includes(id) ? "left" : "right";
  const own = side === "left" ? instance.left : instance.right;
  const other = side === "left" ? instance.right : instance.left;
  const partnerIds = [...other, ...own.filter((cell) => cell !== id && instance.style !== "relation")];
  const finding = findings?.get(instance.key);
  const result: CheckLink = {
    key: instance.key,
    rule: instance.rule.id,
    title: instance.rule.title,
    severity: instance.rule.severity,
    rel: instance.rel,
    side,
    left: instance.left.map((cell) => traceCell(workbook, cell)),
    right: instance.right.map((cell) => traceCell(workbook, cell)),
    partners: partnerIds.map((cell) => traceCell(workbook, cell)),
    active: isActive(workbook, instance),
  };
  if (findings) result.state = finding ? stateOfFinding(finding) : "ok";
  return result;
}

/**
 * The checks a cell takes part in, with the cells each compares it with. Pass the session's findings to
 * get each check's state. Identities that merely restate a derivation are included with `active: false`.
 */
export function checksOf(workbook: Workbook, id: CellId, findings?: readonly Finding[]): CheckLink[] {
  const byKey = findings ? findingsByKey(findings) : undefined;
  return checkIndex(workbook)
    .ofCell(id)
    .map((instance) => link(workbook, id, instance, byKey));
}

export interface Reach {
  /** The cell's dependents, transitively. */
  dependents: TraceClosure;
  /**
   * Active checks comparing the cell, or any of its dependents, with other cells: each once, nearest cell
   * first.
   */
  checks: (CheckLink & { via: CellId })[];
}

/**
 * How far a change to this cell reaches: every derived cell it flows into and every check those cells
 * take part in (e.g. a 06 item → its 类 → 人员经费合计 → X-12 against 05 合计·基本支出).
 */
export function reach(workbook: Workbook, id: CellId, findings?: readonly Finding[]): Reach {
  const down = allDependents(workbook, id);
  const byKey = findings ? findingsByKey(findings) : undefined;
  const index = checkIndex(workbook);
  const seen = new Set<string>();
  const checks: (CheckLink & { via: CellId })[] = [];
  for (const cell of [id, ...down.steps.map((s) => s.id)]) {
    for (const instance of index.ofCell(cell)) {
      if (seen.has(instance.key) || !isActive(workbook, instance) || !comparesCells(instance)) continue;
      seen.add(instance.key);
      checks.push({ ...link(workbook, cell, instance, byKey), via: cell });
    }
  }
  return { dependents: down, checks };
}

/** Everything the trace panel shows for one cell, in one call. */
export interface CellTrace {
  cell: TraceCell;
  /** Direct precedents (the formula's terms); empty for an entered cell. */
  precedents: TraceStep[];
  /** Direct dependents. */
  dependents: TraceStep[];
  allPrecedents: TraceClosure;
  allDependents: TraceClosure;
  /** The checks comparing this cell with others ("must agree with"). */
  checks: CheckLink[];
}

export function traceAll(workbook: Workbook, id: CellId, findings?: readonly Finding[]): CellTrace {
  return {
    cell: traceCell(workbook, id),
    precedents: precedents(workbook, id),
    dependents: dependents(workbook, id),
    allPrecedents: allPrecedents(workbook, id),
    allDependents: allDependents(workbook, id),
    checks: checksOf(workbook, id, findings),
  };
}
