/**
 * A workbook as plain data, independent of any xlsx library: what the recogniser reads (cells with their
 * text, number and formula; merged ranges) and what the export lays out. Rows and columns count from 1.
 */

export interface SheetCell {
  /** The text as shown (a number's plain digits, a formula's cached result). */
  text: string;
  /** A numeric cell's value as an exact decimal string. */
  number?: string;
  /** A numeric cell's number format ("#,##0.00"), when it has one. */
  format?: string;
  /** A formula cell's formula (without "="). */
  formula?: string;
  /** A note (comment) attached to the cell. */
  note?: string;
  /** The cell's alignment indent (Excel's 增加缩进), where set: a 科目目录 may show its levels so. */
  indent?: number;
}

export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetModel {
  name: string;
  /** Cells by `key(row, col)`. */
  cells: ReadonlyMap<string, SheetCell>;
  merges: readonly CellRange[];
  rowCount: number;
  colCount: number;
}

export const key = (row: number, col: number): string => `${row}:${col}`;

/** Column letters: 1 → A, 27 → AA. */
export function columnName(col: number): string {
  let name = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

export function address(row: number, col: number): string {
  return `${columnName(col)}${row}`;
}

/** "Sheet3!B17" (quoted when the sheet name needs it, as Excel writes references). */
export function sheetAddress(sheet: string, row: number, col: number): string {
  return `${quoteSheet(sheet)}!${address(row, col)}`;
}

export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** A sheet model from rows of texts (tests): numbers given as numeric strings become numeric cells. */
export function sheetFromRows(
  name: string,
  rows: readonly (readonly (string | number | null)[])[],
  merges: readonly CellRange[] = [],
): SheetModel {
  const cells = new Map<string, SheetCell>();
  rows.forEach((values, r) => {
    values.forEach((value, c) => {
      if (value === null || value === "") return;
      const text = String(value);
      cells.set(key(r + 1, c + 1), typeof value === "number" ? { text, number: text } : { text });
    });
  });
  return {
    name,
    cells,
    merges,
    rowCount: rows.length,
    colCount: Math.max(0, ...rows.map((r) => r.length)),
  };
}

/** The cells of a sheet with every merged range's master cell copied into the range (headers read so). */
export function withMergesFilled(sheet: SheetModel): SheetModel {
  if (sheet.merges.length === 0) return sheet;
  const cells = new Map(sheet.cells);
  for (const m of sheet.merges) {
    const master = sheet.cells.get(key(m.top, m.left));
    if (!master) continue;
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) cells.set(key(r, c), master);
  }
  return { ...sheet, cells };
}
