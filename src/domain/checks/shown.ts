/**
 * Values as shown, as intervals (DESIGN.md "Amounts and rounding"): a stated or entered amount v stands for
 * v ± half; a derived cell without a stated value shows its derivation, the interval sum of its inputs
 * (entered values; stated values never feed formulas, as in the workbook). An interval is kept as its
 * midpoint `v` (exact, in 10^-scale units) and `k`, the number of rounded amounts summed into it: its
 * half-width is k × half (0 in a 元 document).
 *
 * In flat arrays: per cell slot (engine/cell-space.ts) only where its stored value and its formula are;
 * values per stored cell and per formula of the workbook's plan (a session makes them anew; per-slot value
 * arrays would be mostly empty, and their memory would make the garbage collector run more often).
 * Units are exact integers (`Units` of money.ts) held in float64 as long as no sum can leave the safe
 * integers (the largest amount × the most amounts in one sum ≤ 2^53, checked as sums are made); a document
 * where that fails is evaluated again with `exact` (bigint) units. Either way one code path: the
 * arithmetic is `UnitMath`'s.
 */
import type { Amount, JuesuanDocument } from "../document/model";
import type { CellSpace } from "../engine/cell-space";
import type { FormulaPlan } from "../engine/plan";
import { toUnits, type UnitArray, type UnitMath, type Units, unitMath, writtenDecimals } from "../money";
import type { TableId } from "../templates/types";
import type { Workbook } from "../workbook/workbook";
import { IntList } from "./int-list";

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

/** What the document stores for a cell. */
const NONE = 0;
const STORED_BLANK = 1;
const AMOUNT = 2;
/** Not an amount string: reading it throws, as `toUnits` does. */
const INVALID = 3;

