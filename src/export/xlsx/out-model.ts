import type { CellRange } from "../../domain/xlsx/sheet-model";

/** What the xlsx writer writes: plain data, so the layout is tested without an xlsx library. */
export type OutValue =
  | { kind: "text"; text: string }
  /** An amount string in the document's unit. */
  | { kind: "amount"; value: string }
  /** `result` is the cached value: an amount string, or null for a blank result. */
  | { kind: "formula"; formula: string; result: string | null };

export type OutStyle =
  | "title"
  | "label"
  | "caption"
  | "header"
  | "lane"
  | "line"
  | "item"
  | "total"
  | "amount"
  | "note";

export interface OutCell {
  row: number;
  col: number;
  value: OutValue | null;
  style: OutStyle;
  /** A total row's amount cell prints bold. */
  bold?: boolean;
  /** The amount is written without decimals ("4"): shown so, and read back so. */
  whole?: boolean;
  note?: string;
}

export interface OutSheet {
  name: string;
  cells: OutCell[];
  merges: CellRange[];
  /** Column widths in characters, from column 1. */
  widths: number[];
  /** Header rows frozen at the top. */
  frozenRows: number;
  /** Heights in points of rows that need more than one line (wrapped 注 and 说明). */
  rowHeights?: Record<number, number>;
  /** Print landscape. */
  landscape: boolean;
}
