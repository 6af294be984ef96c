import type { Amount, JuesuanDocument, TableData } from "../document/model";
import { type CellId, cellId, parseCellId } from "../engine/cell-id";
import { planFormulas } from "../engine/expand";
import { buildGraph, type Graph } from "../engine/graph";
import { compilePlan, type FormulaPlan } from "../engine/plan";
import { PlanValues } from "../engine/unit-values";
import { type Money, money, rescaleUnits } from "../money";
import { findTemplate } from "../templates/registry";
import { tableOf } from "../templates/structure";
import type { RowKey, TableId, Template } from "../templates/types";
import { type RowRef, restructures } from "./change-set";
import { addChangedDerived } from "./derived-changes";
import type { Edit, RowSnapshot } from "./edits";
import { inverseOf, REPLACED_FIELDS } from "./inverse-edit";
import { printedRowName, printedRows } from "./printed-rows";
import { dropEmptyTables, storedCells, writeCell, writeName, writeRow } from "./table-writes";
import type { ApplyResult, WorkbookOptions } from "./workbook-types";

export type { ApplyResult, WorkbookOptions } from "./workbook-types";

/**
 * The open document with its template, formula graph and derived values. The document object is owned
 * and mutated in place by `apply`; every change goes through `apply` so it can be undone.
 */
export class Workbook {
  /** Changes only through a `template` edit (转换模板), which rebuilds rows, plan and values. */
  template: Template;
  private planNow: FormulaPlan | null = null;
  private graphNow: Graph | null = null;
  private valuesNow: PlanValues | null = null;
  /** bigint units, for good once the document needed them (see engine/unit-values.ts). */
  private exactUnits = false;
  private readonly derives: boolean;
  /** Values as shown, made once per value until `apply` changes it (the narrative reads cells many times). */
  private shownNow = new Map<CellId, Money | null>();
  private rowCache = new Map<TableId, RowKey[]>();

  constructor(
    readonly doc: JuesuanDocument,
    options: WorkbookOptions = {},
  ) {
    const template = findTemplate(doc.meta.template);
    if (!template) throw new Error(`未知的模板“${doc.meta.template}”`);
    this.template = template;
    this.derives = options.derive !== false;
    if (this.derives) this.values();
  }

  /** The formulas expanded over the current rows (made again when rows are added or removed). */
  get plan(): FormulaPlan {
    this.planNow ??= compilePlan(this.template, (id) => this.rows(id));
    return this.planNow;
  }

  /** The plan as a map of cell ids in topological order (the 追踪, exports), made on first use. */
  get graph(): Graph {
    this.graphNow ??= buildGraph(planFormulas(this.plan));
    return this.graphNow;
  }

  /**
   * Every stored amount and derived value in exact units (with each derived value's count of rounded
   * amounts), kept current by `apply`. `exact`: bigint units from now on.
   */
  values(exact = false): PlanValues {
    if (exact && !this.exactUnits) {
      this.exactUnits = true;
      if (!this.valuesNow?.exact) this.valuesNow = null;
    }
    this.valuesNow ??= this.makeValues();
    return this.valuesNow;
  }

  /** Float64 units while they hold every value, else bigint (`unsafe`); bigint for good once asked for. */
  private makeValues(exact = this.exactUnits): PlanValues {
    const values = new PlanValues(this.doc, this.plan, exact);
    if (this.derives) values.deriveAll();
    return values.unsafe && !exact ? this.makeValues(true) : values;
  }

  table(id: TableId): TableData {
    let data = this.doc.tables[id];
    if (!data) {
      data = { rows: {} };
      this.doc.tables[id] = data;
    }
    return data;
  }

  /** The rows of a table in printed order: template rows, or the total row and the document's 科目 rows. */
  rows(id: TableId): readonly RowKey[] {
    let rows = this.rowCache.get(id);
    if (!rows) {
      rows = printedRows(this.template, this.doc, id);
      this.rowCache.set(id, rows);
    }
    return rows;
  }

