/**
 * A reference expansion of a template's formulas, by cell id, written plainly (it was the engine's own
 * before the formula plan): a test oracle for `compilePlan` (engine/plan.ts), which numbers cells by slot
 * and walks the 科目 tree without lookups.
 */
import { cellId, refId } from "../engine/cell-id";
import type { RowsOf } from "../engine/table-blocks";
import { fixedRows, isSubjectCode, sortRowKeys, tableOf } from "../templates/structure";
import type { FormulaSpec, RowKey, Template } from "../templates/types";

/** Children of each code under its nearest present ancestor (looked up), or under `totalRow`. */
function children(rows: readonly RowKey[], totalRow?: RowKey): Map<RowKey, RowKey[]> {
  const codes = rows.filter((r) => isSubjectCode(r, "function"));
  const present = new Set(codes);
  const out = new Map<RowKey, RowKey[]>();
  for (const code of codes) {
    let parent: RowKey | undefined;
    for (let length = code.length - 2; length >= 3 && parent === undefined; length -= 2)
      if (present.has(code.slice(0, length))) parent = code.slice(0, length);
    parent ??= totalRow;
    if (parent === undefined) continue;
    const list = out.get(parent);
    if (list) list.push(code);
    else out.set(parent, [code]);
  }
  return out;
}

function expandSpec(
  spec: FormulaSpec,
  template: Template,
  rowsOf: RowsOf,
  emit: (id: string, terms: string[]) => void,
) {
  switch (spec.kind) {
    case "sum":
      emit(refId(spec.target), spec.terms.map(refId));
      return;
    case "rowSum": {
      const table = tableOf(template, spec.table);
      const rows =
        spec.rows ??
        rowsOf(spec.table).filter(
          (r) => table.layout.kind === "subject" || fixedRows(table).get(r)?.columns.includes(spec.target),
        );
      for (const row of rows)
        emit(
          cellId(spec.table, row, spec.target),
          spec.terms.map((col) => cellId(spec.table, row, col)),
        );
      return;
    }
    case "hierarchy": {
      const tree = children(sortRowKeys(tableOf(template, spec.table), rowsOf(spec.table)), spec.totalRow);
      if (spec.totalRow !== undefined && !tree.has(spec.totalRow)) tree.set(spec.totalRow, []);
      for (const [parent, kids] of tree)
        for (const col of spec.columns)
          emit(
            cellId(spec.table, parent, col),
            kids.map((kid) => cellId(spec.table, kid, col)),
          );
      return;
    }
    case "columnSum":
      for (const col of spec.columns)
        emit(
          cellId(spec.table, spec.target, col),
          spec.rows.map((row) => cellId(spec.table, row, col)),
        );
      return;
    case "mirror":
      for (const row of spec.rows)
        emit(cellId(spec.target.table, row, spec.target.col), [
          cellId(spec.source.table, row, spec.source.col),
        ]);
      return;
  }
}

/** Target id → term ids, in template order; throws on a cell with two formulas. */
export function referenceFormulas(template: Template, rowsOf: RowsOf): Map<string, string[]> {
  const formulas = new Map<string, string[]>();
  for (const spec of template.formulas)
    expandSpec(spec, template, rowsOf, (id, terms) => {
      if (formulas.has(id)) throw new Error(`two formulas for ${id}`);
      formulas.set(id, terms);
    });
  return formulas;
}
