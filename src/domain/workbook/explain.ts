import { type CellId, parseCellId } from "../engine/cell-id";
import { columnLabel, isSubjectCode, tableOf } from "../templates/structure";
import { tableName } from "../templates/table-names";
import { displayCell, displayMoney } from "./display";
import type { Workbook } from "./workbook";

function rowLabel(workbook: Workbook, table: Parameters<Workbook["rowName"]>[0], row: string): string {
  const name = workbook.rowName(table, row);
  return isSubjectCode(row) ? `${row} ${name}`.trim() : name || row;
}

/** A cell's address in words: "03表 · 201 一般公共服务支出 · 本年支出合计". */
export function cellAddress(workbook: Workbook, id: CellId): string {
  const { table, row, col } = parseCellId(id);
  return `${tableName(workbook.template, table)} · ${rowLabel(workbook, table, row)} · ${columnLabel(tableOf(workbook.template, table), col)}`;
}

export interface FormulaTerm {
  id: CellId;
  /** Short label relative to the target: the row when in the same column, the full address otherwise. */
  label: string;
  value: string;
}

/** The terms of a derived cell's formula with the values it computes from, or null if the cell is entered. */
export function formulaTerms(workbook: Workbook, id: CellId): FormulaTerm[] | null {
  const formula = workbook.graph.formulas.get(id);
  if (!formula) return null;
  const target = parseCellId(id);
  return formula.terms.map((term) => {
    const cell = parseCellId(term);
    const label =
      cell.table !== target.table
        ? cellAddress(workbook, term)
        : cell.row === target.row
          ? columnLabel(tableOf(workbook.template, cell.table), cell.col)
          : rowLabel(workbook, cell.table, cell.row);
    // The formula runs on derived values (never on stated ones), so derived terms show theirs.
    const value = workbook.isDerived(term)
      ? displayMoney(workbook.derivedValue(term))
      : displayCell(workbook, term);
    return { id: term, label, value: value || "空白" };
  });
}

/** The formula in words with current values: "= 20103 政府办公厅（室）及相关机构事务 84.58 + …". */
export function formulaInWords(workbook: Workbook, id: CellId): string | null {
  const terms = formulaTerms(workbook, id);
  if (!terms) return null;
  if (terms.length === 0) return "= 空白（没有下级行）";
  return `= ${terms.map((t) => `${t.label} ${t.value}`).join(" + ")}`;
}
