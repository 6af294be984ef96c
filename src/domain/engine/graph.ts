import type { CellId } from "./cell-id";
import type { CellFormula } from "./expand";

export class CycleError extends Error {
  constructor(readonly cycle: readonly CellId[]) {
    super(`公式存在循环引用：${cycle.join(" → ")}`);
  }
}

/** Formulas with their reverse edges and a topological rank for every derived cell. */
export interface Graph {
  formulas: ReadonlyMap<CellId, CellFormula>;
  dependents: ReadonlyMap<CellId, readonly CellId[]>;
  /** Derived cells in an order where every cell comes after the derived cells it reads. */
  order: readonly CellId[];
  rank: ReadonlyMap<CellId, number>;
}

export function buildGraph(formulas: ReadonlyMap<CellId, CellFormula>): Graph {
  const dependents = new Map<CellId, CellId[]>();
  const pending = new Map<CellId, number>();
  for (const [target, { terms }] of formulas) {
    let derivedTerms = 0;
    for (const term of terms) {
      const list = dependents.get(term);
      if (list) list.push(target);
      else dependents.set(term, [target]);
      if (formulas.has(term)) derivedTerms++;
    }
    pending.set(target, derivedTerms);
  }
  const order: CellId[] = [];
  for (const [target, count] of pending) if (count === 0) order.push(target);
  for (let i = 0; i < order.length; i++) {
    for (const next of dependents.get(order[i] as CellId) ?? []) {
      const left = (pending.get(next) ?? 0) - 1;
      pending.set(next, left);
      if (left === 0) order.push(next);
    }
  }
  if (order.length < formulas.size) throw new CycleError(findCycle(formulas, new Set(order)));
  const rank = new Map<CellId, number>();
  order.forEach((id, index) => {
    rank.set(id, index);
  });
  return { formulas, dependents, order, rank };
}

/** Walks formulas among the cells Kahn's algorithm could not order until a cell repeats. */
function findCycle(formulas: ReadonlyMap<CellId, CellFormula>, ordered: ReadonlySet<CellId>): CellId[] {
  const start = [...formulas.keys()].find((id) => !ordered.has(id)) as CellId;
  const path: CellId[] = [];
  const seen = new Map<CellId, number>();
  let current: CellId | undefined = start;
  while (current !== undefined && !seen.has(current)) {
    seen.set(current, path.length);
    path.push(current);
    current = formulas.get(current)?.terms.find((t) => formulas.has(t) && !ordered.has(t));
  }
  return current === undefined ? path : [...path.slice(seen.get(current)), current];
}
