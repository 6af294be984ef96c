/**
 * Where a catalog sheet keeps its codes and names: by a header row (科目编码 / 科目名称, or 类 / 款 / 项
 * columns), else by content (the column that holds codes, the text column after it, or "201 一般公共服务支出"
 * in one cell).
 */

export interface CatalogCell {
  text: string;
  /** Indentation set on the cell (an Excel alignment indent), in characters. */
  indent?: number;
}

export interface CatalogSheet {
  name: string;
  rows: readonly (readonly (CatalogCell | undefined)[])[];
}

export type CatalogColumns =
  | { shape: "code"; code: number; name: number; firstRow: number }
  | { shape: "split"; levels: [number, number, number]; name: number; firstRow: number }
  | { shape: "combined"; cell: number; firstRow: number };

const FULL_WIDTH_DIGIT = /[０-９]/g;
const SPACES = /[\s\u3000\u00a0]+/g;

/** Full-width digits as ASCII; the text otherwise as given. */
export function halfWidthDigits(text: string): string {
  return text.replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/** A cell's text without any whitespace (full-width spaces included), digits half-width. */
export const compact = (text: string): string => halfWidthDigits(text).replace(SPACES, "");

const HEADER_ROWS = 15;
const CODE_HEADER = /编码|代码|科目号/;
const NAME_HEADER = /名称/;
const CODE_TEXT = /^\d{2,9}$/;
const COMBINED = /^\s*(\d[\d\s]*?)\s+(\S.*)$/;

const textAt = (sheet: CatalogSheet, r: number, c: number) => sheet.rows[r]?.[c]?.text ?? "";

function byHeader(sheet: CatalogSheet): CatalogColumns | null {
  const limit = Math.min(sheet.rows.length, HEADER_ROWS);
  let name = -1;
  let code = -1;
  for (let r = 0; r < limit; r++) {
    const cells = (sheet.rows[r] ?? []).map((cell) => compact(cell?.text ?? ""));
    const level = (label: string) => cells.indexOf(label);
    name = name >= 0 ? name : cells.findIndex((t) => NAME_HEADER.test(t));
    const split: [number, number, number] = [level("类"), level("款"), level("项")];
    if (split.every((c) => c >= 0) && name >= 0)
      return { shape: "split", levels: split, name, firstRow: r + 1 };
    code = cells.findIndex((t) => CODE_HEADER.test(t) && !NAME_HEADER.test(t));
    // A merged 科目编码 over 类/款/项 sub-headers: the next row says which.
    const next = (sheet.rows[r + 1] ?? []).map((cell) => compact(cell?.text ?? ""));
    if (code >= 0 && name >= 0 && !next.includes("类")) return { shape: "code", code, name, firstRow: r + 1 };
  }
  return null;
}

function byContent(sheet: CatalogSheet): CatalogColumns | null {
  const width = Math.max(0, ...sheet.rows.map((row) => row.length));
  const codes = new Array<number>(width).fill(0);
  const combined = new Array<number>(width).fill(0);
  for (const row of sheet.rows) {
    row.forEach((cell, c) => {
      const text = halfWidthDigits(cell?.text ?? "");
      if (CODE_TEXT.test(compact(text))) codes[c] = (codes[c] ?? 0) + 1;
      else if (COMBINED.test(text)) combined[c] = (combined[c] ?? 0) + 1;
    });
  }
  const best = (counts: number[]) => counts.indexOf(Math.max(0, ...counts));
  const code = best(codes);
  const cell = best(combined);
  if ((codes[code] ?? 0) >= (combined[cell] ?? 0) && (codes[code] ?? 0) > 0) {
    const name = nameColumnAfter(sheet, code, width);
    return name >= 0 ? { shape: "code", code, name, firstRow: 0 } : null;
  }
  return (combined[cell] ?? 0) > 0 ? { shape: "combined", cell, firstRow: 0 } : null;
}

/** The first column right of the codes that holds text other than digits. */
function nameColumnAfter(sheet: CatalogSheet, code: number, width: number): number {
  for (let c = code + 1; c < width; c++) {
    if (sheet.rows.some((_, r) => /[^\d\s.,-]/.test(textAt(sheet, r, c)))) return c;
  }
  return -1;
}

/** The columns of a sheet, or null when it has no codes and names. */
export function findCatalogColumns(sheet: CatalogSheet): CatalogColumns | null {
  return byHeader(sheet) ?? byContent(sheet);
}

/** What one data row says: the code as written (digits only), the name, and how deeply it is indented. */
export interface CatalogRowText {
  /** Digits of the code cell(s), by level for split columns. */
  code: string | [string, string, string];
  /** The code cell as written (for messages). */
  written: string;
  name: string;
  indent: number;
}

/** Leading spaces count 1, a full-width space 2, a cell indent 2 per step (as wide as a CJK character). */
function indentOf(text: string, cell: CatalogCell | undefined): number {
  let width = 0;
  for (const ch of text) {
    if (ch === " " || ch === "\u00a0") width += 1;
    else if (ch === "\u3000") width += 2;
    else if (ch === "\t") width += 4;
    else break;
  }
  return width + 2 * (cell?.indent ?? 0);
}

export function readCatalogRow(sheet: CatalogSheet, columns: CatalogColumns, r: number): CatalogRowText {
  const row = sheet.rows[r] ?? [];
  if (columns.shape === "combined") {
    const raw = halfWidthDigits(row[columns.cell]?.text ?? "");
    const match = COMBINED.exec(raw);
    return {
      code: compact(match?.[1] ?? ""),
      written: (match?.[1] ?? raw).trim(),
      name: (match?.[2] ?? "").replace(SPACES, " ").trim(),
      indent: indentOf(raw, row[columns.cell]),
    };
  }
  const nameCell = row[columns.name];
  const rawName = nameCell?.text ?? "";
  const name = rawName.replace(SPACES, " ").trim();
  if (columns.shape === "split") {
    const parts = columns.levels.map((c) => compact(row[c]?.text ?? "")) as [string, string, string];
    return { code: parts, written: parts.filter(Boolean).join(" "), name, indent: 0 };
  }
  const codeCell = row[columns.code];
  const written = halfWidthDigits(codeCell?.text ?? "").trim();
  const indent = Math.max(indentOf(rawName, nameCell), indentOf(codeCell?.text ?? "", codeCell));
  return { code: compact(written).replace(/^\[|\]$/g, ""), written, name, indent };
}
