/** What the check kinds read: the workbook, cells (as slots), values as shown, rows, children, labels. */
import type { JuesuanDocument } from "../document/model";
import type { CellId } from "../engine/cell-id";
import type { CellSpace } from "../engine/cell-space";
import { isFunctionCode } from "../engine/code-tree";
import { groupThousands, numberUnitsToString, type Units, unitsToString } from "../money";
import { columnLabel, isSubjectCode, tableOf } from "../templates/structure";
import { tableName } from "../templates/table-names";
import type { ColKey, RowKey, TableId, TableTemplate } from "../templates/types";
import type { Workbook } from "../workbook/workbook";
import { type Shown, ShownValues } from "./shown";
import type { RowSelect } from "./types";

const ORDINAL = /^[一二三四五六七八九十]+、/;
const ORDINAL_START = "一二三四五六七八九十";

/** A concrete cell of a check, for messages: its slot and keys, and whether it is subtracted. */
export interface Bound {
  slot: number;
  table: TableId;
  row: RowKey;
  col: ColKey;
  minus: boolean;
}

const columnLabels = new WeakMap<TableTemplate, Map<ColKey, string>>();

export class CheckContext {
  readonly doc: JuesuanDocument;
  readonly cells: CellSpace;
  readonly shown: ShownValues;

  private readonly selections = new Map<string, readonly RowKey[]>();
  private rowLabels = new Map<string, string>();
  private readonly names = new Map<TableId, { rows: RowKey[]; names: string[] }>();

  constructor(
    readonly workbook: Workbook,
    /** bigint arithmetic (see shown.ts). */
    exact = false,
  ) {
    this.doc = workbook.doc;
    const values = workbook.values(exact);
    this.cells = workbook.plan.cells.fork();
    this.shown = new ShownValues(values, this.cells);
  }

  get unit(): string {
    return this.doc.meta.unit;
  }

  table(id: TableId): TableTemplate {
    return tableOf(this.workbook.template, id);
  }

  isSubjectTable(id: TableId): boolean {
    return this.cells.block(id).subject;
  }

  totalRow(id: TableId): RowKey | undefined {
    return this.cells.block(id).totalRow;
  }

  rows(table: TableId): readonly RowKey[] {
    return this.cells.block(table).rows;
  }

  hasRow(table: TableId, row: RowKey): boolean {
    return this.cells.block(table).rowIndex.has(row);
  }

  /** Child rows of each row in a code tree (科目 tables, and 06's 类/款); the total row holds the 类. */
  children(table: TableId): Map<RowKey, RowKey[]> {
    return this.cells.children(table, this.totalRow(table));
  }

  /** The rows `select` picks (cached: rows do not change within a session). Do not modify. */
  select(table: TableId, select: RowSelect): readonly RowKey[] {
    const name = typeof select === "string" ? select : `/${select.pattern}`;
    const key = `${table}|${name}`;
    let rows = this.selections.get(key);
    if (!rows) {
      rows = this.selectRows(table, select);
      this.selections.set(key, rows);
    }
    return rows;
  }

  /** The slot of a cell the template has (see `CellSpace.slot`), else -1. */
  slot(table: TableId, row: RowKey, col: ColKey): number {
    return this.cells.slot(table, row, col);
  }

  /** Whether the template has this cell (科目 tables: any code row, present or not). */
  hasCell(table: TableId, row: RowKey, col: ColKey): boolean {
    const block = this.cells.block(table);
    const c = block.colIndex.get(col);
    if (c === undefined) return false;
    const r = block.rowIndex.get(row);
    if (r !== undefined) return block.valid[r * block.cols.length + c] === 1;
    return block.subject && isFunctionCode(row);
  }

  /** A derived cell that holds no stated value: its value comes from its formula alone. */
  dormant(slot: number): boolean {
    return !this.shown.hasStored(slot) && this.shown.isDerived(slot);
  }

  value(slot: number): Shown {
    return this.shown.get(slot);
  }

  bound(slot: number, minus = false): Bound {
    const { cells } = this;
    return { slot, table: cells.tableOf(slot), row: cells.rowOf(slot), col: cells.colOf(slot), minus };
  }

