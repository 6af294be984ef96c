/**
 * Writes cells as Excel and WPS read text/plain from the clipboard: tab-separated, CRLF line ends, a cell
 * quoted ("…", quotes doubled) only when it holds a tab, a line break or a leading quote. The inverse of
 * parseClipboardTable.
 */
export function toTsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(quoted).join("\t")).join("\r\n") + (rows.length > 0 ? "\r\n" : "");
}

function quoted(cell: string): string {
  return /[\t\r\n]/.test(cell) || cell.startsWith('"') ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/**
 * An amount as shown, written so that a spreadsheet reads it as a number: without thousands separators
 * ("1,284,722.30" → "1284722.30"). Text that is not a grouped amount is left as it is.
 */
export function plainAmount(shown: string): string {
  return /^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(shown) ? shown.replace(/,/g, "") : shown;
}
