/**
 * Values as shown, as intervals (DESIGN.md "Amounts and rounding"): a stated or entered amount v stands for
 * v ± half; a derived cell without a stated value shows its derivation, the interval sum of its inputs
 * (entered values; stated values never feed formulas, as in the workbook). An interval is kept as its
 * midpoint `v` (exact, in 10^-scale units) and `k`, the number of rounded amounts summed into it: its
 * half-width is k × half (0 in a 元 document).
 */
import type { Amount, JuesuanDocument } from "../document/model";
import type { CellId } from "../engine/cell-id";
import { toUnits, writtenDecimals } from "../money";
import type { TableId } from "../templates/types";
import type { Workbook } from "../workbook/workbook";
import type { CellIds } from "./cell-ids";

export interface Shown {
  v: bigint;
  k: number;
  blank: boolean;
}

export const BLANK: Shown = { v: 0n, k: 0, blank: true };

/** Decimals the checks compute with: every written amount fits, and half of 0.01 too. */
export function documentScale(doc: JuesuanDocument): number {
  let scale = 3;
  for (const data of Object.values(doc.tables)) {
    const rows = data?.rows ?? {};
    for (const row in rows) {
      const cells = rows[row] as Record<string, Amount>;
      for (const col in cells) {
        const text = cells[col];
        if (text !== null && text !== undefined && text.length > 4)
          scale = Math.max(scale, writtenDecimals(text));
      }
    }
  }
  return scale;
}

export class ShownValues {
  private readonly values = new Map<CellId, Shown>();
  private readonly storedCells = new Map<CellId, Amount>();
  private readonly units = new Map<string, bigint>();
  private readonly texts = new Map<string, Shown>();
  private readonly shownCache = new Map<CellId, Shown>();

  constructor(
    private readonly workbook: Workbook,
    readonly scale: number,
    private readonly ids: CellIds,
  ) {
    for (const [table, data] of Object.entries(workbook.doc.tables)) {
      const rows = data?.rows ?? {};
      for (const row in rows) {
        const cells = rows[row] as Record<string, Amount>;
        for (const col in cells)
          this.storedCells.set(this.ids.id(table as TableId, row, col), cells[col] as Amount);
      }
    }
  }

  /** The value stored in the document for a cell (entered, or stated on a derived cell). */
  stored(id: CellId): Amount | undefined {
    return this.storedCells.get(id);
  }

  /** Every stored cell with its text. */
  storedEntries(): IterableIterator<[CellId, Amount]> {
    return this.storedCells.entries();
  }

  /** The value as shown: stated or entered where stored, else derived, else blank. */
  get(id: CellId): Shown {
    let shown = this.shownCache.get(id);
    if (shown === undefined) {
      const text = this.storedCells.get(id);
      if (text !== undefined) shown = this.fromText(text);
      else shown = this.workbook.graph.formulas.has(id) ? this.input(id) : BLANK;
      this.shownCache.set(id, shown);
    }
    return shown;
  }

  /** What feeds formulas: a derived cell's derivation (a stated value never feeds), else the entered value. */
  private input(id: CellId): Shown {
    let shown = this.values.get(id);
    if (shown === undefined) {
      if (this.workbook.graph.formulas.has(id)) shown = this.compute(id);
      else {
        const text = this.storedCells.get(id);
        shown = text === undefined ? BLANK : this.fromText(text);
      }
      this.values.set(id, shown);
    }
    return shown;
  }

  toUnits(text: string): bigint {
    let units = this.units.get(text);
    if (units === undefined) {
      units = toUnits(text, this.scale);
      this.units.set(text, units);
    }
    return units;
  }

  /** Whether an amount written like `text` can be held at this scale. */
  fits(text: Amount | undefined): boolean {
    return text === undefined || text === null || writtenDecimals(text) <= this.scale;
  }

  /**
   * Rereads the changed cells and forgets every derived value that depends on them. Returns the cells
   * whose shown value may have changed: the changed cells and every cell derived from them.
   */
  invalidate(changed: Iterable<CellId>): Set<CellId> {
    const affected = new Set<CellId>();
    const stack: CellId[] = [];
    for (const id of changed) {
      const text = this.workbook.stored(id);
      if (text === undefined) this.storedCells.delete(id);
      else this.storedCells.set(id, text);
      stack.push(id);
    }
    const { dependents } = this.workbook.graph;
    while (stack.length > 0) {
      const id = stack.pop() as CellId;
      if (affected.has(id)) continue;
      affected.add(id);
      this.values.delete(id);
      this.shownCache.delete(id);
      for (const dependent of dependents.get(id) ?? []) if (!affected.has(dependent)) stack.push(dependent);
    }
    return affected;
  }

  private fromText(text: Amount): Shown {
    if (text === null) return BLANK;
    let shown = this.texts.get(text);
    if (shown === undefined) {
      shown = { v: this.toUnits(text), k: 1, blank: false };
      this.texts.set(text, shown);
    }
    return shown;
  }

  private compute(id: CellId): Shown {
    const formula = this.workbook.graph.formulas.get(id);
    if (!formula) return BLANK;
    let v = 0n;
    let k = 0;
    let blank = true;
    for (const term of formula.terms) {
      const input = this.input(term);
      if (input.blank) continue;
      v += input.v;
      k += input.k;
      blank = false;
    }
    return { v, k, blank };
  }
}
