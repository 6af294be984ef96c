/**
 * 科目编码 as spreadsheets print them: "2010301", "201 03 01", "[2010301]", or split over 类/款/项 columns
 * ("201" | "03" | "01", blank where a 类 or 款 row has no lower part).
 */

/** A code found at the start of a pasted row: the joined code and how many cells it took. */
export interface LeadingCode {
  code: string;
  cells: number;
  /** Written the way only a code is (spaced, bracketed or split): never an amount. */
  explicit: boolean;
}

const SPACES = /[\s\u00a0\u3000]+/g;
const BRACKETED = /^[[【［(（](.*)[\]】］)）]$/;
const JOINED = /^\d{3}(\d{2}){0,2}$/;
const SPACED = /^\d{3}( \d{2}){1,2}$/;
/** Digits alone, 3 to 9 of them (or spaced or bracketed): meant as a code, valid or not. */
const CODE_LIKE = /^\d{3,9}$/;

function bare(cell: string): { text: string; bracketed: boolean } {
  const trimmed = cell.replace(SPACES, " ").trim();
  const inner = BRACKETED.exec(trimmed)?.[1];
  return inner === undefined ? { text: trimmed, bracketed: false } : { text: inner.trim(), bracketed: true };
}

/** Reads a code written in one cell; null when the cell is not one. */
export function readCodeCell(cell: string): { code: string; explicit: boolean } | null {
  const { text, bracketed } = bare(cell);
  if (JOINED.test(text)) return { code: text, explicit: bracketed };
  if (SPACED.test(text)) return { code: text.replace(/ /g, ""), explicit: true };
  return null;
}

/** A cell that is written as a code but is none (e.g. "20103011", "[2013]"): refused, never an amount. */
export function looksLikeCode(cell: string): boolean {
  return CODE_LIKE.test(bare(cell).text.replace(/ /g, ""));
}

/** The code split over 类/款/项 columns at the start of a row, if the row is written that way. */
function readSplitCode(cells: readonly string[]): LeadingCode | null {
  const [first = "", second, third] = cells.map((c) => c.trim());
  if (!/^\d{3}$/.test(first) || second === undefined || !/^(\d{2})?$/.test(second)) return null;
  const hasItem = third !== undefined && /^\d{2}$/.test(third);
  if (second === "" && hasItem) return null;
  const width = third !== undefined && /^(\d{2})?$/.test(third) ? 3 : 2;
  return { code: first + second + (width === 3 ? (third ?? "") : ""), cells: width, explicit: true };
}

/**
 * The code a row starts with. `split` reads 类/款/项 columns (decided once for the whole block, since
 * "201 | 03" could also be two amounts).
 */
export function readLeadingCode(cells: readonly string[], split: boolean): LeadingCode | null {
  if (split) return readSplitCode(cells);
  const one = readCodeCell(cells[0] ?? "");
  return one && { code: one.code, cells: 1, explicit: one.explicit };
}

/**
 * Whether a block writes its codes over 类/款/项 columns: every row that starts with three digits goes
 * on with a two-digit 款 or a blank, and at least one row has a 款.
 */
export function isSplitBlock(block: readonly (readonly string[])[]): boolean {
  let withItem = false;
  for (const row of block) {
    if (!/^\d{3}$/.test(row[0]?.trim() ?? "")) continue;
    const split = readSplitCode(row);
    if (!split) return false;
    if (split.code.length > 3) withItem = true;
  }
  return withItem;
}
