/** Indexes over a formula plan, made once per plan on first use (a plan never changes). */
import type { FormulaPlan } from "./plan";

/** Which derived cells (slots) read each cell: reader slots of `slot` are list[starts[slot]] … [starts[slot + 1] - 1]. */
export interface Dependents {
  starts: Int32Array;
  list: Int32Array;
}

const dependentsOf = new WeakMap<FormulaPlan, Dependents>();
const ranksOf = new WeakMap<FormulaPlan, Int32Array>();

/** The reverse of the plan's formulas. */
export function planDependents(plan: FormulaPlan): Dependents {
  let dependents = dependentsOf.get(plan);
  if (dependents) return dependents;
  // Formulas never name a cell made after them (later slots are blank cells of absent rows, stray cells).
  const size = plan.cells.size;
  const counts = new Int32Array(size + 1);
  const { targets, starts, terms, count } = plan;
  const termCount = starts[count] as number;
  for (let i = 0; i < termCount; i++) {
    const at = (terms[i] as number) + 1;
    counts[at] = (counts[at] as number) + 1;
  }
  for (let slot = 0; slot < size; slot++)
    counts[slot + 1] = (counts[slot + 1] as number) + (counts[slot] as number);
  const fill = counts.slice(0, size);
  const list = new Int32Array(termCount);
  for (let f = 0; f < count; f++) {
    const end = starts[f + 1] as number;
    for (let i = starts[f] as number; i < end; i++) {
      const term = terms[i] as number;
      list[fill[term] as number] = targets[f] as number;
      fill[term] = (fill[term] as number) + 1;
    }
  }
  dependents = { starts: counts, list };
  dependentsOf.set(plan, dependents);
  return dependents;
}

/**
 * Each formula's place in a topological order (what it reads comes first). `formulaOf`: per slot, 1 + the
 * formula deriving it (0: none).
 */
export function planRanks(plan: FormulaPlan, formulaOf: Int32Array): Int32Array {
  let ranks = ranksOf.get(plan);
  if (ranks) return ranks;
  const rank = new Int32Array(plan.count).fill(-1);
  let next = 0;
  const { starts, terms } = plan;
  const visit = (f: number): void => {
    // -2 while on the path: the formulas are acyclic (the graph refuses cycles), so it is never met again.
    rank[f] = -2;
    const end = starts[f + 1] as number;
    for (let i = starts[f] as number; i < end; i++) {
      const g = (formulaOf[terms[i] as number] as number) - 1;
      if (g >= 0 && rank[g] === -1) visit(g);
    }
    rank[f] = next++;
  };
  for (let f = 0; f < plan.count; f++) if (rank[f] === -1) visit(f);
  ranks = rank;
  ranksOf.set(plan, ranks);
  return ranks;
}
