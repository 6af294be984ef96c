import { parseUserAmount } from "../money";
import type { SheetCell } from "./sheet-model";
import { amountFromSpreadsheet } from "./spreadsheet-number";

export type ReadAmount =
  | { kind: "blank" }
  /** "-", "—": printed as given but blank. */
  | { kind: "dash" }
  | { kind: "amount"; value: string }
  | { kind: "text"; message: string };

const DASH = /^[-－—–‐]+$/;
/** What `amountFromSpreadsheet` writes: at least two decimals. */
const CANONICAL = /^-?\d+\.\d{2,}$/;
/** A number format without decimals: the figure is printed as a whole number ("4", as the seed's 09). */
const WHOLE_FORMAT = /^[#,0]+$/;

/** An amount cell: a number, text with thousands separators, blank, or a dash. */
export function readAmount(cell: SheetCell | undefined): ReadAmount {
  if (!cell) return { kind: "blank" };
  if (cell.number !== undefined) {
    // The adapter gives the canonical amount already; other sources (tests) may give plain digits.
    const value = CANONICAL.test(cell.number) ? cell.number : amountFromSpreadsheet(Number(cell.number));
    const whole = cell.format !== undefined && WHOLE_FORMAT.test(cell.format) && /\.0+$/.test(value);
    return { kind: "amount", value: whole ? value.replace(/\.0+$/, "") : value };
  }
  const text = cell.text.trim();
  if (text === "") return { kind: "blank" };
  if (DASH.test(text)) return { kind: "dash" };
  const parsed = parseUserAmount(text);
  if (!parsed.ok) return { kind: "text", message: parsed.message };
  return parsed.value === null ? { kind: "blank" } : { kind: "amount", value: parsed.value };
}
