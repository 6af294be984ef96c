import { add, type Money, sameAmount } from "../money";
import type { CellId } from "./cell-id";
import { DerivedValues } from "./derived-values";
import type { Graph } from "./graph";
import { MinHeap } from "./min-heap";
import { type EnteredValues, readEntered, sumPlan } from "./sum-plan";

/** Values of entered cells (blank when absent). */
export type InputReader = (id: CellId) => Money | null;

export { DerivedValues };

/** Σ terms, blank when every term is blank. A plain loop: this runs once per derived cell per pass. */
function evaluate(graph: Graph, id: CellId, values: DerivedValues, input: InputReader): Money | null {
  const formula = graph.formulas.get(id);
  if (!formula) return input(id);
  let total: Money | null = null;
  for (const term of formula.terms) {
    // Derived terms come first in topological order, so a term without a value is an entered cell.
    let value = values.get(term);
    if (value === undefined) value = graph.formulas.has(term) ? null : input(term);
    if (value !== null) total = total === null ? value : add(total, value);
  }
  return total;
}

/**
 * Computes every derived cell in topological order, as `evaluate` would, over the graph's dense plan:
 * the entered values are read from `input` (or given, already read, as `readEntered` makes them), terms
 * are found by index.
 */
export function computeAll(graph: Graph, input: InputReader | EnteredValues): DerivedValues {
  const { starts, refs } = sumPlan(graph);
  const entered = typeof input === "function" ? readEntered(graph, input) : input;
  const count = graph.order.length;
  const derived: (Money | null)[] = new Array(count);
  for (let i = 0; i < count; i++) {
    let total: Money | null = null;
    const end = starts[i + 1] as number;
    for (let p = starts[i] as number; p < end; p++) {
      const ref = refs[p] as number;
      const value = ref >= 0 ? derived[ref] : entered[~ref];
      if (value !== null && value !== undefined) total = total === null ? value : add(total, value);
    }
    derived[i] = total;
  }
  return new DerivedValues(graph, derived);
}

/**
 * Recomputes what the changed cells reach, in topological order, and stops wherever a value comes out
 * unchanged. Updates `values` in place; returns the derived cells whose value changed.
 */
export function recomputeFrom(
  graph: Graph,
  values: DerivedValues,
  input: InputReader,
  changed: Iterable<CellId>,
): CellId[] {
  const queue = new MinHeap<CellId>();
  const queued = new Set<CellId>();
  const enqueueDependents = (id: CellId) => {
    for (const dependent of graph.dependents.get(id) ?? []) {
      if (queued.has(dependent)) continue;
      queued.add(dependent);
      queue.push(graph.rank.get(dependent) ?? 0, dependent);
    }
  };
  for (const id of changed) {
    if (graph.formulas.has(id)) {
      queued.add(id);
      queue.push(graph.rank.get(id) ?? 0, id);
    } else enqueueDependents(id);
  }
  const updated: CellId[] = [];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    const next = evaluate(graph, id, values, input);
    if (values.has(id) && sameAmount(values.get(id) ?? null, next)) continue;
    values.set(id, next);
    updated.push(id);
    enqueueDependents(id);
  }
  return updated;
}
