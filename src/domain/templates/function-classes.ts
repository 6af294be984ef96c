import catalog from "../catalog/function-codes.json";
import type { FixedRow } from "./types";

export type ClassRowVariant = "label26" | "label24";

/** The 支出功能分类 类 rows printed in 公开01/04, in order, with 行次 from `firstLine`. */
export function functionClassRows(variant: ClassRowVariant, firstLine: number): FixedRow[] {
  return catalog.classes
    .filter((c) => c[variant] !== "")
    .map((c, index) => ({ key: c.code, label: c[variant], line: firstLine + index, code: c.code }));
}

export function functionClassCodes(variant: ClassRowVariant): string[] {
  return catalog.classes.filter((c) => c[variant] !== "").map((c) => c.code);
}

/** Filler rows with 行次 only, as printed to align the income side with the expenditure side. */
export function fillerRows(fromLine: number, toLine: number): FixedRow[] {
  const rows: FixedRow[] = [];
  for (let line = fromLine; line <= toLine; line++) rows.push({ key: null, label: "", line });
  return rows;
}
