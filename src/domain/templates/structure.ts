import type { ColKey, FixedRow, PanesLayout, RowKey, TableId, TableTemplate, Template } from "./types";

const FUNCTION_CODE = /^\d{3}(\d{2}){0,2}$/;
const ECONOMIC_CODE = /^\d{3}(\d{2})?$/;

export function isSubjectCode(code: string, classification: "function" | "economic" = "function"): boolean {
  return (classification === "function" ? FUNCTION_CODE : ECONOMIC_CODE).test(code);
}

/** 类 (3 digits), 款 (5) or 项 (7). */
export function subjectLevel(code: string): 1 | 2 | 3 {
  return code.length <= 3 ? 1 : code.length <= 5 ? 2 : 3;
}

/** Codes sort so that a parent precedes its children and siblings are in code order. */
export function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function paneRows(layout: PanesLayout): { row: FixedRow; columns: ColKey[] }[] {
  return layout.panes.flatMap((pane) => {
    const columns = pane.columns.map((c) => c.key);
    const rows = pane.footer ? [...pane.rows, pane.footer] : pane.rows;
    return rows.filter((row) => row.key !== null).map((row) => ({ row, columns }));
  });
}

const fixedIndex = new WeakMap<
  TableTemplate,
  Map<RowKey, { row: FixedRow; columns: ColKey[]; order: number }>
>();

/** The fixed rows of a panes table by key, with the columns each row has and its order. */
export function fixedRows(
  table: TableTemplate,
): Map<RowKey, { row: FixedRow; columns: ColKey[]; order: number }> {
  const cached = fixedIndex.get(table);
  if (cached) return cached;
  const index = new Map<RowKey, { row: FixedRow; columns: ColKey[]; order: number }>();
  if (table.layout.kind === "panes") {
    paneRows(table.layout).forEach((entry, order) => {
      if (entry.row.key !== null) index.set(entry.row.key, { ...entry, order });
    });
  }
  fixedIndex.set(table, index);
  return index;
}

/** Every column key of a table, in printed order. */
export function tableColumns(table: TableTemplate): ColKey[] {
  return table.layout.kind === "subject"
    ? table.layout.columns.map((c) => c.key)
    : table.layout.panes.flatMap((p) => p.columns.map((c) => c.key));
}

/** The columns a row has: all columns for a 科目 table, the pane's columns for a fixed row. */
export function rowColumns(table: TableTemplate, row: RowKey): ColKey[] {
  if (table.layout.kind === "subject") return tableColumns(table);
  return fixedRows(table).get(row)?.columns ?? [];
}

/** Whether `row` is a row this table can hold (a 科目 code or the total row, or a fixed row key). */
export function isKnownRow(table: TableTemplate, row: RowKey): boolean {
  if (table.layout.kind === "subject") {
    return row === table.layout.totalRow.key || isSubjectCode(row, table.layout.classification);
  }
  return fixedRows(table).has(row);
}

/** Orders row keys as printed: the total row first, then codes (科目 tables), or template order (fixed). */
export function sortRowKeys(table: TableTemplate, keys: Iterable<RowKey>): RowKey[] {
  const list = [...keys];
  if (table.layout.kind === "subject") {
    const total = table.layout.totalRow.key;
    // The default sort orders by code units as `compareCodes` does, without a call per comparison.
    const codes = list.filter((key) => key !== total).sort();
    const totals = list.length - codes.length;
    return totals === 0 ? codes : [...new Array<RowKey>(totals).fill(total), ...codes];
  }
  const index = fixedRows(table);
  return list.sort((a, b) => (index.get(a)?.order ?? 1e9) - (index.get(b)?.order ?? 1e9));
}

export function columnLabel(table: TableTemplate, col: ColKey): string {
  const columns =
    table.layout.kind === "subject" ? table.layout.columns : table.layout.panes.flatMap((p) => p.columns);
  const column = columns.find((c) => c.key === col);
  return column ? [...(column.groups ?? []), column.label].join("·") : col;
}

/**
 * The table of a template. Ids come from the template itself or are validated against it (document files,
 * formulas), so an unknown id is a bug, not bad input.
 */
export function tableOf(template: Template, id: TableId): TableTemplate {
  const table = template.tables[id];
  if (!table) throw new Error(`模板 ${template.id} 没有${id}表`);
  return table;
}

/** The template's tables by id ("01" … "09", then further tables such as "10"): the file order. */
export function tableIds(template: Template): TableId[] {
  return Object.keys(template.tables).sort();
}

/** The tables in printed order (上海 prints 三公, id 09, seventh; 四川 prints its 明细表 fifth). */
export function tableOrder(template: Template): readonly TableId[] {
  return template.order ?? tableIds(template);
}

const ORDINALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"];

/** The table's ordinal as printed in the 目录 ("七" for 上海's 三公 table). */
export function tableOrdinal(template: Template, id: TableId): string {
  const i = tableOrder(template).indexOf(id);
  return ORDINALS[i] ?? String(i + 1);
}

/** The table in short: its label ("公开01表"), or ordinal and title where the layout prints no label. */
export function tableHeading(template: Template, id: TableId): string {
  const { label, title } = tableOf(template, id);
  return label || `${tableOrdinal(template, id)}、${title}`;
}

/** The table in full: label and title ("公开01表 收入支出决算总表"), or ordinal and title. */
export function tableCaption(template: Template, id: TableId): string {
  const { label, title } = tableOf(template, id);
  return label ? `${label} ${title}` : tableHeading(template, id);
}

/** Whether the table prints a 栏次 line (科目 tables print one unless the layout says not). */
export function printsLaneRow(table: TableTemplate): boolean {
  return table.layout.kind === "subject" ? table.layout.laneRow !== false : table.layout.laneRow;
}

/** Whether a 科目 table prints its 合计 row last (上海's 05); the data keep it first either way. */
export function printsTotalLast(table: TableTemplate): boolean {
  return table.layout.kind === "subject" && table.layout.totalRowPosition === "last";
}
