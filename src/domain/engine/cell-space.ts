/**
 * Cells as dense numbers ("slots"), so that values, formulas and checks live in flat arrays instead of maps
 * keyed by cell-id strings. Each table's rows (as the workbook lists them) × the table's columns form one
 * block of slots; any other cell a formula or a check names (a 科目 code row the table does not have, a
 * stored cell outside the template) gets a slot of its own on first use. The formula plan (plan.ts) is
 * built on one; each 审核 session works on a `fork` (its own extra slots). Rows never change here: rows
 * added or removed make a new plan.
 */
import type { CellRef, ColKey, RowKey, TableId, Template } from "../templates/types";
import { type CellId, cellId, cellIdText, cellRef } from "./cell-id";
import { codeChildren, isFunctionCode } from "./code-tree";
import { type Block, type RowsOf, tableBlocks } from "./table-blocks";

interface SharedCaches {
  children: Map<string, Map<RowKey, RowKey[]>>;
  /** Per grid slot, its parts once asked for (a sparse array: most slots never are). */
  refs: (CellRef | undefined)[];
}

export class CellSpace {
  private readonly extraIndex = new Map<CellId, number>();
  /** Extra slots of absent code rows by table, row and column position (no id string needed). */
  private readonly absentRows = new Map<TableId, Map<RowKey, Int32Array>>();
  private readonly extraTable: TableId[] = [];
  private readonly extraRow: RowKey[] = [];
  private readonly extraCol: ColKey[] = [];
  /** Ids of the extra slots (grid slots' ids come from the interning table, cell-id.ts). */
  private readonly extraIds: CellId[] = [];
  private readonly listeners: ((capacity: number) => void)[] = [];
  private sizeNow: number;
  private capacityNow: number;
  private readonly blockOfTable: ReadonlyMap<TableId, Block>;

  /** The cells of `template` for the rows `rowsOf` lists. */
  static of(template: Template, rowsOf: RowsOf): CellSpace {
    const { blocks, size } = tableBlocks(template, rowsOf);
    return new CellSpace(blocks, size);
  }

  private constructor(
    readonly blocks: readonly Block[],
    /** Slots of the blocks; extra slots follow. */
    readonly gridSize: number,
    /** What forks share: the grid's code trees and cell parts do not change with extra slots. */
    private readonly shared: SharedCaches = { children: new Map(), refs: [] },
  ) {
    this.sizeNow = gridSize;
    this.blockOfTable = new Map(blocks.map((b) => [b.table, b]));
    // Room for extra slots (cells of code rows a table lacks, named by cross-table checks): hundreds on a
    // large document; growing later reallocates every per-slot array.
    this.capacityNow = gridSize + Math.max(64, gridSize >> 3);
  }

  /**
   * A copy with the same blocks and the same extra slots so far; slots made later belong to one copy only
   * (a 审核 session's extra cells never change the plan's numbering).
   */
  fork(): CellSpace {
    const copy = new CellSpace(this.blocks, this.gridSize, this.shared);
    for (let i = 0; i < this.extraIds.length; i++)
      copy.extra(this.extraTable[i] as TableId, this.extraRow[i] as RowKey, this.extraCol[i] as ColKey);
    return copy;
  }

  /** Slots in use (grid and extras). */
  get size(): number {
    return this.sizeNow;
  }

  /** Slots per-slot arrays must hold: at least `size`; grows (and tells `onGrow` listeners) as needed. */
  get capacity(): number {
    return this.capacityNow;
  }

  onGrow(listener: (capacity: number) => void): void {
    this.listeners.push(listener);
  }

  /** The table's block; undefined for a table the template lacks (a document is validated against it). */
  findBlock(table: TableId): Block | undefined {
    return this.blockOfTable.get(table);
  }

  block(table: TableId): Block {
    return this.blockOfTable.get(table) as Block;
  }

  /**
   * The slot of a cell the template has (`hasCell`: a 科目 table's total row or any 功能分类 code row,
   * present or not, × its columns; a fixed row × that row's columns), else -1.
   */
  slot(table: TableId, row: RowKey, col: ColKey): number {
    const block = this.blockOfTable.get(table);
    const c = block?.colIndex.get(col);
    return block === undefined || c === undefined ? -1 : this.slotAt(block, row, c);
  }

  /**
   * Child rows of each row in a table's code tree (`codeChildren`): each 功能分类 code under its nearest
   * present ancestor (or `totalRow`). Cached, and shared with forks. Do not modify.
   */
  children(table: TableId, totalRow: RowKey | undefined): Map<RowKey, RowKey[]> {
    const key = `${table}|${totalRow ?? ""}`;
    let children = this.shared.children.get(key);
    if (!children) {
      const block = this.block(table);
      children = codeChildren(
        block.rows,
        totalRow,
        block.subject ? undefined : (row) => block.rowIndex.has(row),
      );
      this.shared.children.set(key, children);
    }
    return children;
  }

