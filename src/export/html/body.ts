import { type CellId, cellId } from "../../domain/engine/cell-id";
import { splitCode } from "../../domain/templates/code-display";
import { printsTotalLast, subjectLevel, tableOf } from "../../domain/templates/structure";
import type { FixedRow, PanesLayout, SubjectLayout, TableId } from "../../domain/templates/types";
import { displayCell } from "../../domain/workbook/display";
import type { Workbook } from "../../domain/workbook/workbook";
import type { ColumnRole, PrintColumn } from "./columns";

export interface PrintCell {
  text: string;
  role: ColumnRole;
  colspan: number;
  /** The amount cell shown (value columns of existing rows). */
  cell?: CellId;
  indent?: number;
}

export interface PrintRow {
  kind: "lane" | "total" | "data" | "footer";
  cells: PrintCell[];
  /** 科目 level (1 类, 2 款, 3 项) of a 科目 row. */
  level?: number;
}

const cellOf = (role: ColumnRole, text: string, colspan = 1): PrintCell => ({ text, role, colspan });

/** How many columns from `start` hold one item: its code column(s) and the name after them. */
function itemSpan(columns: readonly PrintColumn[], start: number): number {
  const pane = columns[start]?.pane;
  let end = start;
  while (columns[end]?.role === "code" && columns[end]?.pane === pane) end++;
  return end > start && columns[end]?.role === "name" && columns[end]?.pane === pane ? end - start + 1 : 1;
}

/** The 栏次 line: "栏次" over the item columns, each amount column's 栏次 number. */
export function laneRow(columns: readonly PrintColumn[], subject: boolean): PrintRow {
  const cells: PrintCell[] = [];
  for (let i = 0; i < columns.length; i++) {
    const column = columns[i] as PrintColumn;
    const span = column.role === "code" ? itemSpan(columns, i) : 1;
    if (span > 1) {
      cells.push(cellOf("code", subject ? "栏次" : "栏 次", span));
      i += span - 1;
    } else if (column.role === "value") cells.push(cellOf("value", column.lane ?? ""));
    else cells.push(cellOf(column.role, column.role === "label" || column.role === "code" ? "栏 次" : ""));
  }
  return { kind: "lane", cells };
}

function amountCell(
  workbook: Workbook,
  table: TableId,
  row: string | null,
  col: string | undefined,
): PrintCell {
  if (row === null || col === undefined) return cellOf("value", "");
  const id = cellId(table, row, col);
  return { text: displayCell(workbook, id), role: "value", colspan: 1, cell: id };
}

/** 科目 tables: the 合计 row first (or last, as the layout prints it), and every 科目 row in code order. */
export function subjectRows(
  workbook: Workbook,
  table: TableId,
  layout: SubjectLayout,
  columns: readonly PrintColumn[],
): PrintRow[] {
  const values = columns.filter((c) => c.role === "value");
  const parts = columns.filter((c) => c.role === "code").map((c) => c.part);
  const codeCells = (row: string) =>
    parts.map((part) => cellOf("code", part === undefined ? row : (splitCode(row)[part] ?? "")));
  const total = layout.totalRow.key;
  const rows = workbook.rows(table);
  const ordered = printsTotalLast(tableOf(workbook.template, table))
    ? [...rows.filter((row) => row !== total), ...rows.filter((row) => row === total)]
    : rows;
  return ordered.map((row): PrintRow => {
    const amounts = values.map((c) => amountCell(workbook, table, row, c.col));
    if (row === layout.totalRow.key) {
      const label = cellOf("code", workbook.rowName(table, row), parts.length + 1);
      return { kind: "total", cells: [label, ...amounts] };
    }
    return {
      kind: "data",
      level: subjectLevel(row),
      cells: [...codeCells(row), cellOf("name", workbook.rowName(table, row)), ...amounts],
    };
  });
}

function paneCells(
  workbook: Workbook,
  table: TableId,
  columns: readonly PrintColumn[],
  fixed: FixedRow | undefined,
): PrintCell[] {
  const key = fixed?.key ?? null;
  const name = key === null ? (fixed?.label ?? "") : workbook.rowName(table, key);
  const cells: PrintCell[] = [];
  for (let i = 0; i < columns.length; i++) {
    const column = columns[i] as PrintColumn;
    switch (column.role) {
      case "code":
        if (fixed && fixed.code === undefined && columns[i + 1]?.role === "name") {
          cells.push(cellOf("code", name, 2));
          i++;
        } else cells.push(cellOf("code", fixed?.code ?? ""));
        break;
      case "name":
        cells.push(cellOf("name", name));
        break;
      case "label":
        cells.push({ ...cellOf("label", name), ...(fixed?.indent ? { indent: fixed.indent } : {}) });
        break;
      case "line":
        cells.push(cellOf("line", fixed?.line === undefined ? "" : String(fixed.line)));
        break;
      case "value":
        cells.push(amountCell(workbook, table, key, column.col));
        break;
    }
  }
  return cells;
}

/** Fixed tables: the panes side by side, line by line, with the footer line (06) last. */
export function paneRows(
  workbook: Workbook,
  table: TableId,
  layout: PanesLayout,
  columns: readonly PrintColumn[],
): PrintRow[] {
  const byPane = layout.panes.map((_, i) => columns.filter((c) => c.pane === i));
  const line = (kind: PrintRow["kind"], fixed: (FixedRow | undefined)[]): PrintRow => ({
    kind,
    cells: fixed.flatMap((row, pane) => paneCells(workbook, table, byPane[pane] ?? [], row)),
  });
  const rows: PrintRow[] = [];
  const height = Math.max(...layout.panes.map((p) => p.rows.length));
  for (let i = 0; i < height; i++) {
    const fixed = layout.panes.map((p) => p.rows[i]);
    rows.push(line(fixed.some((r) => r?.total && r.code === undefined) ? "total" : "data", fixed));
  }
  if (layout.panes.some((p) => p.footer))
    rows.push(
      line(
        "footer",
        layout.panes.map((p) => p.footer),
      ),
    );
  return rows;
}
