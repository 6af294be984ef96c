import { useEffect, useState } from "react";
import type { CellId } from "../../domain/engine/cell-id";
import type { TableId } from "../../domain/templates/types";
import { displayCell } from "../../domain/workbook/display";
import { shownRowNames, widestFigure } from "../../domain/workbook/widest-figure";
import type { Workbook } from "../../domain/workbook/workbook";
import { useEditor } from "../../store/store";

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

/** Per opened workbook: the amount width every table shares, read once and widened by edits. */
const amountWidths = new WeakMap<Workbook, number>();

function amountWidth(workbook: Workbook): number {
  let width = amountWidths.get(workbook);
  if (width === undefined) {
    width = Math.max(textWidth(widestFigure(workbook)), textWidth(AMOUNT_FLOOR)) + PADDING;
    amountWidths.set(workbook, width);
  }
  return width;
}

/** The revision each workbook's amount width was last widened for: every grid subscribes, one measures. */
const measured = new WeakMap<Workbook, number>();

/** Widens the document's amount width for the cells an edit changed. */
function widenFor(workbook: Workbook, revision: number, cells: Iterable<CellId>): void {
  if (measured.get(workbook) === revision) return;
  measured.set(workbook, revision);
  let widest = amountWidth(workbook);
  for (const id of cells) widest = Math.max(widest, textWidth(displayCell(workbook, id)) + PADDING);
  amountWidths.set(workbook, widest);
}

export function columnSizes(workbook: Workbook, table: TableId): ColumnSizes {
  const longest = Math.max(0, ...shownRowNames(workbook, table).map(textWidth));
  return { amount: amountWidth(workbook), name: Math.min(longest + PADDING, NAME_CAP) };
}

/** A table's column sizes, made again when an edit brings a figure wider than the amount columns. */
export function useColumnSizes(workbook: Workbook, table: TableId): ColumnSizes {
  const [sizes, setSizes] = useState(() => columnSizes(workbook, table));
  useEffect(
    () =>
      useEditor.subscribe((state, previous) => {
        if (state.revision === previous.revision || state.workbook !== workbook) return;
        widenFor(workbook, state.revision, state.lastChange.changed);
        if (amountWidth(workbook) !== sizes.amount) setSizes(columnSizes(workbook, table));
      }),
    [workbook, table, sizes.amount],
  );
  return sizes;
}
