/**
 * The graph in dense form for full passes: formulas numbered by their place in `order`, each term either
 * an earlier formula's number or a place in the list of entered values. A full pass then sums by array
 * index, with no map look-up per term (the maps cost more than the additions did); the entered values are
 * read when the graph is made and kept current by edits (workbook.ts).
 */
import type { Money } from "../money";
import type { CellId } from "./cell-id";
import type { CellFormula } from "./expand";
import type { Graph } from "./graph";

export interface SumPlan {
  /**
   * The entered (non-derived) cells the formulas read, once per term that reads one (a cell read by two
   * formulas is listed twice): numbering them needs no map while the plan is built, at open.
   */
  readonly inputs: readonly CellId[];
  /**
   * Formula i (the cell `order[i]`) sums refs[starts[i]] … refs[starts[i + 1] - 1], in term order: r ≥ 0 is
   * formula r (always < i: the order is topological), r < 0 is entered cell ~r.
   */
  readonly starts: Int32Array;
  readonly refs: Int32Array;
}

/** Built once per graph (a graph never changes; structural edits make a new one). */
const plans = new WeakMap<Graph, SumPlan>();
/** Where each entered cell is listed in a plan's `inputs`: built on the first edit. */
const places = new WeakMap<SumPlan, Map<CellId, number[]>>();

export function sumPlan(graph: Graph): SumPlan {
  let plan = plans.get(graph);
  if (plan === undefined) {
    plan = compile(graph);
    plans.set(graph, plan);
  }
  return plan;
}

/** The indices in `plan.inputs` where an entered cell is listed (none: no formula reads it). */
export function inputPlaces(plan: SumPlan, id: CellId): readonly number[] | undefined {
  let byId = places.get(plan);
  if (byId === undefined) {
    byId = new Map();
    plan.inputs.forEach((input, index) => {
      const list = (byId as Map<CellId, number[]>).get(input);
      if (list) list.push(index);
      else (byId as Map<CellId, number[]>).set(input, [index]);
    });
    places.set(plan, byId);
  }
  return byId.get(id);
}

function compile(graph: Graph): SumPlan {
  const { order, formulas, rank } = graph;
  let count = 0;
  for (const formula of formulas.values()) count += formula.terms.length;
  const starts = new Int32Array(order.length + 1);
  const refs = new Int32Array(count);
  const inputs: CellId[] = [];
  let at = 0;
  for (let i = 0; i < order.length; i++) {
    const terms = (formulas.get(order[i] as CellId) as CellFormula).terms;
    for (let t = 0; t < terms.length; t++) {
      const term = terms[t] as CellId;
      const derived = rank.get(term);
      refs[at++] = derived !== undefined ? derived : ~(inputs.push(term) - 1);
    }
    starts[i + 1] = at;
  }
  return { inputs, starts, refs };
}

/** The values of a plan's entered cells, by index in `inputs` (null: blank). */
export type EnteredValues = (Money | null)[];

/** Reads the entered cells the graph's formulas read (as `inputs` lists them). */
export function readEntered(graph: Graph, input: (id: CellId) => Money | null): EnteredValues {
  const { inputs } = sumPlan(graph);
  const entered: EnteredValues = new Array(inputs.length);
  for (let j = 0; j < inputs.length; j++) entered[j] = input(inputs[j] as CellId);
  return entered;
}
