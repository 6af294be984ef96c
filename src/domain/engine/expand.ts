/**
 * The formula plan (plan.ts) as the engine's map: one formula per derived cell, keyed by cell id, for the
 * dependency graph, the 追踪 and the tests.
 */
import type { FormulaSpec, Template } from "../templates/types";
import type { CellId } from "./cell-id";
import { compilePlan, FORMULA_KINDS, type FormulaPlan } from "./plan";
import type { RowsOf } from "./table-blocks";

export { parentCode, subjectChildren } from "./code-tree";
export { FormulaConflictError } from "./plan";
export type { RowsOf } from "./table-blocks";

/** One derived cell: its value is the sum of its terms. `spec` says which template formula made it. */
export interface CellFormula {
  terms: readonly CellId[];
  spec: FormulaSpec["kind"];
}

/** The plan's formulas by target cell id, in plan order. */
export function planFormulas(plan: FormulaPlan): Map<CellId, CellFormula> {
  const { cells, targets, starts, terms, kinds } = plan;
  const formulas = new Map<CellId, CellFormula>();
  for (let f = 0; f < plan.count; f++) {
    const end = starts[f + 1] as number;
    const ids: CellId[] = new Array(end - (starts[f] as number));
    for (let i = starts[f] as number, t = 0; i < end; i++, t++) ids[t] = cells.idOf(terms[i] as number);
    const spec = FORMULA_KINDS[kinds[f] as number] as FormulaSpec["kind"];
    formulas.set(cells.idOf(targets[f] as number), { terms: ids, spec });
  }
  return formulas;
}

/** Expands the template's formula specs over the document's rows into one formula per derived cell. */
export function expandFormulas(template: Template, rowsOf: RowsOf): Map<CellId, CellFormula> {
  return planFormulas(compilePlan(template, rowsOf));
}
