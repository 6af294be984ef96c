import { amountFromSpreadsheet, parseUserAmount } from "../money";
import type { SheetCell } from "./sheet-model";

export type ReadAmount =
  | { kind: "blank" }
  /** "-", "—": printed as given but blank. */
  | { kind: "dash" }
  | { kind: "amount"; value: string }
  | { kind: "text"; message: string };

const DASH = /^[-－—–‐]+$/;

/** An amount cell: a number, text with thousands separators, blank, or a dash. */
export function readAmount(cell: SheetCell | undefined): ReadAmount {
  if (!cell) return { kind: "blank" };
  if (cell.number !== undefined) return { kind: "amount", value: amountFromSpreadsheet(Number(cell.number)) };
  const text = cell.text.trim();
  if (text === "") return { kind: "blank" };
  if (DASH.test(text)) return { kind: "dash" };
  const parsed = parseUserAmount(text);
  if (!parsed.ok) return { kind: "text", message: parsed.message };
  return parsed.value === null ? { kind: "blank" } : { kind: "amount", value: parsed.value };
}
