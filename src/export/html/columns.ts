import { CODE_PARTS } from "../../domain/templates/code-display";
import { tableOf } from "../../domain/templates/structure";
import type { ColKey, ColumnDef, Pane, SubjectLayout, TableId } from "../../domain/templates/types";
import { documentCodeDisplay } from "../../domain/workbook/document-info";
import type { Workbook } from "../../domain/workbook/workbook";

export type ColumnRole = "code" | "name" | "label" | "line" | "value";

/** One printed column: what it shows, where its header sits, and its share of the table width. */
export interface PrintColumn {
  role: ColumnRole;
  /** The pane the column belongs to (0 for 科目 tables). */
  pane: number;
  /** Header labels, outermost group first, ending with the column's own printed label. */
  path: string[];
  /** The value column's canonical key. */
  col?: ColKey;
  /** 栏次 */
  lane?: string;
  /** Split 科目编码: which part of the code the column shows (0 类, 1 款, 2 项). */
  part?: number;
  /** Relative width. */
  weight: number;
}

const WEIGHT: Record<ColumnRole, number> = { code: 1.25, name: 2.9, label: 3.1, line: 0.6, value: 1.15 };

function printedLabel(workbook: Workbook, table: TableId, column: ColumnDef): string {
  return workbook.doc.tables[table]?.columnLabels?.[column.key] ?? column.label;
}

function valueColumns(workbook: Workbook, table: TableId, pane: number, columns: readonly ColumnDef[]) {
  return columns.map(
    (column): PrintColumn => ({
      role: "value",
      pane,
      path: [...(column.groups ?? []), printedLabel(workbook, table, column)],
      col: column.key,
      ...(column.lane !== undefined ? { lane: column.lane } : {}),
      weight: WEIGHT.value,
    }),
  );
}

function paneColumns(workbook: Workbook, table: TableId, pane: Pane, index: number): PrintColumn[] {
  const outer = pane.caption !== undefined ? [pane.caption] : [];
  const own: PrintColumn[] = [];
  const add = (role: ColumnRole, header: string | undefined, weight = WEIGHT[role]) => {
    if (header !== undefined) own.push({ role, pane: index, path: [...outer, header], weight });
  };
  add("code", pane.codeHeader, 1);
  add("name", pane.nameHeader, 2.4);
  add("label", pane.itemHeader);
  add("line", pane.lineHeader);
  const values = valueColumns(workbook, table, index, pane.columns);
  return [...own, ...values.map((c) => ({ ...c, path: [...outer, ...c.path] }))];
}

/** The printed columns of a table, left to right, as the editor lays them out. */
export function printColumns(workbook: Workbook, table: TableId): PrintColumn[] {
  const layout = tableOf(workbook.template, table).layout;
  if (layout.kind === "panes")
    return layout.panes.flatMap((pane, i) => paneColumns(workbook, table, pane, i));
  return [
    ...codeColumns(layout, documentCodeDisplay(workbook.doc) === "split"),
    { role: "name", pane: 0, path: [layout.itemHeader, layout.nameHeader], weight: WEIGHT.name },
    ...valueColumns(workbook, table, 0, layout.columns),
  ];
}

/** One 科目编码 column, or 类/款/项 under the 科目编码 header as some documents print them. */
function codeColumns(layout: SubjectLayout, split: boolean): PrintColumn[] {
  const path = [layout.itemHeader, layout.codeHeader];
  if (!split) return [{ role: "code", pane: 0, path, weight: WEIGHT.code }];
  return CODE_PARTS.map((label, part) => ({
    role: "code",
    pane: 0,
    path: [...path, label],
    part,
    weight: WEIGHT.code / 2,
  }));
}

/** Column widths in percent of the table width (one decimal), in column order. */
export function columnWidths(columns: readonly PrintColumn[]): string[] {
  const total = columns.reduce((sum, c) => sum + c.weight, 0);
  return columns.map((c) => `${((c.weight / total) * 100).toFixed(1)}%`);
}
