import type { ColKey, TableId } from "../../domain/templates/types";

/** What a grid column shows: a pane's label, 行次, code, name, or one amount column. */
export interface ColumnInfo {
  table: TableId;
  pane: number;
  role: "label" | "line" | "code" | "name" | "value";
  col?: ColKey;
  lane?: string;
  /** Split 科目编码: which part of the code the column shows (0 类, 1 款, 2 项). */
  part?: number;
}

export function valueColumnId(pane: number, col: ColKey): string {
  return `p${pane}|${col}`;
}

export function testIdFor(table: TableId, row: string, col: ColKey): string {
  return `cell-${table}-${row}-${col}`;
}
