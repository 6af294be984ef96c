import { type CellId, parseCellId } from "../../domain/engine/cell-id";
import { columnName, quoteSheet } from "../../domain/xlsx/sheet-model";

/** Where each printed amount cell sits in the exported workbook. */
export interface Place {
  sheet: string;
  row: number;
  col: number;
}

/** Consecutive numbers as runs: [3, 4, 5, 8] → [[3, 5], [8, 8]]. */
function runs(numbers: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const n of [...numbers].sort((a, b) => a - b)) {
    const last = out.at(-1);
    if (last && n === last[1] + 1) last[1] = n;
    else out.push([n, n]);
  }
  return out;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const id = key(item);
    groups.set(id, [...(groups.get(id) ?? []), item]);
  }
  return groups;
}

/**
 * The references of a sum's terms: cells of one column on consecutive rows become a range (B5:B9), and so
 * do the remaining cells of one row in consecutive columns (D8:H8); cells of another sheet are prefixed
 * with it ('公开03表'!C8). Null when a term has no printed place.
 */
export function termReferences(terms: readonly CellId[], places: ReadonlyMap<CellId, Place>, sheet: string) {
  const found: Place[] = [];
  for (const term of terms) {
    const place = places.get(term);
    if (!place) return null;
    found.push(place);
  }
  const prefix = (name: string) => (name === sheet ? "" : `${quoteSheet(name)}!`);
  const refs: string[] = [];
  const singles: Place[] = [];
  for (const list of groupBy(found, (p) => `${p.sheet}\u0000${p.col}`).values()) {
    const first = list[0] as Place;
    for (const [top, bottom] of runs(list.map((p) => p.row))) {
      if (top === bottom) singles.push({ ...first, row: top });
      else
        refs.push(`${prefix(first.sheet)}${columnName(first.col)}${top}:${columnName(first.col)}${bottom}`);
    }
  }
  for (const list of groupBy(singles, (p) => `${p.sheet}\u0000${p.row}`).values()) {
    const first = list[0] as Place;
    for (const [left, right] of runs(list.map((p) => p.col))) {
      const from = `${columnName(left)}${first.row}`;
      refs.push(
        `${prefix(first.sheet)}${left === right ? from : `${from}:${columnName(right)}${first.row}`}`,
      );
    }
  }
  return refs;
}

/**
 * The Excel formula of a derived cell (without "="): SUM over its terms, or a plain reference to its one
 * term (a figure taken from another table). The editor leaves a sum blank
 * when every term is blank, and Excel's SUM would show 0.00: a blank result keeps a guard that stays blank
 * until a term is filled.
 */
export function sumFormula(refs: readonly string[], blank: boolean): string {
  const list = refs.join(",");
  const only = refs.length === 1 ? (refs[0] as string) : null;
  if (only !== null && !only.includes(":") && !blank) return only;
  return blank ? `IF(COUNT(${list})=0,"",SUM(${list}))` : `SUM(${list})`;
}

/** The table a cell belongs to (for sheet lookups). */
export const tableOf = (id: CellId) => parseCellId(id).table;
