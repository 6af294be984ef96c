/**
 * The formula plan: the template's formulas expanded once over the document's rows, one sum per derived
 * cell, numbered by `CellSpace` slots (building and hashing cell-id strings per term would cost more than
 * a whole 审核). The engine's graph (expand.ts, graph.ts) and the checks' derivations (checks/shown.ts)
 * both read it; the workbook makes one per set of rows.
 */
import { fixedRows, tableOf } from "../templates/structure";
import type { ColKey, FormulaSpec, RowKey, TableId, Template } from "../templates/types";
import { CellSpace } from "./cell-space";
import type { Block, RowsOf } from "./table-blocks";

export class FormulaConflictError extends Error {}

/** The template formula kinds, in the order `FormulaPlan.kinds` numbers them. */
export const FORMULA_KINDS = [
  "sum",
  "rowSum",
  "hierarchy",
  "columnSum",
  "mirror",
] as const satisfies readonly FormulaSpec["kind"][];

export interface FormulaPlan {
  /** The slots the formulas are numbered in (fork it to add cells of your own). */
  readonly cells: CellSpace;
  /** How many formulas. */
  readonly count: number;
  /** The derived cell of each formula. */
  readonly targets: Int32Array;
  /** Formula f sums terms[starts[f]] … terms[starts[f + 1] - 1]. */
  readonly starts: Int32Array;
  readonly terms: Int32Array;
  /** Which template formula kind made formula f (index in `FORMULA_KINDS`). */
  readonly kinds: Uint8Array;
}

type Spec<K extends FormulaSpec["kind"]> = Extract<FormulaSpec, { kind: K }>;

class Builder implements FormulaPlan {
  count = 0;
  targets: Int32Array;
  starts: Int32Array;
  terms: Int32Array;
  kinds: Uint8Array;
  private termCount = 0;
  private kind = 0;
  /** Per slot: 1 once a formula targets it (two formulas for one cell are a template error). */
  private targeted: Uint8Array;

  constructor(
    private readonly template: Template,
    readonly cells: CellSpace,
  ) {
    // Typed arrays grown by doubling: pushing tens of thousands of numbers onto JS arrays costs far more.
    this.targets = new Int32Array(Math.max(64, cells.gridSize >> 1));
    this.starts = new Int32Array(this.targets.length + 1);
    this.kinds = new Uint8Array(this.targets.length);
    this.terms = new Int32Array(Math.max(256, cells.gridSize * 2));
    this.targeted = new Uint8Array(cells.capacity);
  }

  /** The formulas of one template spec follow. */
  spec(kind: FormulaSpec["kind"]): void {
    this.kind = FORMULA_KINDS.indexOf(kind);
  }

  /** A formula: its target, then its terms with `term`, then `close`. */
  open(target: number): void {
    if (this.count === this.targets.length) {
      this.targets = grow(this.targets, this.targets.length * 2);
      this.starts = grow(this.starts, this.targets.length + 1);
      const kinds = new Uint8Array(this.targets.length);
      kinds.set(this.kinds);
      this.kinds = kinds;
    }
    if (target >= this.targeted.length) {
      const targeted = new Uint8Array(Math.max(this.cells.capacity, target + 1));
      targeted.set(this.targeted);
      this.targeted = targeted;
    }
    if (this.targeted[target] === 1) {
      const kind = FORMULA_KINDS[this.kind] as string;
      throw new FormulaConflictError(`单元格 ${this.cells.idOf(target)} 有两个公式（${kind}）`);
    }
    this.targeted[target] = 1;
    this.targets[this.count] = target;
    this.kinds[this.count] = this.kind;
  }

  term(slot: number): void {
    if (this.termCount === this.terms.length) this.terms = grow(this.terms, this.terms.length * 2);
    this.terms[this.termCount++] = slot;
  }

  close(): void {
    this.starts[++this.count] = this.termCount;
  }

  sum(spec: Spec<"sum">): void {
    const { cells } = this;
    this.open(cells.anySlot(spec.target.table, spec.target.row, spec.target.col));
    for (const term of spec.terms) this.term(cells.anySlot(term.table, term.row, term.col));
    this.close();
  }

