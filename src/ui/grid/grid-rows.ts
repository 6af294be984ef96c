import { printsLaneRow, printsTotalLast } from "../../domain/templates/structure";
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
  return printsLaneRow(table) ? { id: LANE_ROW_ID, kind: "lane", rows: [] } : null;
}

/** Rows pinned at the top: the 栏次 line and, in 科目 tables, the 合计 row where it is printed first. */
export function pinnedRows(table: TableTemplate): GridRow[] {
  const lane = laneRow(table);
  const pinned = lane ? [lane] : [];
  if (table.layout.kind === "subject" && !printsTotalLast(table)) {
    const total = table.layout.totalRow.key;
    pinned.push({ id: total, kind: "total", rows: [total] });
  }
  return pinned;
}

/**
 * The scrolling body: 科目 rows in code order (with the 合计 row after them where it is printed last), or
 * the panes zipped line by line with footers last.
 */
export function bodyRows(table: TableTemplate, workbook: Workbook): GridRow[] {
  const layout = table.layout;
  if (layout.kind === "subject") {
    const total = layout.totalRow.key;
    const rows: GridRow[] = workbook
      .rows(table.id)
      .filter((row) => row !== total)
      .map((row) => ({ id: row, kind: "data", rows: [row] }));
    return printsTotalLast(table) ? [...rows, { id: total, kind: "total", rows: [total] }] : rows;
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

/**
 * The new body with every untouched line kept as the same object, so that AG Grid (which knows lines by
 * id) adds and removes only the lines of rows that came or went instead of redrawing all of them.
 */
export function keepUntouched(
  before: readonly GridRow[],
  after: readonly GridRow[],
  touched: ReadonlySet<RowKey>,
): GridRow[] {
  const old = new Map(before.map((line) => [line.id, line]));
  return after.map((line) => {
    const kept = old.get(line.id);
    const same = kept && sameLine(kept, line) && !line.rows.some((row) => row !== null && touched.has(row));
    return same ? kept : line;
  });
}

function sameLine(a: GridRow, b: GridRow): boolean {
  return (
    a.kind === b.kind &&
    a.rows.length === b.rows.length &&
    a.rows.every((row, i) => row === b.rows[i]) &&
    (a.fixed ?? []).every((row, i) => row === b.fixed?.[i])
  );
}
