/**
 * Every amount the document stores, parsed once into exact integer units (`Units` of money.ts) at the
 * document's scale: per slot (engine/cell-space.ts) 1 + its index among stored cells, and per stored cell
 * its slot, what is stored, the text and its units. Per-slot value arrays would be mostly empty, and their
 * memory would make the garbage collector run more often.
 */
import type { Amount, JuesuanDocument } from "../document/model";
import { type UnitArray, type UnitMath, type Units, unitMath, writtenDecimals } from "../money";
import type { TableId } from "../templates/types";
import type { CellSpace } from "./cell-space";
import { IntList } from "./int-list";

/** What the document stores for a cell. */
export const NONE = 0;
export const STORED_BLANK = 1;
export const AMOUNT = 2;
/** Not an amount string: reading it throws, as `toUnits` does. */
export const INVALID = 3;

/** Decimals the values are held with: every written amount fits, and half of 0.01 too. */
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

export class StoredUnits {
  readonly scale: number;
  /** Per slot: 1 + its index among stored cells (0: never stored). */
  storedOf: Int32Array;
  /**
   * The slots of the stored cells, in document order, then in the order later edits stored them (a cell
   * no longer stored stays listed, as NONE). Sized for the grid at once (a document stores at most about that many cells): grown by pushes, the
   * slot and text lists allocated three times their final size.
   */
  readonly slots: IntList;
  kind: Uint8Array;
  readonly texts: Amount[];
  count = 0;
  units: UnitArray;
  /** Some amount needs bigint units: evaluate again with `exact`. */
  unsafe = false;
  /** How many amounts one sum may add while staying exact (float64 units). */
  kLimit = Number.POSITIVE_INFINITY;
  private maxAbs: Units;

  constructor(
    doc: JuesuanDocument,
    private readonly cells: CellSpace,
    readonly math: UnitMath,
  ) {
    this.maxAbs = math.zero;
    this.storedOf = new Int32Array(cells.capacity);
    this.slots = new IntList(Math.max(16, cells.gridSize));
    this.texts = new Array(cells.gridSize);
    this.scale = this.readStored(doc);
    this.kind = new Uint8Array(this.count);
    this.units = math.array(this.count);
    for (let s = 0; s < this.count; s++) this.read(s, this.texts[s] as Amount);
  }

  /** What slot stores: NONE, STORED_BLANK, AMOUNT or INVALID. */
  kindOf(slot: number): number {
    const s = (this.storedOf[slot] as number) - 1;
    return s < 0 ? NONE : (this.kind[s] as number);
  }

  /** Rereads one cell's stored text (undefined: no longer stored). */
  reread(slot: number, text: Amount | undefined): void {
    let s = (this.storedOf[slot] as number) - 1;
    if (s < 0) {
      if (text === undefined) return;
      s = this.add(slot, text);
    }
    if (text === undefined) this.kind[s] = NONE;
    else {
      this.texts[s] = text;
      this.read(s, text);
    }
  }

  reserve(capacity: number): void {
    if (capacity <= this.storedOf.length) return;
    const next = new Int32Array(capacity);
    next.set(this.storedOf);
    this.storedOf = next;
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
    this.reserve(this.cells.capacity);
    this.slots.push(slot);
    this.texts[this.count++] = text;
    this.storedOf[slot] = this.count;
  }

  /** A cell stored after construction: room in the per-stored arrays. */
  private add(slot: number, text: Amount): number {
    const s = this.count++;
    this.slots.push(slot);
    this.texts[s] = text;
    this.storedOf[slot] = s + 1;
    if (s >= this.kind.length) {
      const kind = new Uint8Array(Math.max(16, this.kind.length * 2));
      kind.set(this.kind);
      this.kind = kind;
      const units = this.math.array(kind.length);
      for (let i = 0; i < this.units.length; i++) units[i] = this.units[i] as Units;
      this.units = units;
    }
    return s;
  }

  /** Parses stored cell s's text into the value arrays. */
  private read(s: number, text: Amount): void {
    if (text === null) {
      this.kind[s] = STORED_BLANK;
      return;
    }
    const { math } = this;
    const units = math.parse(text, this.scale);
    if (units !== undefined) {
      this.kind[s] = AMOUNT;
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
    this.kind[s] = amount ? AMOUNT : INVALID;
    if (amount) this.unsafe = true;
  }
}
