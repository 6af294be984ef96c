import type { Amount, JuesuanDocument, TableData } from "../document/model";
import { type CellId, cellId, parseCellId } from "../engine/cell-id";
import { planFormulas } from "../engine/expand";
import { buildGraph, type Graph } from "../engine/graph";
import { compilePlan, type FormulaPlan } from "../engine/plan";
import { computeAll, type DerivedValues, recomputeFrom } from "../engine/recompute";
import { type EnteredValues, inputPlaces, readEntered, sumPlan } from "../engine/sum-plan";
import { type Money, money, sameAmount } from "../money";
import { findTemplate } from "../templates/registry";
import { fixedRows, sortRowKeys, tableOf } from "../templates/structure";
import type { RowKey, TableId, Template } from "../templates/types";
import { type ChangeSet, type RowRef, restructures } from "./change-set";
import type { Edit, Patch, RowSnapshot } from "./edits";
import { inverseOf, REPLACED_FIELDS } from "./inverse-edit";
import { writeCell, writeName, writeRow } from "./table-writes";

/** The change set of one `apply`, with the patch that undoes it. */
export interface ApplyResult extends ChangeSet {
  patch: Patch;
  changed: Set<CellId>;
  /** `restructures(change)`: row lists and formulas were rebuilt (the checks start again). */
  structural: boolean;
}

/**
 * The open document with its template, formula graph and derived values. The document object is owned
 * and mutated in place by `apply`; every change goes through `apply` so it can be undone.
 */
export interface WorkbookOptions {
  /**
   * False: the formula graph and the derived values are built when first needed, not when the workbook
   * is made. The check command needs neither (the 审核 reads the formula plan and derives in integer units).
   */
  derive?: boolean;
}

/** The formula graph, the entered values it reads (by `sumPlan` index) and every derived value. */
interface Computed {
  graph: Graph;
  entered: EnteredValues;
  derived: DerivedValues;
}

export class Workbook {
  /** Changes only through a `template` edit (转换模板), which rebuilds rows, plan and values. */
  template: Template;
  private computed: Computed | null = null;
  private planNow: FormulaPlan | null = null;
  private readonly parsed = new Map<string, Money>();
  /**
   * Every stored value by cell id, read by the formulas (which never read a derived cell's stated value):
   * filled from the document in one pass, kept up to date by `apply`.
   */
  private inputs = new Map<CellId, Money | null>();
  private rowCache = new Map<TableId, RowKey[]>();

  constructor(
    readonly doc: JuesuanDocument,
    options: WorkbookOptions = {},
  ) {
    const template = findTemplate(doc.meta.template);
    if (!template) throw new Error(`未知的模板“${doc.meta.template}”`);
    this.template = template;
    if (options.derive !== false) this.compute();
  }

  /** The formulas expanded over the current rows (made again when rows are added or removed). */
  get plan(): FormulaPlan {
    this.planNow ??= compilePlan(this.template, (id) => this.rows(id));
    return this.planNow;
  }

  get graph(): Graph {
    return this.compute().graph;
  }

  /** The formula graph and every derived value, built once (and again by structural edits). */
  private compute(): Computed {
    if (this.computed) return this.computed;
    const graph = this.buildGraph();
    this.loadInputs();
    const entered = readEntered(graph, (id) => this.inputValue(id));
    this.computed = { graph, entered, derived: computeAll(graph, entered) };
    return this.computed;
  }

