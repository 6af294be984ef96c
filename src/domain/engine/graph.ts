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
  /** Derived cells in an order where every cell comes after the derived cells it reads. */
  order: readonly CellId[];
  /** The derived cells reading each cell (built on first use: a one-shot full computation never needs it). */
  readonly dependents: ReadonlyMap<CellId, readonly CellId[]>;
  /** Each derived cell's index in `order`. */
  readonly rank: ReadonlyMap<CellId, number>;
}

export function buildGraph(formulas: ReadonlyMap<CellId, CellFormula>): Graph {
  const { order, rank } = topologicalOrder(formulas);
  return new FormulaGraph(formulas, order, rank);
}

class FormulaGraph implements Graph {
  private dependentsCache: Map<CellId, CellId[]> | null = null;

  constructor(
    readonly formulas: ReadonlyMap<CellId, CellFormula>,
    readonly order: readonly CellId[],
    readonly rank: ReadonlyMap<CellId, number>,
  ) {}

  get dependents(): ReadonlyMap<CellId, readonly CellId[]> {
    if (this.dependentsCache) return this.dependentsCache;
    const dependents = new Map<CellId, CellId[]>();
    for (const [target, { terms }] of this.formulas) {
      for (const term of terms) {
        const list = dependents.get(term);
        if (list) list.push(target);
        else dependents.set(term, [target]);
      }
    }
    this.dependentsCache = dependents;
    return dependents;
  }
}

/** A cell being visited; a visited cell's state is its index in the order (its rank). */
const VISITING = -1;

/**
 * Depth-first over the derived terms of each formula: a cell is placed after everything it reads. A term
 * met again while still being visited closes a cycle, which is reported as the path around it. The
 * visit states end up as every cell's rank, so the rank map costs nothing more.
 */
function topologicalOrder(formulas: ReadonlyMap<CellId, CellFormula>): {
  order: CellId[];
  rank: Map<CellId, number>;
} {
  const state = new Map<CellId, number>();
  const order: CellId[] = [];
  const path: CellId[] = [];
  const next: number[] = [];
  for (const root of formulas.keys()) {
    if (state.has(root)) continue;
    state.set(root, VISITING);
    path.push(root);
    next.push(0);
    while (path.length > 0) {
      const top = path.length - 1;
      const cell = path[top] as CellId;
      const terms = (formulas.get(cell) as CellFormula).terms;
      let i = next[top] as number;
      let descended = false;
      while (i < terms.length) {
        const term = terms[i++] as CellId;
        if (!formulas.has(term)) continue;
        const seen = state.get(term);
        if (seen !== undefined && seen >= 0) continue;
        if (seen === VISITING) throw new CycleError([...path.slice(path.indexOf(term)), term]);
        next[top] = i;
        state.set(term, VISITING);
        path.push(term);
        next.push(0);
        descended = true;
        break;
      }
      if (descended) continue;
      state.set(cell, order.length);
      order.push(cell);
      path.pop();
      next.pop();
    }
  }
  return { order, rank: state };
}
