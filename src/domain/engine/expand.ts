import { fixedRows, isSubjectCode, sortRowKeys } from "../templates/structure";
import type { FormulaSpec, RowKey, TableId, Template } from "../templates/types";
import { type CellId, cellId, refId } from "./cell-id";

/** Which rows each table has in the open document. */
export type RowsOf = (table: TableId) => readonly RowKey[];

/** One derived cell: its value is the sum of its terms. `spec` says which template formula made it. */
export interface CellFormula {
  terms: readonly CellId[];
  spec: FormulaSpec["kind"];
}

export class FormulaConflictError extends Error {}

/** The nearest existing ancestor of a code (7 → 5 → 3 digits), if any. */
export function parentCode(code: string, exists: (code: string) => boolean): string | undefined {
  for (let length = code.length - 2; length >= 3; length -= 2) {
    const candidate = code.slice(0, length);
    if (exists(candidate)) return candidate;
  }
  return undefined;
}

/** Children of each row in a 科目 tree; top-level codes hang under the total row when there is one. */
export function subjectChildren(rows: readonly RowKey[], totalRow?: RowKey): Map<RowKey, RowKey[]> {
  const codes = rows.filter((r) => isSubjectCode(r, "function"));
  const present = new Set(codes);
  const children = new Map<RowKey, RowKey[]>();
  for (const code of codes) {
    const parent = parentCode(code, (c) => present.has(c)) ?? totalRow;
    if (parent === undefined) continue;
    const list = children.get(parent);
    if (list) list.push(code);
    else children.set(parent, [code]);
  }
  return children;
}

function expandSpec(
  spec: FormulaSpec,
  template: Template,
  rowsOf: RowsOf,
  emit: (id: CellId, terms: CellId[]) => void,
) {
  switch (spec.kind) {
    case "sum":
      emit(refId(spec.target), spec.terms.map(refId));
      return;
    case "rowSum": {
      const table = template.tables[spec.table];
      const rows =
        spec.rows ??
        rowsOf(spec.table).filter(
          (r) => table.layout.kind === "subject" || fixedRows(table).get(r)?.columns.includes(spec.target),
        );
      for (const row of rows) {
        emit(
          cellId(spec.table, row, spec.target),
          spec.terms.map((col) => cellId(spec.table, row, col)),
        );
      }
      return;
    }
    case "hierarchy": {
      const children = subjectChildren(
        sortRowKeys(template.tables[spec.table], rowsOf(spec.table)),
        spec.totalRow,
      );
      if (spec.totalRow !== undefined && !children.has(spec.totalRow)) children.set(spec.totalRow, []);
      for (const [parent, kids] of children) {
        for (const col of spec.columns) {
          emit(
            cellId(spec.table, parent, col),
            kids.map((kid) => cellId(spec.table, kid, col)),
          );
        }
      }
      return;
    }
    case "columnSum":
      for (const col of spec.columns) {
        emit(
          cellId(spec.table, spec.target, col),
          spec.rows.map((row) => cellId(spec.table, row, col)),
        );
      }
      return;
    case "mirror":
      for (const row of spec.rows) {
        emit(cellId(spec.target.table, row, spec.target.col), [
          cellId(spec.source.table, row, spec.source.col),
        ]);
      }
      return;
  }
}

/** Expands the template's formula specs over the document's rows into one formula per derived cell. */
export function expandFormulas(template: Template, rowsOf: RowsOf): Map<CellId, CellFormula> {
  const formulas = new Map<CellId, CellFormula>();
  for (const spec of template.formulas) {
    expandSpec(spec, template, rowsOf, (id, terms) => {
      if (formulas.has(id)) throw new FormulaConflictError(`单元格 ${id} 有两个公式（${spec.kind}）`);
      formulas.set(id, { terms, spec: spec.kind });
    });
  }
  return formulas;
}
