/**
 * The document's values in exact integer units (`Units` of money.ts), derived once per change over the
 * formula plan: every stored amount parsed once (stored-units.ts), every derived value with the number of
 * rounded amounts summed into it beside it (what the 审核's intervals need, DESIGN.md "Amounts and
 * rounding"). The workbook owns one and keeps it current; the grid, the exports and the checks read it.
 *
 * Units are held in float64 as long as no sum can leave the safe integers (the largest amount × the most
 * amounts in one sum ≤ 2^53, checked as sums are made); where that fails, `unsafe` is set and the owner
 * makes them again with `exact` (bigint) units. Either way one code path: the arithmetic is `UnitMath`'s.
 * Formulas never read a stated value (a derived cell's derivation sums derivations and entered amounts).
 */
import type { Amount, JuesuanDocument } from "../document/model";
import {
  type Money,
  toUnits,
  type UnitArray,
  type UnitMath,
  type Units,
  unitMath,
  unitsToMoney,
  writtenDecimals,
} from "../money";
import type { CellSpace } from "./cell-space";
import { MinHeap } from "./min-heap";
import type { FormulaPlan } from "./plan";
import { planDependents, planRanks } from "./plan-order";
import { AMOUNT, INVALID, NONE, StoredUnits } from "./stored-units";

export class PlanValues {
  readonly stored: StoredUnits;
  readonly scale: number;
  readonly math: UnitMath;
  readonly cells: CellSpace;
  /** Half-width of one rounded amount, in units (0 in a 元 document). */
  readonly half: Units;
  /** Some derivation may have left the safe integers (float64 units): make them again with `exact`. */
  derivedUnsafe = false;

  /** Per slot: 1 + its formula (0: not derived). */
  private formulaOf: Int32Array;
  /** Per formula: whether derived, the units, the count of rounded amounts, blank, and as Money (display). */
  private readonly computed: Uint8Array;
  private readonly dv: UnitArray;
  private readonly dk: Int32Array;
  private readonly dBlank: Uint8Array;
  private readonly moneys: (Money | null | undefined)[];
  /** Per cell that came to store a value after being read: the `updates` count of the update that did. */
  private readonly gained = new Map<number, number>();
  /** How many `update`s these values have had. */
  updates = 0;
  /** How many derivations were made (a formula summed once each). */
  derivations = 0;

  constructor(
    private readonly doc: JuesuanDocument,
    readonly plan: FormulaPlan,
    /** bigint arithmetic throughout. */
    readonly exact: boolean,
  ) {
    const math = unitMath(exact);
    this.math = math;
    this.cells = plan.cells;
    this.stored = new StoredUnits(doc, plan.cells, math);
    this.scale = this.stored.scale;
    this.half = math.fromBigint(doc.meta.unit === "万元" ? 5n * 10n ** BigInt(this.scale - 3) : 0n);
    this.formulaOf = new Int32Array(Math.max(plan.cells.capacity, this.stored.storedOf.length));
    for (let f = 0; f < plan.count; f++) this.formulaOf[plan.targets[f] as number] = f + 1;
    this.computed = new Uint8Array(plan.count);
    this.dv = math.array(plan.count);
    this.dk = new Int32Array(plan.count);
    this.dBlank = new Uint8Array(plan.count);
    this.moneys = new Array(plan.count);
  }

  /** Per-slot arrays hold `capacity` slots (a 审核's own cells are blank and not derived). */
  reserve(capacity: number): void {
    this.stored.reserve(capacity);
    if (capacity <= this.formulaOf.length) return;
    const next = new Int32Array(capacity);
    next.set(this.formulaOf);
    this.formulaOf = next;
  }

  /** Some value needs bigint units. */
  get unsafe(): boolean {
    return this.stored.unsafe || this.derivedUnsafe;
  }

  isDerived(slot: number): boolean {
    return this.formulaOf[slot] !== 0;
  }

  /** Whether an amount written like `text` can be held at this scale. */
  fits(text: Amount | undefined): boolean {
    return text === undefined || text === null || writtenDecimals(text) <= this.scale;
  }

  /** Whether these values can hold `text`: it fits the scale and is an amount these units can hold. */
  holds(text: Amount | undefined): boolean {
    return text === undefined || text === null || this.math.parse(text, this.scale) !== undefined;
  }

  toUnits(text: string): bigint {
    return toUnits(text, this.scale);
  }

  /** Derives every formula (a full pass; derivations are otherwise made on first use). */
  deriveAll(): void {
    this.computed.fill(0);
    this.moneys.fill(undefined);
    for (let f = 0; f < this.plan.count; f++) if (this.computed[f] === 0) this.derive(f);
  }

  /** Formula f of a derived slot (-1: not derived). */
  formulaAt(slot: number): number {
    return (this.formulaOf[slot] as number) - 1;
  }

  /** A derived value in units, or null when blank (every input blank). */
  derived(f: number): Units | null {
    if (this.computed[f] === 0) this.derive(f);
    return this.dBlank[f] === 1 ? null : (this.dv[f] as Units);
  }

  /** The number of rounded amounts summed into formula f's value. */
  roundedTerms(f: number): number {
    if (this.computed[f] === 0) this.derive(f);
    return this.dk[f] as number;
  }

  /** A derived value as Money, for display and export (made once per change). */
  derivedMoney(f: number): Money | null {
    let money = this.moneys[f];
    if (money === undefined) {
      const units = this.derived(f);
      money = units === null ? null : unitsToMoney(units, this.scale);
      this.moneys[f] = money;
    }
    return money;
  }

