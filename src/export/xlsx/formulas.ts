import { type CellId, parseCellId } from "../../domain/engine/cell-id";
import { columnName, quoteSheet } from "../../domain/xlsx/sheet-model";

/** Where each printed amount cell sits in the exported workbook. */
export interface Place {
  sheet: string;
  row: number;
  col: number;
}

/**
 * The references of a sum's terms: cells of one column on consecutive rows become a range (B5:B9);
 * cells of another sheet are prefixed with it ('公开03表'!C8). Null when a term has no printed place.
 */
export function termReferences(terms: readonly CellId[], places: ReadonlyMap<CellId, Place>, sheet: string) {
  const found: Place[] = [];
  for (const term of terms) {
    const place = places.get(term);
    if (!place) return null;
    found.push(place);
  }
  const groups = new Map<string, Place[]>();
  for (const place of found) {
    const id = `${place.sheet}\u0000${place.col}`;
    const list = groups.get(id) ?? [];
    list.push(place);
    groups.set(id, list);
  }
  const refs: string[] = [];
  for (const list of groups.values()) {
    list.sort((a, b) => a.row - b.row);
    const prefix = list[0]?.sheet === sheet ? "" : `${quoteSheet(list[0]?.sheet ?? "")}!`;
    let start = 0;
    for (let i = 1; i <= list.length; i++) {
      const first = list[start] as Place;
      const previous = list[i - 1] as Place;
      if (i < list.length && (list[i] as Place).row === previous.row + 1) continue;
      const column = columnName(first.col);
      refs.push(
        first.row === previous.row
          ? `${prefix}${column}${first.row}`
          : `${prefix}${column}${first.row}:${column}${previous.row}`,
      );
      start = i;
    }
  }
  return refs;
}

/**
 * The Excel formula of a derived cell (without "="): SUM over its terms. The editor leaves a sum blank
 * when every term is blank, and Excel's SUM would show 0.00: a blank result keeps a guard that stays blank
 * until a term is filled.
 */
export function sumFormula(refs: readonly string[], blank: boolean): string {
  const list = refs.join(",");
  if (refs.length === 1 && !blank) return refs[0] as string;
  return blank ? `IF(COUNT(${list})=0,"",SUM(${list}))` : `SUM(${list})`;
}

/** The table a cell belongs to (for sheet lookups). */
export const tableOf = (id: CellId) => parseCellId(id).table;
