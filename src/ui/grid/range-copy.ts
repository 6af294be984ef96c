import { plainAmount } from "../../domain/clipboard/tsv";
import type { Workbook } from "../../domain/workbook/workbook";
import { cellText } from "./cell-text";
import type { ColumnInfo } from "./column-info";
import type { GridRow } from "./grid-rows";

/**
 * A grid cell as it goes to the clipboard: codes, names and labels as shown, amounts as plain numbers
 * (no thousands separators) so that Excel and WPS read them as numbers.
 */
export function copiedText(
  workbook: Workbook,
  row: GridRow | undefined,
  info: ColumnInfo | undefined,
): string {
  if (!row || !info) return "";
  const text = cellText(workbook, row, info);
  return info.role === "value" && row.kind !== "lane" ? plainAmount(text) : text;
}
