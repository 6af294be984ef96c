/**
 * The graph in dense form for full passes: formulas numbered by their place in `order`, each term either
 * an earlier formula's number or an entered cell's number. A full pass then reads each entered cell once
 * and sums by array index, with no map look-up per term (the maps cost more than the additions did).
 */
import type { Money } from "../money";
import type { CellId } from "./cell-id";
import type { Graph } from "./graph";

export interface SumPlan {
  /** The entered (non-derived) cells the formulas read, each once. */
  readonly inputs: readonly CellId[];
  /** Each entered cell's index in `inputs`. */
  readonly inputIndex: ReadonlyMap<CellId, number>;
  /**
   * Formula i (the cell `order[i]`) sums refs[starts[i]] … refs[starts[i + 1] - 1], in term order: r ≥ 0 is
   * formula r (always < i: the order is topological), r < 0 is entered cell ~r.
   */
  readonly starts: Int32Array;
  readonly refs: Int32Array;
}

/** Built once per graph (a graph never changes; structural edits make a new one). */
const plans = new WeakMap<Graph, SumPlan>();

export function sumPlan(graph: Graph): SumPlan {
  let plan = plans.get(graph);
  if (plan === undefined) {
    plan = compile(graph);
    plans.set(graph, plan);
  }
  return plan;
}

function compile(graph: Graph): SumPlan {
  const { order, formulas } = graph;
  const index = graph.rank;
  const inputIndex = new Map<CellId, number>();
  const inputs: CellId[] = [];
  const starts = new Int32Array(order.length + 1);
  let count = 0;
  for (let i = 0; i < order.length; i++) count += formulas.get(order[i] as CellId)?.terms.length ?? 0;
  const refs = new Int32Array(count);
  let at = 0;
  for (let i = 0; i < order.length; i++) {
    for (const term of formulas.get(order[i] as CellId)?.terms ?? []) {
      const derived = index.get(term);
      if (derived !== undefined) refs[at++] = derived;
      else {
        let input = inputIndex.get(term);
        if (input === undefined) {
          input = inputs.push(term) - 1;
          inputIndex.set(term, input);
        }
        refs[at++] = ~input;
      }
    }
    starts[i + 1] = at;
  }
  return { inputs, inputIndex, starts, refs };
}

/** The values of a plan's entered cells, by index in `inputs` (null: blank). */
export type EnteredValues = (Money | null)[];

/** Reads every entered cell the graph's formulas read, once each. */
export function readEntered(graph: Graph, input: (id: CellId) => Money | null): EnteredValues {
  const { inputs } = sumPlan(graph);
  const entered: EnteredValues = new Array(inputs.length);
  for (let j = 0; j < inputs.length; j++) entered[j] = input(inputs[j] as CellId);
  return entered;
}