  hasRow(id: TableId, row: RowKey): boolean {
    return this.rows(id).includes(row);
  }

  /** The name printed for a row: the document's name, else the template's label. */
  rowName(id: TableId, row: RowKey): string {
    return printedRowName(this.template, this.doc, id, row);
  }

  isDerived(id: CellId): boolean {
    const slot = this.plan.cells.find(id);
    return slot !== undefined && this.values().isDerived(slot);
  }

  /** The value stored in the document for a cell: entered, or stated on a derived cell. */
  stored(id: CellId): Amount | undefined {
    const { table, row, col } = parseCellId(id);
    const cells = this.doc.tables[table]?.rows[row];
    return cells && col in cells ? cells[col] : undefined;
  }

  /** A derived cell's computed value (blank when every input is blank). */
  derivedValue(id: CellId): Money | null {
    const slot = this.plan.cells.find(id);
    if (slot === undefined) return null;
    return this.read((values) => {
      const f = values.formulaAt(slot);
      return f < 0 ? null : values.derivedMoney(f);
    });
  }

  /** Reads the values, again in bigint units if a derivation made on first use left the safe integers. */
  private read<T>(from: (values: PlanValues) => T): T {
    const values = this.values();
    const value = from(values);
    if (!values.unsafe || values.exact) return value;
    this.valuesNow = this.makeValues(true);
    return from(this.valuesNow);
  }

  /** The value as shown: stated where stated, else derived, else entered. */
  shown(id: CellId): Money | null {
    let value = this.shownNow.get(id);
    if (value === undefined) {
      const stored = this.stored(id);
      if (stored !== undefined) value = stored === null ? null : money(stored);
      else value = this.isDerived(id) ? this.derivedValue(id) : null;
      this.shownNow.set(id, value);
    }
    return value;
  }

  /**
   * The value as shown (or, `derived`, as the formulas derive a derived cell) in exact bigint units of
   * 10^-`scale`, null when blank: what the narrative's figures add up without decimal.js. `scale` must be
   * at least the document's (MAX_DECIMALS holds every amount).
   */
  unitsOf(id: CellId, scale: number, derived = false): bigint | null {
    const slot = this.plan.cells.find(id);
    if (slot === undefined) return null;
    return this.read((values) => {
      const f = values.formulaAt(slot);
      const units = derived && f >= 0 ? values.derived(f) : values.shownUnits(slot);
      return units === null ? null : rescaleUnits(units, values.scale, scale);
    });
  }

  /** Every derived cell with its value, for export. */
  *derivedEntries(): IterableIterator<[CellId, Money | null]> {
    for (const id of this.graph.order) yield [id, this.derivedValue(id)];
  }

  apply(edits: readonly Edit[]): ApplyResult {
    this.values(); // values before the edit, so that the edit can tell which derived cells it changed
    const inverse: Edit[] = [];
    const changed = new Set<CellId>();
    const rowsAdded: RowRef[] = [];
    const rowsRemoved: RowRef[] = [];
    let reset = false;
    const meta = edits.some(
      (edit) => edit.kind === "rename" || edit.kind === "field" || edit.kind === "template",
    );
    for (const edit of edits) {
      inverse.unshift(inverseOf(this, edit));
      if (edit.kind === "set") {
        if (!this.hasRow(edit.table, edit.row)) rowsAdded.push({ table: edit.table, row: edit.row });
        writeCell(this.table(edit.table), tableOf(this.template, edit.table), edit.row, edit.col, edit.value);
        changed.add(cellId(edit.table, edit.row, edit.col));
      } else if (edit.kind === "rename") {
        writeName(this.table(edit.table), edit.row, edit.name);
      } else if (edit.kind === "field") {
        this.writeField(edit.field, edit.value);
        // A changed unit changes every amount's rounding interval: the checks start again.
        if (edit.field === "meta") reset = true;
      } else if (edit.kind === "template") {
        this.switchTemplate(edit.template, changed);
        reset = true;
      } else {
        const ref = { table: edit.table, row: edit.row };
        if (this.hasRow(edit.table, edit.row)) rowsRemoved.push(ref);
        if (edit.snapshot) rowsAdded.push(ref);
        addRowCells(changed, edit.table, edit.row, this.snapshotRow(edit.table, edit.row));
        writeRow(this.table(edit.table), edit.row, edit.snapshot);
        addRowCells(changed, edit.table, edit.row, edit.snapshot);
      }
    }
    const change = { changed, rowsAdded, rowsRemoved, meta, reset };
    const structural = restructures(change);
    if (structural) this.rebuild(changed);
    else this.recompute(changed);
    this.forgetShown(structural ? null : changed);
    return { ...change, patch: { edits, inverse }, structural };
  }

