/**
 * A workbook stores amounts as IEEE doubles: these two are the only places where an amount meets a JS
 * number, at the xlsx boundary. Plain text work, no decimal arithmetic (kept out of the first load).
 */
import { isAmountString } from "../money";

/** "1234.56000000000" → "1234.56", "4.00000000000000" → "4.00", "120" → "120.00". */
function trimFraction(digits: string): string {
  const dot = digits.indexOf(".");
  if (dot < 0) return `${digits}.00`;
  let end = digits.length;
  while (end > dot + 3 && digits.charCodeAt(end - 1) === 48) end--;
  return digits.slice(0, end).padEnd(dot + 3, "0");
}

/** A spreadsheet number as a file amount: 15 significant digits (what Excel shows), at least two decimals. */
export function amountFromSpreadsheet(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`不是有效的金额：${value}`);
  let digits = value.toPrecision(15);
  // Very large or small numbers come in exponent notation: written out in full instead.
  if (digits.includes("e"))
    digits = value.toLocaleString("en-US", { useGrouping: false, maximumSignificantDigits: 15 });
  const text = trimFraction(digits);
  return /^-0\.0+$/.test(text) ? text.slice(1) : text;
}

/** The double a spreadsheet stores for an amount string (the nearest one); refuses anything else. */
export function spreadsheetNumber(text: string): number {
  if (!isAmountString(text)) throw new Error(`不是有效的金额：${text}`);
  return Number(text);
}
