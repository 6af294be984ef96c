/**
 * Values as shown, as intervals (DESIGN.md "Amounts and rounding"): a stated or entered amount v stands for
 * v ± half; a derived cell without a stated value shows its derivation, the interval sum of its inputs. An
 * interval is kept as its midpoint `v` (exact, in 10^-scale units) and `k`, the number of rounded amounts
 * summed into it: its half-width is k × half (0 in a 元 document).
 *
 * The values are the workbook's (engine/unit-values.ts: parsed once, each derived value with its count of
 * rounded amounts, derived once per change); this view adds what a check computes over them, the sums of
 * its terms, and notes when such a sum could leave the safe integers (float64 units).
 */
import type { Amount } from "../document/model";
import type { CellSpace } from "../engine/cell-space";
import type { IntList } from "../engine/int-list";
import { AMOUNT, INVALID, NONE, STORED_BLANK } from "../engine/stored-units";
import type { PlanValues } from "../engine/unit-values";
import type { UnitMath, Units } from "../money";

/**
 * A value for messages: the midpoint in units (a float64 integer, or bigint in an `exact` evaluation), the
 * number of rounded amounts in it, and whether it is blank.
 */
export interface Shown {
  v: Units;
  k: number;
  blank: boolean;
}

export const BLANK: Shown = { v: 0, k: 0, blank: true };

/** `signOf` of a blank value. */
export const BLANK_SIGN = 2;

export class ShownValues {
  readonly scale: number;
  /** The arithmetic of this evaluation: float64 or (`exact`) bigint units. */
  readonly math: UnitMath;
  /** Half-width of one rounded amount, in units (0 in a 元 document). */
  readonly half: Units;
  /** The values' `updates` when this evaluation began. */
  readonly since: number;
  /** A check's sum may have left the safe integers. */
  private sumsUnsafe = false;

  /** Output of `sum`: Σ of the shown values, how many rounded amounts, whether all were blank. */
  sumValue: Units;
  sumK = 0;
  sumBlank = true;

  constructor(
    /** The workbook's values (`Workbook.values`). */
    readonly values: PlanValues,
    /** The 审核's fork of the plan's cells: its own slots are cells of absent rows, blank. */
    cells: CellSpace,
  ) {
    this.math = values.math;
    this.scale = values.scale;
    this.half = values.half;
    this.sumValue = values.math.zero;
    this.since = values.updates;
    values.reserve(cells.capacity);
    cells.onGrow((capacity) => values.reserve(capacity));
  }

  /** Some value or sum may have left the safe integers: evaluate again with `exact`. */
  get unsafe(): boolean {
    return this.sumsUnsafe || this.values.unsafe;
  }

  get exact(): boolean {
    return this.values.exact;
  }

  /** Cells that store a value or did (entered, or stated on a derived cell): `stored` tells which. */
  storedSlots(): IntList {
    return this.values.stored.slots;
  }

  /** The value stored in the document for a cell (undefined when none). */
  stored(slot: number): Amount | undefined {
    const { stored } = this.values;
    return stored.kindOf(slot) === NONE ? undefined : stored.texts[(stored.storedOf[slot] as number) - 1];
  }

  hasStored(slot: number): boolean {
    return this.values.stored.kindOf(slot) !== NONE;
  }

  /** A stored blank (null). */
  storedBlank(slot: number): boolean {
    return this.values.stored.kindOf(slot) === STORED_BLANK;
  }

  isDerived(slot: number): boolean {
    return this.values.isDerived(slot);
  }

  /** Whether an amount written like `text` can be held at this scale. */
  fits(text: Amount | undefined): boolean {
    return this.values.fits(text);
  }

  toUnits(text: string): bigint {
    return this.values.toUnits(text);
  }

  /** Σ of the shown values of pool[from] … pool[to - 1], where an entry ~slot (negative) subtracts. */
  sum(pool: Int32Array, from: number, to: number): void {
    const { math, values } = this;
    const { stored } = values;
    let v = math.zero;
    let k = 0;
    let blank = true;
    for (let i = from; i < to; i++) {
      const entry = pool[i] as number;
      const slot = entry < 0 ? ~entry : entry;
      const s = (stored.storedOf[slot] as number) - 1;
      const kind = s < 0 ? NONE : stored.kind[s];
      let x: Units;
      if (kind === AMOUNT) {
        x = stored.units[s] as Units;
        k++;
      } else if (kind === NONE) {
        const f = values.formulaAt(slot);
        if (f < 0) continue;
        const derived = values.derived(f);
        if (derived === null) continue;
        x = derived;
        k += values.roundedTerms(f);
      } else if (kind === INVALID) throw values.invalid(s);
      else continue;
      v = entry < 0 ? math.subtract(v, x) : math.add(v, x);
      blank = false;
    }
    if (k > stored.kLimit) this.sumsUnsafe = true;
    this.sumValue = v;
    this.sumK = k;
    this.sumBlank = blank;
  }

  /** A comparison of sums over `count` amounts in all: its difference must stay within the safe integers. */
  checkCount(count: number): void {
    if (count > this.values.stored.kLimit) this.sumsUnsafe = true;
  }

  /** The value as shown, for messages. */
  get(slot: number): Shown {
    const { values } = this;
    const v = values.shownUnits(slot);
    if (v === null) return BLANK;
    const stated = values.stored.kindOf(slot) === AMOUNT;
    return { v, k: stated ? 1 : values.roundedTerms(values.formulaAt(slot)), blank: false };
  }

  /** The sign of the value as shown: -1, 0 or 1, or BLANK_SIGN. */
  signOf(slot: number): number {
    const v = this.values.shownUnits(slot);
    return v === null ? BLANK_SIGN : v > 0 ? 1 : v < 0 ? -1 : 0;
  }

  /** Whether the value as shown is `amount` or −`amount` (`amount` ≥ 0, units as in `Shown`). */
  hasMagnitude(slot: number, amount: Units): boolean {
    const v = this.values.shownUnits(slot);
    return v !== null && this.math.abs(v) === amount;
  }

  /**
   * The cells whose shown value an edit of `changed` may have changed: the changed cells and every cell
   * derived from them (the workbook has already reread and derived them).
   */
  reach(changed: readonly number[]): number[] {
    return this.values.reach(changed);
  }

  /** Whether a value came to be stored in the cell, where none was, since this evaluation began. */
  gainedStored(slot: number): boolean {
    return this.values.gainedStoredSince(slot, this.since);
  }
}
