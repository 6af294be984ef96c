import type { StateCreator } from "zustand";
import type { GridPoint, Rectangle } from "../domain/clipboard/range";
import type { TableId } from "../domain/templates/types";
import type { EditorState } from "./store";

/**
 * The selected rectangle of a table's grid (AG Grid Community has no range selection): its two ends by
 * grid row id and column id, and the rows and columns it covers, for drawing it and acting on it.
 */
export interface GridRange {
  table: TableId;
  anchor: GridPoint;
  focus: GridPoint;
  rows: ReadonlySet<string>;
  cols: ReadonlySet<string>;
  /** The covered rows and columns in display order (copy, Delete and paste walk them). */
  rect: Rectangle;
}

export interface RangeSlice {
  /** Null until a cell is focused; a single focused cell is a range of one cell. */
  range: GridRange | null;
  setRange: (table: TableId, anchor: GridPoint, focus: GridPoint, rect: Rectangle) => void;
}

export const createRangeSlice: StateCreator<EditorState, [], [], RangeSlice> = (set) => ({
  range: null,
  setRange: (table, anchor, focus, rect) =>
    set({ range: { table, anchor, focus, rect, rows: new Set(rect.rows), cols: new Set(rect.cols) } }),
});