  idOf(slot: number): CellId {
    return this.cells.idOf(slot);
  }

  /** "21011 行政事业单位医疗", "合计", "收入总计", "201 一般公共服务支出". */
  rowLabel(table: TableId, row: RowKey): string {
    const key = `${table}|${row}`;
    let label = this.rowLabels.get(key);
    if (label === undefined) {
      if (row === this.totalRow(table) || !isFunctionCode(row)) label = row;
      else {
        let name = this.workbook.rowName(table, row);
        if (name !== "" && ORDINAL_START.includes(name.charAt(0))) name = name.replace(ORDINAL, "");
        name = name.trim();
        label = name ? `${row} ${name}` : row;
      }
      this.rowLabels.set(key, label);
    }
    return label;
  }

  /** The printed names of a table's rows (rows it has only): in row order, else in the document's order. */
  printedNames(table: TableId): { rows: readonly RowKey[]; names: readonly string[] } {
    let printed = this.names.get(table);
    if (!printed) {
      let rows: RowKey[] = [];
      let names: string[] = [];
      const all = this.doc.tables[table]?.names;
      const block = this.cells.block(table);
      if (all && block.subject) {
        // Every named row is a row of a 科目 table: walk the rows (see ShownValues on row keys). Sized
        // for every row, then cut: thousands of pushes would allocate about three times the lists.
        rows = new Array(block.rows.length);
        names = new Array(block.rows.length);
        let count = 0;
        for (const row of block.rows) {
          const name = all[row];
          if (typeof name !== "string") continue;
          rows[count] = row;
          names[count++] = name;
        }
        rows.length = count;
        names.length = count;
      } else if (all) {
        for (const row in all) {
          if (!block.rowIndex.has(row)) continue;
          rows.push(row);
          names.push(all[row] as string);
        }
      }
      printed = { rows, names };
      this.names.set(table, printed);
    }
    return printed;
  }

  /** Names may have changed: labels and names are read again. */
  forgetLabels(): void {
    this.rowLabels = new Map();
    this.names.clear();
  }

  columnLabel(table: TableId, col: ColKey): string {
    const template = this.table(table);
    let labels = columnLabels.get(template);
    if (!labels) {
      labels = new Map();
      columnLabels.set(template, labels);
    }
    let label = labels.get(col);
    if (label === undefined) {
      label = columnLabel(template, col);
      labels.set(col, label);
    }
    return label;
  }

  /** The table as its template prints it: "07表", or 上海's "表八". */
  tableName(table: TableId): string {
    return tableName(this.workbook.template, table);
  }

  /** 表号·行名·栏目名, e.g. "02表·21011 行政事业单位医疗·财政拨款收入". */
  cellLabel(table: TableId, row: RowKey, col: ColKey): string {
    return `${this.tableName(table)}·${this.rowLabel(table, row)}·${this.columnLabel(table, col)}`;
  }

  amount(units: Units): string {
    return typeof units === "number"
      ? numberUnitsToString(units, this.shown.scale)
      : unitsToString(units, this.shown.scale);
  }

  /** An amount for the words of a finding, thousands separated as the grid shows it (values stay plain). */
  figure(units: Units): string {
    return groupThousands(this.amount(units));
  }

  /** The value as printed in a finding's words: the amount, or "空白". */
  printed(shown: Shown): string {
    return shown.blank ? "空白" : this.figure(shown.v);
  }

  private selectRows(table: TableId, select: RowSelect): readonly RowKey[] {
    const rows = this.rows(table);
    const classification = this.isSubjectTable(table) ? "function" : "economic";
    const isCode = (row: RowKey) => isSubjectCode(row, classification);
    if (select === "all") return rows;
    if (select === "codes") return rows.filter(isCode);
    if (select === "classes") return rows.filter((row) => isCode(row) && row.length === 3);
    if (select === "leaves") {
      const children = this.children(table);
      return rows.filter((row) => isCode(row) && !children.has(row));
    }
    const pattern = new RegExp(select.pattern);
    return rows.filter((row) => pattern.test(row));
  }
}