  /** Derives every value again from the stored amounts (the engine's full pass). */
  recomputeAll(): void {
    this.values().deriveAll();
  }

  /**
   * Derives again what the changed cells reach; adds the derived cells whose value changed. A cell without
   * a slot, or an amount these values cannot hold (finer than their scale, beyond float64), makes new values.
   */
  private recompute(changed: Set<CellId>): void {
    const { cells } = this.plan;
    const values = this.values();
    const slots: number[] = [];
    for (const id of changed) {
      const slot = cells.find(id);
      if (slot === undefined || !values.holds(this.stored(id))) {
        this.remakeValues(changed);
        return;
      }
      slots.push(slot);
    }
    for (const slot of values.update(slots)) changed.add(cells.idOf(slot));
    if (values.unsafe && !values.exact) {
      // Float64 sums left the safe integers: bigint units, and what they change.
      this.valuesNow = this.makeValues(true);
      addChangedDerived(values, this.valuesNow, changed);
    } else if (values.exact && !this.exactUnits) {
      // bigint units only while they are needed: the same values, made again in float64 if those hold.
      const float = this.makeValues();
      if (!float.exact) this.valuesNow = float;
    }
  }

  /** New values over the same rows (another scale, bigint units, a new cell); adds what they change. */
  private remakeValues(changed: Set<CellId>): void {
    const before = this.values();
    this.valuesNow = null;
    addChangedDerived(before, this.values(), changed);
  }

  snapshotRow(id: TableId, row: RowKey): RowSnapshot | undefined {
    const data = this.doc.tables[id];
    if (!data || !this.hasRow(id, row)) return undefined;
    const cells = data.rows[row];
    return { name: data.names?.[row], cells: cells ? { ...cells } : undefined };
  }

  /** Every cell of the old layout counts as changed: the views and the 审核 read the new one afresh. */
  private switchTemplate(id: string, changed: Set<CellId>): void {
    const template = findTemplate(id);
    if (!template) throw new Error(`未知的模板“${id}”`);
    for (const cell of storedCells(this.doc)) changed.add(cell);
    this.template = template;
    this.doc.meta.template = id;
    dropEmptyTables(this.doc, template);
  }

  private writeField(field: string, value: unknown): void {
    if (value === undefined) delete this.doc[field];
    else this.doc[field] = REPLACED_FIELDS.has(field) ? value : structuredClone(value);
  }

  /** New rows: a new plan, graph and values; adds the derived cells whose value changed. */
  private rebuild(changed: Set<CellId>): void {
    const before = this.values();
    this.rowCache = new Map();
    this.planNow = null;
    this.graphNow = null;
    this.valuesNow = null;
    addChangedDerived(before, this.values(), changed);
  }

  /** Forgets the shown values of the changed cells (`changed` includes the derived cells it reached), or all. */
  private forgetShown(changed: Set<CellId> | null): void {
    if (changed === null) this.shownNow = new Map();
    else for (const id of changed) this.shownNow.delete(id);
  }
}

/** The cells of a row snapshot, as changed (a row added, removed or restored). */
function addRowCells(
  changed: Set<CellId>,
  id: TableId,
  row: RowKey,
  snapshot: RowSnapshot | undefined,
): void {
  for (const col of Object.keys(snapshot?.cells ?? {})) changed.add(cellId(id, row, col));
}
