import type { TableId } from "../../domain/templates/types";
import { shownRowNames, widestFigure } from "../../domain/workbook/widest-figure";
import type { Workbook } from "../../domain/workbook/workbook";

/** Minimum widths (px) that keep the document's text whole: its widest figure and longest row name. */
export interface ColumnSizes {
  amount: number;
  name: number;
}

/** Cell padding and border, both sides (the theme's spacing 5 → 12 px a side, and the rule). */
const PADDING = 26;
/** Digits, separators and ASCII in the grid's 13 px font; CJK characters take a full em. */
const NARROW = 7.6;
const WIDE = 13.5;
/** Room for typing: an amount column never goes below "9,999.99". */
const AMOUNT_FLOOR = "9,999.99";
/** A name column grows to its longest name up to this; longer names show in full on hover. */
const NAME_CAP = 330;

/** The width of a text in the grid's font, estimated per character (no layout needed). */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? WIDE : NARROW;
  return Math.ceil(width);
}

/** Per opened workbook: read once, when its first grid is built (every table shares the figure). */
const figures = new WeakMap<Workbook, string>();

export function columnSizes(workbook: Workbook, table: TableId): ColumnSizes {
  let figure = figures.get(workbook);
  if (figure === undefined) {
    figure = widestFigure(workbook);
    figures.set(workbook, figure);
  }
  const amount = Math.max(textWidth(figure), textWidth(AMOUNT_FLOOR)) + PADDING;
  const longest = Math.max(0, ...shownRowNames(workbook, table).map(textWidth));
  return { amount, name: Math.min(longest + PADDING, NAME_CAP) };
}
