import type { TableTemplate } from "../../domain/templates/types";

/** Value columns beyond which a 科目 table no longer fits a portrait A4 page. */
const PORTRAIT_VALUE_COLUMNS = 5;

/**
 * Whether a table prints on a landscape page: side-by-side panes (01, 04, 06), or more amount columns
 * than a portrait page holds legibly (02, 03, 07, 09 in the 2023 layout).
 */
export function printsLandscape(table: TableTemplate): boolean {
  const layout = table.layout;
  if (layout.kind === "panes") {
    const values = layout.panes.reduce((n, p) => n + p.columns.length, 0);
    return layout.panes.length > 1 || values > PORTRAIT_VALUE_COLUMNS;
  }
  return layout.columns.length > PORTRAIT_VALUE_COLUMNS;
}
