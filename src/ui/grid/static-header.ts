import type { ColDef, ColGroupDef } from "ag-grid-community";
import type { GridColumn } from "./grid-columns";
import type { GridRow } from "./grid-rows";

type Leaf = ColDef<GridRow>;
type Group = ColGroupDef<GridRow>;

/** One header cell of the placeholder table: a group, a column's own header, or padding above a group. */
export interface HeaderCell {
  kind: "group" | "leaf" | "pad";
  text: string;
  span: number;
  /** Header lines the cell covers. */
  lines: number;
  rightAligned: boolean;
}

export interface HeaderLayout {
  /** Header lines, top to bottom, cells left to right. */
  lines: HeaderCell[][];
  /** The leaf columns in display order. */
  leaves: Leaf[];
}

const isGroup = (column: GridColumn): column is Group => "children" in column;

function depthOf(column: GridColumn): number {
  return isGroup(column) ? 1 + Math.max(...column.children.map(depthOf)) : 1;
}

function leavesOf(column: GridColumn): Leaf[] {
  return isGroup(column) ? column.children.flatMap(leavesOf) : [column];
}

/**
 * The header lines AG Grid draws for these column definitions. A column shallower than the deepest
 * reaches up to its parent's line (its header is as tall as the lines it spans); a shallower group is
 * padded above, so every column's own header ends on the bottom line.
 */
export function headerLayout(defs: readonly GridColumn[]): HeaderLayout {
  const depth = Math.max(...defs.map(depthOf));
  const lines: HeaderCell[][] = Array.from({ length: depth }, () => []);
  const place = (columns: readonly GridColumn[], firstLine: number) => {
    for (const column of columns) {
      const span = leavesOf(column).length;
      const text = column.headerName ?? "";
      if (!isGroup(column)) {
        const rightAligned = column.type === "rightAligned";
        lines[firstLine]?.push({ kind: "leaf", text, span, lines: depth - firstLine, rightAligned });
        continue;
      }
      const start = depth - depthOf(column);
      for (let line = firstLine; line < start; line++)
        lines[line]?.push({ kind: "pad", text: "", span, lines: 1, rightAligned: false });
      lines[start]?.push({ kind: "group", text, span, lines: 1, rightAligned: false });
      place(column.children, start + 1);
    }
  };
  place(defs, 0);
  return { lines, leaves: defs.flatMap(leavesOf) };
}