/** `signOf` of a blank value. */
export const BLANK_SIGN = 2;

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
  readonly scale: number;
  /** The arithmetic of this evaluation: float64 or (`exact`) bigint units. */
  readonly math: UnitMath;
  /** Half-width of one rounded amount, in units (0 in a 元 document). */
  readonly half: Units;
  /** Some sum may have left the safe integers: evaluate again with `exact`. */
  unsafe = false;

  /** Output of `sum`: Σ of the shown values, how many rounded amounts, whether all were blank. */
  sumValue: Units;
  sumK = 0;
  sumBlank = true;

  /** Per slot: 1 + its index among stored cells (0: never stored), and 1 + its formula (0: not derived). */
  private storedOf: Int32Array;
  private formulaOf: Int32Array;

  /**
   * Per stored cell: its slot, what is stored (NONE once removed), the text and its units. Sized for the
   * grid at once (a document stores at most about that many cells): grown by pushes, the slot and text
   * lists allocated three times their final size.
   */
  private readonly storedSlotList: IntList;
  private storedKind: Uint8Array;
  private readonly texts: Amount[];
  private storedCount = 0;
  private units: UnitArray;

  /** Per formula: terms, target, and the derivation (computed on first use): units, count, blank. */
  private readonly formulaCount: number;
  private readonly starts: Int32Array;
  private readonly terms: Int32Array;
  private readonly targets: Int32Array;
  private readonly computed: Uint8Array;
  private readonly dv: UnitArray;
  private readonly dk: Int32Array;
  private readonly dBlank: Uint8Array;
  private dependents: { starts: Int32Array; list: Int32Array } | null = null;

  private maxAbs: Units;
  private kLimit = Number.POSITIVE_INFINITY;

  constructor(
    private readonly workbook: Workbook,
    formulas: FormulaPlan,
    /** A fork of the plan's cells (stored cells outside the template get slots of their own). */
    private readonly cells: CellSpace,
    /** bigint arithmetic throughout. */
    readonly exact: boolean,
  ) {
    const math = unitMath(exact);
    this.math = math;
    this.sumValue = math.zero;
    this.maxAbs = math.zero;
    this.storedOf = new Int32Array(cells.capacity);
    this.storedSlotList = new IntList(Math.max(16, cells.gridSize));
    this.texts = new Array(cells.gridSize);
    this.formulaOf = new Int32Array(cells.capacity);
    cells.onGrow((capacity) => {
      this.storedOf = grown(this.storedOf, capacity);
      this.formulaOf = grown(this.formulaOf, capacity);
    });

    const scale = this.readStored(workbook.doc);
    this.scale = scale;
    this.half = math.fromBigint(workbook.doc.meta.unit === "万元" ? 5n * 10n ** BigInt(scale - 3) : 0n);
    const count = this.storedCount;
    this.storedKind = new Uint8Array(count);
    this.units = math.array(count);
    for (let s = 0; s < count; s++) this.read(s, this.texts[s] as Amount);

    const formulaCount = formulas.count;
    this.formulaCount = formulaCount;
    this.starts = formulas.starts;
    this.terms = formulas.terms;
    this.targets = formulas.targets;
    for (let f = 0; f < formulaCount; f++) this.formulaOf[formulas.targets[f] as number] = f + 1;
    this.computed = new Uint8Array(formulaCount);
    this.dv = math.array(formulaCount);
    this.dk = new Int32Array(formulaCount);
    this.dBlank = new Uint8Array(formulaCount);
  }

  /** Cells stored at construction (entered, or stated on a derived cell), in document order. */
  storedSlots(): IntList {
    return this.storedSlotList;
  }

  /** The value stored in the document for a cell (undefined when none). */
  stored(slot: number): Amount | undefined {
    const s = (this.storedOf[slot] as number) - 1;
    return s < 0 || this.storedKind[s] === NONE ? undefined : this.texts[s];
  }

  hasStored(slot: number): boolean {
    const s = (this.storedOf[slot] as number) - 1;
    return s >= 0 && this.storedKind[s] !== NONE;
  }

  /** A stored blank (null). */
  storedBlank(slot: number): boolean {
    const s = (this.storedOf[slot] as number) - 1;
    return s >= 0 && this.storedKind[s] === STORED_BLANK;
  }

  isDerived(slot: number): boolean {
    return this.formulaOf[slot] !== 0;
  }

  /** Whether an amount written like `text` can be held at this scale. */
  fits(text: Amount | undefined): boolean {
    return text === undefined || text === null || writtenDecimals(text) <= this.scale;
  }

  toUnits(text: string): bigint {
    return toUnits(text, this.scale);
  }

  /** Σ of the shown values of pool[from] … pool[to - 1], where an entry ~slot (negative) subtracts. */
  sum(pool: Int32Array, from: number, to: number): void {
    const { math } = this;
    let v = math.zero;
    let k = 0;
    let blank = true;
    for (let i = from; i < to; i++) {
      const entry = pool[i] as number;
      const slot = entry < 0 ? ~entry : entry;
      const s = (this.storedOf[slot] as number) - 1;
      const kind = s < 0 ? NONE : this.storedKind[s];
      let x: Units;
      if (kind === AMOUNT) {
        x = this.units[s] as Units;
        k++;
      } else if (kind === NONE && this.formulaOf[slot] !== 0) {
        const f = (this.formulaOf[slot] as number) - 1;
        if (this.computed[f] === 0) this.derive(f);
        if (this.dBlank[f] === 1) continue;
        x = this.dv[f] as Units;
        k += this.dk[f] as number;
      } else if (kind === INVALID) throw this.invalid(s);
      else continue;
      v = entry < 0 ? math.subtract(v, x) : math.add(v, x);
      blank = false;
    }
    if (k > this.kLimit) this.unsafe = true;
    this.sumValue = v;
    this.sumK = k;
    this.sumBlank = blank;
  }

  /** A comparison of sums over `count` amounts in all: its difference must stay within the safe integers. */
  checkCount(count: number): void {
    if (count > this.kLimit) this.unsafe = true;
  }

  /** The value as shown, for messages. */
  get(slot: number): Shown {
    const v = this.raw(slot);
    if (v === null) return BLANK;
    const s = (this.storedOf[slot] as number) - 1;
    const stated = s >= 0 && this.storedKind[s] === AMOUNT;
    return { v, k: stated ? 1 : (this.dk[(this.formulaOf[slot] as number) - 1] as number), blank: false };
  }

  /** The sign of the value as shown: -1, 0 or 1, or BLANK_SIGN. */
  signOf(slot: number): number {
    const v = this.raw(slot);
    return v === null ? BLANK_SIGN : v > 0 ? 1 : v < 0 ? -1 : 0;
  }

  /** Whether the value as shown is `amount` or −`amount` (`amount` ≥ 0, units as in `Shown`). */
  hasMagnitude(slot: number, amount: Units): boolean {
    const v = this.raw(slot);
    return v !== null && this.math.abs(v) === amount;
  }

  /**
   * Rereads the stored values of the changed cells and forgets every derivation that depends on them.
   * Returns the cells whose shown value may have changed: the changed cells and every cell derived from them.
   */
  invalidate(changed: readonly number[]): number[] {
    const doc = this.workbook.doc;
    for (const slot of changed) {
      const cells = doc.tables[this.cells.tableOf(slot)]?.rows[this.cells.rowOf(slot)];
      const col = this.cells.colOf(slot);
      const text = cells && col in cells ? cells[col] : undefined;
      let s = (this.storedOf[slot] as number) - 1;
      if (s < 0) {
        if (text === undefined) continue;
        s = this.addStored(slot, text);
      }
      if (text === undefined) this.storedKind[s] = NONE;
      else {
        this.texts[s] = text;
        this.read(s, text);
      }
    }
    const dependents = this.dependentsIndex();
    const seen = new Set<number>();
    const stack = [...changed];
    const affected: number[] = [];
    while (stack.length > 0) {
      const slot = stack.pop() as number;
      if (seen.has(slot)) continue;
      seen.add(slot);
      affected.push(slot);
      const f = (this.formulaOf[slot] as number) - 1;
      if (f >= 0) this.computed[f] = 0;
      if (slot + 1 >= dependents.starts.length) continue;
      const end = dependents.starts[slot + 1] as number;
      for (let i = dependents.starts[slot] as number; i < end; i++) {
        const dependent = dependents.list[i] as number;
        if (!seen.has(dependent)) stack.push(dependent);
      }
    }
    return affected;
  }

  /**
   * Notes every stored cell and its text; returns the scale (`documentScale`). A 科目 table's rows are the
   * workbook's (every row key of the document's table is one): enumerating the document's integer-like
   * row keys would make a new key string to hash for every cell.
   */
  private readStored(doc: JuesuanDocument): number {
    let decimals = 3;
    const { cells } = this;
    for (const [table, data] of Object.entries(doc.tables)) {
      const rows = data?.rows;
      if (!rows) continue;
      const block = cells.findBlock(table);
      if (block?.subject) {
        const width = block.cols.length;
        for (let r = 0; r < block.rows.length; r++) {
          const row = block.rows[r] as string;
          const stored = rows[row];
          if (typeof stored !== "object" || stored === null) continue;
          for (const col in stored) {
            const c = block.colIndex.get(col);
            const text = stored[col] as Amount;
            this.note(
              c === undefined ? cells.anySlot(block.table, row, col) : block.base + r * width + c,
              text,
            );
            if (text !== null && text.length > 4) decimals = Math.max(decimals, writtenDecimals(text));
          }
        }
      } else {
        // `anySlot` with the block and the row's position looked up once per table and row.
        const width = block ? block.cols.length : 0;
        for (const row in rows) {
          const stored = rows[row] as Record<string, Amount>;
          const r = block?.rowIndex.get(row);
          for (const col in stored) {
            const text = stored[col] as Amount;
            const c = block !== undefined && r !== undefined ? block.colIndex.get(col) : undefined;
            this.note(
              block !== undefined && r !== undefined && c !== undefined
                ? block.base + r * width + c
                : cells.anySlot(table as TableId, row, col),
              text,
            );
            if (text !== null && text.length > 4) decimals = Math.max(decimals, writtenDecimals(text));
          }
        }
      }
    }
    return decimals;
  }

  private note(slot: number, text: Amount): void {
    this.storedSlotList.push(slot);
    this.texts[this.storedCount++] = text;
    this.storedOf[slot] = this.storedCount;
  }

  /** A cell stored after construction: room in the per-stored arrays. */
  private addStored(slot: number, text: Amount): number {
    const s = this.storedCount++;
    this.texts[s] = text;
    this.storedOf[slot] = s + 1;
    if (s >= this.storedKind.length) {
      const kind = new Uint8Array(Math.max(16, this.storedKind.length * 2));
      kind.set(this.storedKind);
      this.storedKind = kind;
      const units = this.math.array(kind.length);
      for (let i = 0; i < this.units.length; i++) units[i] = this.units[i] as Units;
      this.units = units;
    }
    return s;
  }

  /** Parses stored cell s's text into the value arrays. */
  private read(s: number, text: Amount): void {
    if (text === null) {
      this.storedKind[s] = STORED_BLANK;
      return;
    }
    const { math } = this;
    const units = math.parse(text, this.scale);
    if (units !== undefined) {
      this.storedKind[s] = AMOUNT;
      this.units[s] = units;
      const abs = math.abs(units);
      if (abs > this.maxAbs) {
        this.maxAbs = abs;
        this.kLimit = math.countLimit(abs);
      }
      return;
    }
    // Float64 units cannot hold it: an amount beyond the safe integers needs bigint, anything else is invalid.
    const amount = !math.exact && unitMath(true).parse(text, this.scale) !== undefined;
    this.storedKind[s] = amount ? AMOUNT : INVALID;
    if (amount) this.unsafe = true;
  }

  /** The value as shown in units (bigint when exact), or null when blank. */
  private raw(slot: number): Units | null {
    const s = (this.storedOf[slot] as number) - 1;
    const kind = s < 0 ? NONE : this.storedKind[s];
    if (kind === AMOUNT) return this.units[s] as Units;
    if (kind === INVALID) throw this.invalid(s);
    const f = (this.formulaOf[slot] as number) - 1;
    if (kind === STORED_BLANK || f < 0) return null;
    if (this.computed[f] === 0) this.derive(f);
    if (this.dBlank[f] === 1) return null;
    return this.dv[f] as Units;
  }

  /** Formula f's derivation: Σ of its inputs (derivations of derived terms, else stored amounts). */
  private derive(f: number): void {
    const { math } = this;
    const end = this.starts[f + 1] as number;
    let v = math.zero;
    let k = 0;
    let blank = 1;
    for (let i = this.starts[f] as number; i < end; i++) {
      const term = this.terms[i] as number;
      const g = (this.formulaOf[term] as number) - 1;
      if (g >= 0) {
        if (this.computed[g] === 0) this.derive(g);
        if (this.dBlank[g] === 1) continue;
        v = math.add(v, this.dv[g] as Units);
        k += this.dk[g] as number;
      } else {
        const s = (this.storedOf[term] as number) - 1;
        const kind = s < 0 ? NONE : this.storedKind[s];
        if (kind === INVALID) throw this.invalid(s);
        if (kind !== AMOUNT) continue;
        v = math.add(v, this.units[s] as Units);
        k++;
      }
      blank = 0;
    }
    if (k > this.kLimit) this.unsafe = true;
    this.dv[f] = v;
    this.dk[f] = k;
    this.dBlank[f] = blank;
    this.computed[f] = 1;
  }

  /** The error reading stored cell s throws (its text is not an amount): the one `toUnits` throws. */
  private invalid(s: number): unknown {
    const text = this.texts[s] as string;
    try {
      toUnits(text, this.scale);
    } catch (error) {
      return error;
    }
    return new Error(`不是有效的金额：${text}`);
  }

  /** Which derived cells read each cell (reverse formulas), built on the first `invalidate`. */
  private dependentsIndex(): { starts: Int32Array; list: Int32Array } {
    // Formulas never name a cell made after them (later slots are blank cells of absent rows).
    if (this.dependents) return this.dependents;
    const size = this.cells.size;
    const counts = new Int32Array(size + 1);
    const { targets, starts, terms, formulaCount } = this;
    const termCount = starts[formulaCount] as number;
    for (let i = 0; i < termCount; i++) {
      const at = (terms[i] as number) + 1;
      counts[at] = (counts[at] as number) + 1;
    }
    for (let slot = 0; slot < size; slot++)
      counts[slot + 1] = (counts[slot + 1] as number) + (counts[slot] as number);
    const fill = counts.slice(0, size);
    const list = new Int32Array(termCount);
    for (let f = 0; f < formulaCount; f++) {
      const end = starts[f + 1] as number;
      for (let i = starts[f] as number; i < end; i++) {
        const term = terms[i] as number;
        list[fill[term] as number] = targets[f] as number;
        fill[term] = (fill[term] as number) + 1;
      }
    }
    this.dependents = { starts: counts, list };
    return this.dependents;
  }
}

function grown(array: Int32Array, capacity: number): Int32Array {
  const next = new Int32Array(capacity);
  next.set(array);
  return next;
}
