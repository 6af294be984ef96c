import type { TableData } from "../document/model";
import { abs, compare, type Money, money } from "../money";
import type { TableId } from "../templates/types";
import { displayMoney } from "./display";
import type { Workbook } from "./workbook";

/**
 * The largest figure of the document as the grid shows it ("12,345,678.90"): every amount column is made
 * wide enough for it, so no figure is cut off. Stored and derived values alike; blank when there is none.
 */
export function widestFigure(workbook: Workbook): string {
  let largest: Money | null = null;
  const consider = (value: Money | null) => {
    if (value !== null && (largest === null || compare(abs(value), abs(largest)) > 0)) largest = value;
  };
  for (const data of Object.values(workbook.doc.tables) as (TableData | undefined)[])
    for (const cells of Object.values(data?.rows ?? {}))
      for (const value of Object.values(cells)) if (value !== null) consider(money(value));
  for (const [, value] of workbook.derivedEntries()) consider(value);
  return displayMoney(largest);
}

/** The row names a table shows (科目 names, fixed-row labels), for sizing its name column. */
export function shownRowNames(workbook: Workbook, table: TableId): string[] {
  return workbook.rows(table).map((row) => workbook.rowName(table, row));
}
