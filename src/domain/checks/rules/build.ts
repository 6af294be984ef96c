/** Small builders for writing rule data: they only return plain objects. */
import type { TableId } from "../../templates/types";
import type { CellPattern, IdentityCheck, TreeCheck } from "../types";

export const cell = (table: TableId, row: string, col: string): CellPattern => ({ table, row, col });

export const minus = (pattern: CellPattern): CellPattern => ({ ...pattern, minus: true });

/** Cells of one column over several rows. */
export const cells = (table: TableId, rows: readonly string[], col: string): CellPattern[] =>
  rows.map((row) => cell(table, row, col));

/** In every row of `table`: target column = Σ part columns. */
export function rowSum(table: TableId, target: string, parts: readonly string[]): IdentityCheck {
  return {
    kind: "identity",
    forEach: { table, rows: "all" },
    target: cell(table, "$row", target),
    terms: parts.map((col) => cell(table, "$row", col)),
  };
}

export const totalOfClasses = (table: TableId): TreeCheck => ({ kind: "tree", table, level: "total" });
export const codesOfChildren = (table: TableId): TreeCheck => ({ kind: "tree", table, level: "codes" });

/** In each 3-digit class row of `table`: `col` = the same row of `source`.`sourceCol`. */
export function classMirror(table: TableId, col: string, source: TableId, sourceCol: string): IdentityCheck {
  return {
    kind: "identity",
    forEach: { table, rows: "classes" },
    target: cell(table, "$row", col),
    terms: [cell(source, "$row", sourceCol)],
  };
}

export const variantsOf = (name: string, values: readonly string[]) =>
  values.map((value) => ({ [name]: value }));