  /** The value as shown in units (stated, else derived, else entered), or null when blank. */
  shownUnits(slot: number): Units | null {
    const { stored } = this;
    const s = (stored.storedOf[slot] as number) - 1;
    const kind = s < 0 ? NONE : stored.kind[s];
    if (kind === AMOUNT) return stored.units[s] as Units;
    if (kind === INVALID) throw this.invalid(s);
    const f = (this.formulaOf[slot] as number) - 1;
    if (kind !== NONE || f < 0) return null;
    return this.derived(f);
  }

  /**
   * After an edit of the cells `changed`: rereads what the document stores for them and derives again, in
   * topological order, what they reach, stopping wherever a derivation comes out unchanged (its value and
   * its count of rounded amounts). Returns the derived cells whose value changed.
   */
  update(changed: readonly number[]): number[] {
    this.updates++;
    for (const slot of changed) {
      const text = this.storedText(slot);
      if (text !== undefined && this.stored.kindOf(slot) === NONE) this.gained.set(slot, this.updates);
      this.stored.reread(slot, text);
    }
    const ranks = planRanks(this.plan, this.formulaOf);
    const queue = new MinHeap<number>();
    const queued = new Uint8Array(this.plan.count);
    const enqueue = (f: number) => {
      if (queued[f] === 1) return;
      queued[f] = 1;
      queue.push(ranks[f] as number, f);
    };
    const dependents = planDependents(this.plan);
    const enqueueReaders = (slot: number) => {
      if (slot + 1 >= dependents.starts.length) return;
      const end = dependents.starts[slot + 1] as number;
      for (let i = dependents.starts[slot] as number; i < end; i++)
        enqueue((this.formulaOf[dependents.list[i] as number] as number) - 1);
    };
    for (const slot of changed) {
      const f = (this.formulaOf[slot] as number) - 1;
      if (f >= 0) enqueue(f);
      else enqueueReaders(slot);
    }
    const updated: number[] = [];
    for (let f = queue.pop(); f !== undefined; f = queue.pop()) {
      const known = this.computed[f] === 1;
      const [v, k, blank] = [this.dv[f], this.dk[f], this.dBlank[f]];
      this.computed[f] = 0;
      this.derive(f);
      if (known && this.dk[f] === k && this.dBlank[f] === blank && (blank === 1 || this.dv[f] === v))
        continue;
      this.moneys[f] = undefined;
      const target = this.plan.targets[f] as number;
      if (!known || this.dBlank[f] !== blank || (blank === 0 && this.dv[f] !== v)) updated.push(target);
      enqueueReaders(target);
    }
    return updated;
  }

  /** Builds the plan's indexes `update` and `reach` read (made once per plan, on first use otherwise). */
  prepareUpdates(): void {
    planDependents(this.plan);
    planRanks(this.plan, this.formulaOf);
  }

  /** Formula f's place in a topological order of the plan (what it reads comes first). */
  rank(f: number): number {
    return planRanks(this.plan, this.formulaOf)[f] as number;
  }

  /** Whether an update after the first `updates` stored a value in the cell where it stored none. */
  gainedStoredSince(slot: number, updates: number): boolean {
    return (this.gained.get(slot) ?? 0) > updates;
  }

  /** The changed cells and every cell derived from them: the cells whose shown value may have changed. */
  reach(changed: readonly number[]): number[] {
    const dependents = planDependents(this.plan);
    const seen = new Set<number>();
    const stack = [...changed];
    const affected: number[] = [];
    while (stack.length > 0) {
      const slot = stack.pop() as number;
      if (seen.has(slot)) continue;
      seen.add(slot);
      affected.push(slot);
      if (slot + 1 >= dependents.starts.length) continue;
      const end = dependents.starts[slot + 1] as number;
      for (let i = dependents.starts[slot] as number; i < end; i++) {
        const dependent = dependents.list[i] as number;
        if (!seen.has(dependent)) stack.push(dependent);
      }
    }
    return affected;
  }

  /** What the document stores for a slot's cell (undefined: nothing). */
  private storedText(slot: number): Amount | undefined {
    const { cells } = this;
    const stored = this.doc.tables[cells.tableOf(slot)]?.rows[cells.rowOf(slot)];
    const col = cells.colOf(slot);
    return stored && col in stored ? stored[col] : undefined;
  }

  /** The error reading stored cell s throws (its text is not an amount): the one `toUnits` throws. */
  invalid(s: number): unknown {
    const text = this.stored.texts[s] as string;
    try {
      toUnits(text, this.scale);
    } catch (error) {
      return error;
    }
    return new Error(`不是有效的金额：${text}`);
  }

  /** Formula f's derivation: Σ of its inputs (derivations of derived terms, else stored amounts). */
  private derive(f: number): void {
    this.derivations++;
    const { math, stored, plan } = this;
    const { starts, terms } = plan;
    const end = starts[f + 1] as number;
    let v = math.zero;
    let k = 0;
    let blank = 1;
    for (let i = starts[f] as number; i < end; i++) {
      const term = terms[i] as number;
      const g = (this.formulaOf[term] as number) - 1;
      if (g >= 0) {
        if (this.computed[g] === 0) this.derive(g);
        if (this.dBlank[g] === 1) continue;
        v = math.add(v, this.dv[g] as Units);
        k += this.dk[g] as number;
      } else {
        const s = (stored.storedOf[term] as number) - 1;
        const kind = s < 0 ? NONE : stored.kind[s];
        if (kind === INVALID) throw this.invalid(s);
        if (kind !== AMOUNT) continue;
        v = math.add(v, stored.units[s] as Units);
        k++;
      }
      blank = 0;
    }
    if (k > stored.kLimit) this.derivedUnsafe = true;
    this.dv[f] = v;
    this.dk[f] = k;
    this.dBlank[f] = blank;
    this.computed[f] = 1;
  }
}
