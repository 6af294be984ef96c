/** What the check kinds read: the workbook, values as shown, rows, children, labels. */
import type { JuesuanDocument } from "../document/model";
import type { CellId } from "../engine/cell-id";
import { subjectChildren } from "../engine/expand";
import { halfUnitInUnits, unitsToString } from "../money";
import { columnLabel, fixedRows, isSubjectCode, tableColumns } from "../templates/structure";
import type { ColKey, RowKey, TableId, TableTemplate } from "../templates/types";
import type { Workbook } from "../workbook/workbook";
import { CellIds } from "./cell-ids";
import { type Shown, ShownValues } from "./shown";
import type { RowSelect } from "./types";

const ORDINAL = /^[一二三四五六七八九十]+、/;

export class CheckContext {
  readonly doc: JuesuanDocument;
  /** Half-width of one rounded amount, in units (0 in a 元 document). */
  readonly half: bigint;

  private readonly childrenCache = new Map<TableId, Map<RowKey, RowKey[]>>();
  private readonly rowSets = new Map<TableId, Set<RowKey>>();
  private readonly columnSets = new Map<TableId, Map<RowKey, Set<ColKey>>>();

  constructor(
    readonly workbook: Workbook,
    readonly shown: ShownValues,
    /** Interned cell ids: build every id of a check through `ids.id`. */
    readonly ids: CellIds,
  ) {
    this.doc = workbook.doc;
    this.half = this.doc.meta.unit === "万元" ? halfUnitInUnits(2, shown.scale) : 0n;
  }

  get unit(): string {
    return this.doc.meta.unit;
  }

  table(id: TableId): TableTemplate {
    return this.workbook.template.tables[id];
  }

  isSubjectTable(id: TableId): boolean {
    return this.table(id).layout.kind === "subject";
  }

  totalRow(id: TableId): RowKey | undefined {
    const layout = this.table(id).layout;
    return layout.kind === "subject" ? layout.totalRow.key : undefined;
  }

  value(id: CellId): Shown {
    return this.shown.get(id);
  }

  /** A derived cell that holds no stated value: its value comes from its formula alone. */
  isPurelyDerived(id: CellId): boolean {
    return this.workbook.isDerived(id) && this.shown.stored(id) === undefined;
  }

  rows(table: TableId): readonly RowKey[] {
    return this.workbook.rows(table);
  }

  hasRow(table: TableId, row: RowKey): boolean {
    let set = this.rowSets.get(table);
    if (!set) {
      set = new Set(this.rows(table));
      this.rowSets.set(table, set);
    }
    return set.has(row);
  }

  /** Child rows of each row in a code tree (科目 tables, and 06's 类/款); the total row holds the 类. */
  children(table: TableId): Map<RowKey, RowKey[]> {
    let children = this.childrenCache.get(table);
    if (!children) {
      children = subjectChildren(this.rows(table), this.totalRow(table));
      this.childrenCache.set(table, children);
    }
    return children;
  }

  select(table: TableId, select: RowSelect): RowKey[] {
    const rows = this.rows(table);
    const isCode = (row: RowKey) =>
      isSubjectCode(row, this.table(table).layout.kind === "subject" ? "function" : "economic");
    if (select === "all") return [...rows];
    if (select === "codes") return rows.filter(isCode);
    if (select === "classes") return rows.filter((row) => isCode(row) && row.length === 3);
    if (select === "leaves") return rows.filter((row) => isCode(row) && !this.children(table).has(row));
    const pattern = new RegExp(select.pattern);
    return rows.filter((row) => pattern.test(row));
  }

  /** Whether the template has this cell (科目 tables: any code row, present or not). */
  hasCell(table: TableId, row: RowKey, col: ColKey): boolean {
    let columns = this.columnSets.get(table);
    if (!columns) {
      const template = this.table(table);
      columns = new Map();
      if (template.layout.kind === "subject") columns.set("", new Set(tableColumns(template)));
      else for (const [key, entry] of fixedRows(template)) columns.set(key, new Set(entry.columns));
      this.columnSets.set(table, columns);
    }
    if (!this.isSubjectTable(table)) return columns.get(row)?.has(col) ?? false;
    return (columns.get("")?.has(col) ?? false) && (row === this.totalRow(table) || isSubjectCode(row));
  }

  /** "21011 行政事业单位医疗", "合计", "收入总计", "201 一般公共服务支出". */
  rowLabel(table: TableId, row: RowKey): string {
    if (row === this.totalRow(table)) return row;
    if (!isSubjectCode(row)) return row;
    const name = this.workbook.rowName(table, row).replace(ORDINAL, "").trim();
    return name ? `${row} ${name}` : row;
  }

  columnLabel(table: TableId, col: ColKey): string {
    return columnLabel(this.table(table), col);
  }

  /** 表号·行名·栏目名, e.g. "02表·21011 行政事业单位医疗·财政拨款收入". */
  cellLabel(table: TableId, row: RowKey, col: ColKey): string {
    return `${table}表·${this.rowLabel(table, row)}·${this.columnLabel(table, col)}`;
  }

  amount(units: bigint): string {
    return unitsToString(units, this.shown.scale);
  }

  /** The value as printed: the amount, or "空白". */
  printed(shown: Shown): string {
    return shown.blank ? "空白" : this.amount(shown.v);
  }
}

/** Builds a fresh context over the workbook's current state. */
export function createContext(workbook: Workbook, scale: number): CheckContext {
  const ids = new CellIds();
  return new CheckContext(workbook, new ShownValues(workbook, scale, ids), ids);
}
