/**
 * A rectangular selection of grid cells, as Excel has it: the anchor (where the selection started) and
 * the focus (the cell that moves with Shift+arrows or Shift+click). Rows and columns are opaque keys in
 * display order, so the rectangle follows the grid however rows are added or removed.
 */

export interface GridPoint {
  row: string;
  col: string;
}

export interface RangeEnds {
  anchor: GridPoint;
  focus: GridPoint;
}

/** The rows and columns a range covers, top to bottom and left to right. */
export interface Rectangle {
  rows: string[];
  cols: string[];
}

export type Direction = "up" | "down" | "left" | "right";

/** The rectangle spanned by the two ends; null when an end is no longer in the grid. */
export function rectangle(
  rowOrder: readonly string[],
  colOrder: readonly string[],
  ends: RangeEnds,
): Rectangle | null {
  const rows = span(rowOrder, ends.anchor.row, ends.focus.row);
  const cols = span(colOrder, ends.anchor.col, ends.focus.col);
  return rows && cols ? { rows, cols } : null;
}

function span(order: readonly string[], a: string, b: string): string[] | null {
  const i = order.indexOf(a);
  const j = order.indexOf(b);
  if (i < 0 || j < 0) return null;
  return order.slice(Math.min(i, j), Math.max(i, j) + 1);
}

/** The neighbour of a point one step in a direction, staying on the grid's edge when there is none. */
export function step(
  rowOrder: readonly string[],
  colOrder: readonly string[],
  point: GridPoint,
  direction: Direction,
): GridPoint {
  const vertical = direction === "up" || direction === "down";
  const order = vertical ? rowOrder : colOrder;
  const index = order.indexOf(vertical ? point.row : point.col);
  if (index < 0) return point;
  const delta = direction === "up" || direction === "left" ? -1 : 1;
  const next = order[Math.min(order.length - 1, Math.max(0, index + delta))] as string;
  return vertical ? { ...point, row: next } : { ...point, col: next };
}

/** Whether the rectangle holds more than one cell (a single cell is just the focused cell). */
export function isMultiCell(rect: Rectangle | null): rect is Rectangle {
  return rect !== null && rect.rows.length * rect.cols.length > 1;
}

/**
 * What a paste writes over a selected range, as Excel does: a single copied value fills every cell of
 * the range that `takes` one (amount cells, not codes or names); any larger block is pasted as it is,
 * from the range's top-left cell.
 */
export function blockForRange(
  block: readonly (readonly string[])[],
  height: number,
  width: number,
  takes: (row: number, col: number) => boolean = () => true,
): string[][] {
  const single = block.length === 1 && block[0]?.length === 1;
  if (!single || height * width <= 1) return block.map((row) => [...row]);
  const value = block[0]?.[0] ?? "";
  return Array.from({ length: height }, (_, r) =>
    Array.from({ length: width }, (_, c) => (takes(r, c) ? value : "")),
  );
}