  private get derived(): DerivedValues {
    return this.compute().derived;
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
      rows = this.computeRows(id);
      this.rowCache.set(id, rows);
    }
    return rows;
  }

  hasRow(id: TableId, row: RowKey): boolean {
    return this.rows(id).includes(row);
  }

  /** The name printed for a row: the document's name, else the template's label. */
  rowName(id: TableId, row: RowKey): string {
    const name = this.doc.tables[id]?.names?.[row];
    if (name !== undefined) return name;
    const layout = tableOf(this.template, id).layout;
    if (layout.kind === "subject") return row === layout.totalRow.key ? layout.totalRow.label : "";
    return fixedRows(tableOf(this.template, id)).get(row)?.row.label ?? row;
  }

  isDerived(id: CellId): boolean {
    return this.graph.formulas.has(id);
  }

  /** The value stored in the document for a cell: entered, or stated on a derived cell. */
  stored(id: CellId): Amount | undefined {
    const { table, row, col } = parseCellId(id);
    const cells = this.doc.tables[table]?.rows[row];
    return cells && col in cells ? cells[col] : undefined;
  }

  /** A derived cell's computed value (blank when every input is blank). */
  derivedValue(id: CellId): Money | null {
    return this.derived.get(id) ?? null;
  }

  /** The value as shown: stated where stated, else derived, else entered. */
  shown(id: CellId): Money | null {
    const stored = this.stored(id);
    if (stored !== undefined) return this.toMoney(stored);
    return this.isDerived(id) ? this.derivedValue(id) : null;
  }

  /** Every derived cell with its value, for export. */
  derivedEntries(): IterableIterator<[CellId, Money | null]> {
    return this.derived.entries();
  }

  apply(edits: readonly Edit[]): ApplyResult {
    this.compute(); // values before the edit, so that the edit can tell which derived cells it changed
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
        const id = cellId(edit.table, edit.row, edit.col);
        const value = edit.value === undefined ? null : this.toMoney(edit.value);
        if (edit.value === undefined) this.inputs.delete(id);
        else this.inputs.set(id, value);
        this.setEntered(id, value);
        changed.add(id);
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
        this.addRowCells(changed, edit.table, edit.row, this.snapshotRow(edit.table, edit.row));
        writeRow(this.table(edit.table), edit.row, edit.snapshot);
        this.addRowCells(changed, edit.table, edit.row, edit.snapshot);
      }
    }
    const change = { changed, rowsAdded, rowsRemoved, meta, reset };
    const structural = restructures(change);
    if (structural) this.rebuild(changed);
    else
      for (const id of recomputeFrom(this.graph, this.derived, (c) => this.inputValue(c), changed))
        changed.add(id);
    return { ...change, patch: { edits, inverse }, structural };
  }

  /** Recomputes every derived cell from the entered values (the engine's full pass). */
  recomputeAll(): void {
    const { graph, entered } = this.compute();
    this.computed = { graph, entered, derived: computeAll(graph, entered) };
  }

  /** Keeps the formulas' copy of the entered values (read once per graph) current. */
  private setEntered(id: CellId, value: Money | null): void {
    if (!this.computed) return;
    const { entered } = this.computed;
    for (const index of inputPlaces(sumPlan(this.computed.graph), id) ?? []) entered[index] = value;
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
    for (const cell of this.inputs.keys()) changed.add(cell);
    this.template = template;
    this.doc.meta.template = id;
    // The conversion emptied the tables the new template lacks (edits before this one); the file keeps none.
    for (const [table, data] of Object.entries(this.doc.tables)) {
      if (
        !template.tables[table] &&
        data &&
        Object.values(data.rows).every((c) => Object.keys(c).length === 0)
      )
        delete this.doc.tables[table];
    }
  }

  private addRowCells(
    changed: Set<CellId>,
    id: TableId,
    row: RowKey,
    snapshot: RowSnapshot | undefined,
  ): void {
    for (const col of Object.keys(snapshot?.cells ?? {})) changed.add(cellId(id, row, col));
  }

  private writeField(field: string, value: unknown): void {
    if (value === undefined) delete this.doc[field];
    else this.doc[field] = REPLACED_FIELDS.has(field) ? value : structuredClone(value);
  }

  private rebuild(changed: Set<CellId>): void {
    const before = this.computed?.derived ?? new Map<CellId, Money | null>();
    this.rowCache = new Map();
    this.planNow = null;
    this.computed = null;
    const { derived } = this.compute();
    for (const [id, value] of derived)
      if (!before.has(id) || !sameAmount(before.get(id) ?? null, value)) changed.add(id);
    for (const id of before.keys()) if (!derived.has(id)) changed.add(id);
  }

  private buildGraph(): Graph {
    return buildGraph(planFormulas(this.plan));
  }

  private computeRows(id: TableId): RowKey[] {
    const table = tableOf(this.template, id);
    if (table.layout.kind === "panes") return [...fixedRows(table).keys()];
    const data = this.doc.tables[id];
    const keys = new Set<RowKey>([table.layout.totalRow.key]);
    for (const key of Object.keys(data?.rows ?? {})) keys.add(key);
    for (const key of Object.keys(data?.names ?? {})) keys.add(key);
    return sortRowKeys(table, keys);
  }

  private loadInputs(): void {
    const inputs = new Map<CellId, Money | null>();
    for (const [table, data] of Object.entries(this.doc.tables) as [TableId, TableData | undefined][]) {
      for (const [row, cells] of Object.entries(data?.rows ?? {}))
        for (const [col, value] of Object.entries(cells))
          inputs.set(cellId(table, row, col), this.toMoney(value));
    }
    this.inputs = inputs;
  }

  /** Entered values feed the formulas; a stated value on a derived cell never does. */
  private inputValue(id: CellId): Money | null {
    return this.inputs.get(id) ?? null;
  }

  private toMoney(text: Amount): Money | null {
    if (text === null) return null;
    let value = this.parsed.get(text);
    if (!value) {
      value = money(text);
      this.parsed.set(text, value);
    }
    return value;
  }
}
