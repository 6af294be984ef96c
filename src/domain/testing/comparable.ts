/** Test helper: a document as a workbook can carry it, for comparing imports. Only tests import it. */
import type { JuesuanDocument } from "../document/model";
import { cellId, parseCellId } from "../engine/cell-id";
import { toFileString } from "../money";
import { tableOf, tableOrder } from "../templates/structure";
import { Workbook } from "../workbook/workbook";

/**
 * Amounts as written; an entered blank is a blank cell either way
 * (given as blank or not given); a fixed row or 合计 row without figures is the same as none. Stated
 * values on derived cells, blank ones included, stay.
 */
export function comparable(doc: JuesuanDocument) {
  const workbook = new Workbook(structuredClone(doc));
  const tables: Record<string, unknown> = {};
  for (const id of tableOrder(workbook.template)) {
    const data = doc.tables[id];
    const rows: Record<string, Record<string, string | null>> = {};
    const layout = tableOf(workbook.template, id).layout;
    for (const [row, cells] of Object.entries(data?.rows ?? {})) {
      const kept: Record<string, string | null> = {};
      for (const [col, value] of Object.entries(cells)) {
        if (value === null && !workbook.isDerived(cellId(id, row, col))) continue;
        kept[col] = value;
      }
      const implied = layout.kind === "panes" || row === layout.totalRow.key;
      if (!implied || Object.keys(kept).length > 0) rows[row] = kept;
    }
    tables[id] = { rows, names: data?.names ?? {}, columnLabels: data?.columnLabels ?? {} };
  }
  return { meta: doc.meta, tables, notes: doc.notes ?? {} };
}

/**
 * What importing a workbook that prints every figure of `workbook` gives: the entered values, and every
 * printed total as a stated value (a blank total printed as "-" is a stated blank).
 */
export function printedAsStated(workbook: Workbook, dashes: boolean): JuesuanDocument {
  const doc = structuredClone(workbook.doc);
  for (const id of workbook.graph.formulas.keys()) {
    const shown = workbook.shown(id);
    if (shown === null && !dashes) continue;
    const { table, row, col } = parseCellId(id);
    const data = doc.tables[table] ?? { rows: {} };
    doc.tables[table] = data;
    data.rows[row] = { ...data.rows[row], [col]: shown === null ? null : toFileString(shown) };
  }
  return doc;
}
