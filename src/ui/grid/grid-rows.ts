import type { FixedRow, RowKey, TableTemplate } from "../../domain/templates/types";
import type { Workbook } from "../../domain/workbook/workbook";

/** One displayed line of a table: the row key each pane shows on it (null: nothing there). */
export interface GridRow {
  id: string;
  kind: "lane" | "total" | "data" | "footer";
  rows: readonly (RowKey | null)[];
  /** Fixed tables: the template row each pane prints on this line (filler rows included, for 行次). */
  fixed?: readonly (FixedRow | undefined)[];
}

export const LANE_ROW_ID = "__lane";

export function laneRow(table: TableTemplate): GridRow | null {
  const hasLane = table.layout.kind === "subject" || table.layout.laneRow;
  return hasLane ? { id: LANE_ROW_ID, kind: "lane", rows: [] } : null;
}

/** Rows pinned at the top: the 栏次 line and, in 科目 tables, the 合计 row (as published). */
export function pinnedRows(table: TableTemplate): GridRow[] {
  const lane = laneRow(table);
  const pinned = lane ? [lane] : [];
  if (table.layout.kind === "subject") {
    const total = table.layout.totalRow.key;
    pinned.push({ id: total, kind: "total", rows: [total] });
  }
  return pinned;
}

/** The scrolling body: 科目 rows in code order, or the panes zipped line by line with footers last. */
export function bodyRows(table: TableTemplate, workbook: Workbook): GridRow[] {
  const layout = table.layout;
  if (layout.kind === "subject") {
    return workbook
      .rows(table.id)
      .filter((row) => row !== layout.totalRow.key)
      .map((row) => ({ id: row, kind: "data", rows: [row] }));
  }
  const height = Math.max(...layout.panes.map((p) => p.rows.length));
  const lines: GridRow[] = [];
  for (let i = 0; i < height; i++) {
    const fixed = layout.panes.map((p) => p.rows[i]);
    const total = fixed.some((row) => row?.total && row.code === undefined);
    lines.push({
      id: `line${i}`,
      kind: total ? "total" : "data",
      rows: fixed.map((row) => row?.key ?? null),
      fixed,
    });
  }
  if (layout.panes.some((p) => p.footer)) {
    const fixed = layout.panes.map((p) => p.footer);
    lines.push({ id: "footer", kind: "footer", rows: fixed.map((row) => row?.key ?? null), fixed });
  }
  return lines;
}