  /** `slot` with the table's block and the column's position in it (`block.colIndex`) looked up. */
  slotAt(block: Block, row: RowKey, col: number): number {
    const r = block.rowIndex.get(row);
    if (r !== undefined) {
      const index = r * block.cols.length + col;
      return block.valid[index] === 1 ? block.base + index : -1;
    }
    if (!block.subject || !isFunctionCode(row)) return -1;
    // A code row the table does not have: its cells are blank for the whole session.
    let rows = this.absentRows.get(block.table);
    if (!rows) {
      rows = new Map();
      this.absentRows.set(block.table, rows);
    }
    let slots = rows.get(row);
    if (!slots) {
      slots = new Int32Array(block.cols.length).fill(-1);
      rows.set(row, slots);
    }
    let slot = slots[col] as number;
    if (slot < 0) {
      slot = this.extra(block.table, row, block.cols[col] as ColKey);
      slots[col] = slot;
    }
    return slot;
  }

  /** The slot of any cell: its grid slot, or an extra slot (created on first use). */
  anySlot(table: TableId, row: RowKey, col: ColKey): number {
    const block = this.blockOfTable.get(table);
    if (block !== undefined) {
      const r = block.rowIndex.get(row);
      const c = block.colIndex.get(col);
      if (r !== undefined && c !== undefined) return block.base + r * block.cols.length + c;
    }
    return this.extra(table, row, col);
  }

  /** The slot of a cell id, if the cell has one (no slot is created). */
  find(id: CellId): number | undefined {
    const first = id.indexOf("|");
    const second = id.indexOf("|", first + 1);
    if (first < 0 || second < 0) return undefined;
    const block = this.blockOfTable.get(id.slice(0, first));
    if (block !== undefined) {
      const r = block.rowIndex.get(id.slice(first + 1, second));
      const c = block.colIndex.get(id.slice(second + 1));
      if (r !== undefined && c !== undefined) return block.base + r * block.cols.length + c;
    }
    return this.extraIndex.get(id);
  }

  tableOf(slot: number): TableId {
    if (slot >= this.gridSize) return this.extraTable[slot - this.gridSize] as TableId;
    return this.blockOf(slot).table;
  }

  rowOf(slot: number): RowKey {
    if (slot >= this.gridSize) return this.extraRow[slot - this.gridSize] as RowKey;
    const block = this.blockOf(slot);
    return block.rows[Math.floor((slot - block.base) / block.cols.length)] as RowKey;
  }

  colOf(slot: number): ColKey {
    if (slot >= this.gridSize) return this.extraCol[slot - this.gridSize] as ColKey;
    const block = this.blockOf(slot);
    return block.cols[(slot - block.base) % block.cols.length] as ColKey;
  }

  /**
   * The cell id ("03|201|本年支出合计"). Not cached per slot: `cellId` interns, and most slots are asked
   * once per session (a finding's key), so a cache here only added a map insertion per id.
   */
  idOf(slot: number): CellId {
    if (slot >= this.gridSize) return this.extraIds[slot - this.gridSize] as CellId;
    return this.fromParts(slot, cellId);
  }

  /**
   * The cell id's text, as a new string (`idOf` without interning): for finding keys, which embed it
   * once per evaluation and never look it up.
   */
  idText(slot: number): string {
    if (slot >= this.gridSize) return this.extraIds[slot - this.gridSize] as CellId;
    return this.fromParts(slot, cellIdText);
  }

  /**
   * The cell's parts (the interned object `parseCellId` gives for its id). Kept per grid slot, for every
   * fork: findings list thousands of cells, and the interning table's three lookups cost more than this one.
   */
  refOf(slot: number): CellRef {
    if (slot < this.gridSize) {
      let ref = this.shared.refs[slot];
      if (ref === undefined) {
        ref = this.fromParts(slot, cellRef);
        this.shared.refs[slot] = ref;
      }
      return ref;
    }
    const at = slot - this.gridSize;
    return cellRef(this.extraTable[at] as TableId, this.extraRow[at] as RowKey, this.extraCol[at] as ColKey);
  }

  /** `make` of the table, row and column of a slot of the grid (not an extra cell). */
  private fromParts<T>(slot: number, make: (table: TableId, row: RowKey, col: ColKey) => T): T {
    const block = this.blockOf(slot);
    const at = slot - block.base;
    const width = block.cols.length;
    return make(block.table, block.rows[Math.floor(at / width)] as RowKey, block.cols[at % width] as ColKey);
  }

  private blockOf(slot: number): Block {
    const blocks = this.blocks;
    let i = blocks.length - 1;
    // The last block starting at or before `slot` (an empty block shares its base with the next one).
    while (i > 0 && (blocks[i] as Block).base > slot) i--;
    return blocks[i] as Block;
  }

  private extra(table: TableId, row: RowKey, col: ColKey): number {
    const id = cellId(table, row, col);
    let slot = this.extraIndex.get(id);
    if (slot === undefined) {
      slot = this.sizeNow++;
      this.extraIndex.set(id, slot);
      this.extraTable.push(table);
      this.extraRow.push(row);
      this.extraCol.push(col);
      this.extraIds.push(id);
      if (this.sizeNow > this.capacityNow) {
        this.capacityNow = Math.max(this.sizeNow, this.capacityNow * 2);
        for (const listener of this.listeners) listener(this.capacityNow);
      }
    }
    return slot;
  }
}