  rowSum(spec: Spec<"rowSum">): void {
    const block = this.cells.block(spec.table);
    const table = tableOf(this.template, spec.table);
    const rows =
      spec.rows ??
      (table.layout.kind === "subject"
        ? block.rows
        : block.rows.filter((r) => fixedRows(table).get(r)?.columns.includes(spec.target)));
    const target = block.colIndex.get(spec.target);
    const parts = spec.terms.map((col) => block.colIndex.get(col) ?? -1);
    if (target === undefined || parts.includes(-1)) {
      for (const row of rows) this.rowSumAt(spec.table, row, spec.target, spec.terms);
      return;
    }
    const width = block.cols.length;
    for (const row of rows) {
      const r = block.rowIndex.get(row);
      if (r === undefined) {
        this.rowSumAt(spec.table, row, spec.target, spec.terms);
        continue;
      }
      const at = block.base + r * width;
      this.open(at + target);
      for (let i = 0; i < parts.length; i++) this.term(at + (parts[i] as number));
      this.close();
    }
  }

  hierarchy(spec: Spec<"hierarchy">): void {
    const block = this.cells.block(spec.table);
    // The workbook's rows are already in printed order (`sortRowKeys`), as the engine sorts them.
    const children = this.cells.children(spec.table, spec.totalRow);
    const total = spec.totalRow !== undefined && !children.has(spec.totalRow) ? spec.totalRow : undefined;
    const columns = spec.columns.map((col) => block.colIndex.get(col) ?? -1);
    const known = !columns.includes(-1);
    // The kids' row positions, in one scratch array for all parents (no array per parent).
    let rows = new Int32Array(16);
    children.forEach((kids, parent) => {
      const p = block.rowIndex.get(parent);
      if (kids.length > rows.length) rows = new Int32Array(kids.length * 2);
      let all = known && p !== undefined;
      for (let k = 0; all && k < kids.length; k++) {
        const r = block.rowIndex.get(kids[k] as RowKey);
        if (r === undefined) all = false;
        else rows[k] = r;
      }
      if (all) this.tree(block, p as number, rows, kids.length, columns);
      else this.treeAt(spec.table, parent, kids, spec.columns);
    });
    // A total row with no codes under it is still a sum (of nothing): blank.
    if (total !== undefined) this.treeAt(spec.table, total, [], spec.columns);
  }

  columnSum(spec: Spec<"columnSum">): void {
    const { cells } = this;
    for (const col of spec.columns) {
      this.open(cells.anySlot(spec.table, spec.target, col));
      for (const row of spec.rows) this.term(cells.anySlot(spec.table, row, col));
      this.close();
    }
  }

  mirror(spec: Spec<"mirror">): void {
    const { cells } = this;
    for (const row of spec.rows) {
      this.open(cells.anySlot(spec.target.table, row, spec.target.col));
      this.term(cells.anySlot(spec.source.table, row, spec.source.col));
      this.close();
    }
  }

  /** A parent's sums over its kids' rows kids[0] … kids[count - 1] (row positions in the block). */
  private tree(
    block: Block,
    parent: number,
    kids: Int32Array,
    count: number,
    columns: readonly number[],
  ): void {
    const width = block.cols.length;
    for (let c = 0; c < columns.length; c++) {
      const col = columns[c] as number;
      this.open(block.base + parent * width + col);
      for (let k = 0; k < count; k++) this.term(block.base + (kids[k] as number) * width + col);
      this.close();
    }
  }

  private rowSumAt(table: TableId, row: RowKey, target: ColKey, terms: readonly ColKey[]): void {
    this.open(this.cells.anySlot(table, row, target));
    for (const col of terms) this.term(this.cells.anySlot(table, row, col));
    this.close();
  }

  private treeAt(table: TableId, parent: RowKey, kids: readonly RowKey[], columns: readonly ColKey[]): void {
    for (const col of columns) {
      this.open(this.cells.anySlot(table, parent, col));
      for (const kid of kids) this.term(this.cells.anySlot(table, kid, col));
      this.close();
    }
  }
}

function grow(array: Int32Array, length: number): Int32Array {
  const next = new Int32Array(length);
  next.set(array);
  return next;
}

/** Expands the template's formulas over the rows `rowsOf` lists (in printed order) into one plan. */
export function compilePlan(template: Template, rowsOf: RowsOf): FormulaPlan {
  const builder = new Builder(template, CellSpace.of(template, rowsOf));
  for (const spec of template.formulas) {
    builder.spec(spec.kind);
    switch (spec.kind) {
      case "sum":
        builder.sum(spec);
        break;
      case "rowSum":
        builder.rowSum(spec);
        break;
      case "hierarchy":
        builder.hierarchy(spec);
        break;
      case "columnSum":
        builder.columnSum(spec);
        break;
      case "mirror":
        builder.mirror(spec);
        break;
    }
  }
  return builder;
}
