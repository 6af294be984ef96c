/**
 * Where each 名词解释 term is printed in the open document: the table titles, column headers and row names
 * the domain's glossary matching assigns to it (the same matching the tooltips use), for the glossary page.
 */
import { cellId } from "../../domain/engine/cell-id";
import { columnLabel, rowColumns, tableColumns, tableOf, tableOrder } from "../../domain/templates/structure";
import type { TableId } from "../../domain/templates/types";
import { glossaryForColumn, glossaryForRow, glossaryForTable } from "../../domain/training/glossary-match";
import type { Workbook } from "../../domain/workbook/workbook";

export interface TermUse {
  table: TableId;
  kind: "表" | "列" | "行";
  label: string;
  /** A cell to open for it (the row's or column's first amount), or null for a table title. */
  cell: string | null;
}

/** Term ordinal → the places it is printed, in table order (titles, then columns, then rows). */
export function glossaryUses(workbook: Workbook): Map<string, TermUse[]> {
  const uses = new Map<string, TermUse[]>();
  const add = (ordinal: string, use: TermUse) => {
    const list = uses.get(ordinal);
    if (list) list.push(use);
    else uses.set(ordinal, [use]);
  };
  for (const table of tableOrder(workbook.template)) {
    const template = tableOf(workbook.template, table);
    const titled = glossaryForTable(template);
    if (titled) add(titled.entry.ordinal, { table, kind: "表", label: template.title, cell: null });
    const rows = workbook.rows(table);
    for (const col of tableColumns(template)) {
      const match = glossaryForColumn(template, col);
      const first = rows.find((row) => rowColumns(template, row).includes(col));
      if (match)
        add(match.entry.ordinal, {
          table,
          kind: "列",
          label: columnLabel(template, col),
          cell: first ? cellId(table, first, col) : null,
        });
    }
    for (const row of rows) {
      const match = glossaryForRow(workbook, table, row);
      const col = rowColumns(template, row)[0];
      if (match)
        add(match.entry.ordinal, {
          table,
          kind: "行",
          label: workbook.rowName(table, row) || row,
          cell: col ? cellId(table, row, col) : null,
        });
    }
  }
  return uses;
}
