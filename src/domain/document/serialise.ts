import { type CellId, parseCellId } from "../engine/cell-id";
import { findTemplate } from "../templates/registry";
import { sortRowKeys, tableColumns, tableOf } from "../templates/structure";
import type { TableId, TableTemplate, Template } from "../templates/types";
import { type JuesuanDocument, type TableData, VERSION } from "./model";
import { OrderedObject, stringifyOrdered } from "./ordered-json";

/** Derived cells with their values as decimal strings (written for readers without a template). */
export type DerivedCells = Iterable<readonly [CellId, string]>;

const KNOWN_TOP = [
  "format",
  "version",
  "meta",
  "tables",
  "notes",
  "comments",
  "publication",
  "supplement",
  "derived",
];
const KNOWN_META = ["department", "year", "unit", "template", "codeDisplay"];
const KNOWN_TABLE = ["rows", "names", "columnLabels"];

function pick<T extends object>(source: T, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const value = (source as Record<string, unknown>)[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/** Known fields in canonical order, then unknown fields in their original order. */
function ordered<T extends object>(source: T, known: readonly string[]): Record<string, unknown> {
  const out = pick(source, known);
  for (const [key, value] of Object.entries(source)) {
    if (!known.includes(key) && value !== undefined) out[key] = value;
  }
  return out;
}

function orderMap<V>(map: Record<string, V>, keys: readonly string[]): Record<string, V> {
  const out: Record<string, V> = {};
  for (const key of keys) {
    const value = map[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}

function orderRows<V>(
  table: TableTemplate,
  rows: Record<string, V>,
  orderCells: (cells: V) => unknown,
): OrderedObject {
  return new OrderedObject(
    sortRowKeys(table, Object.keys(rows)).map((key) => [key, orderCells(rows[key] as V)]),
  );
}

function serialisableTable(table: TableTemplate, data: TableData): Record<string, unknown> {
  const columns = tableColumns(table);
  const normalised = {
    ...data,
    rows: orderRows(table, data.rows, (cells) => orderMap(cells, columns)),
    ...(data.names ? { names: orderRows(table, data.names, (n) => n) } : {}),
    ...(data.columnLabels ? { columnLabels: orderMap(data.columnLabels, columns) } : {}),
  };
  return ordered(normalised, KNOWN_TABLE);
}

/**
 * Writes the document file in canonical order (tables by id, rows as printed, columns in template order),
 * so that serialise(parse(x)) is byte-stable. `derived` is appended when given.
 */
export function serialiseDocument(doc: JuesuanDocument, derivedCells?: DerivedCells): string {
  const template = findTemplate(doc.meta.template);
  const derived = derivedCells && template ? derivedSection(template, derivedCells) : undefined;
  const tables: Record<string, unknown> = {};
  for (const id of Object.keys(doc.tables).sort()) {
    const data = doc.tables[id];
    if (!data) continue;
    const table = template?.tables[id];
    tables[id] = table ? serialisableTable(table, data) : data;
  }
  const notes = doc.notes
    ? orderMap(doc.notes as Record<string, string>, Object.keys(doc.notes).sort())
    : undefined;
  const top = ordered(
    { ...doc, version: VERSION, meta: ordered(doc.meta, KNOWN_META), tables, notes, derived },
    KNOWN_TOP,
  );
  return `${stringifyOrdered(top)}\n`;
}

function derivedSection(template: Template, cells: DerivedCells): OrderedObject {
  const byTable = new Map<string, Record<string, Record<string, string>>>();
  for (const [id, value] of cells) {
    const { table, row, col } = parseCellId(id);
    const rows = byTable.get(table) ?? {};
    byTable.set(table, rows);
    rows[row] ??= {};
    (rows[row] as Record<string, string>)[col] = value;
  }
  const columnsOf = (id: TableId) => tableColumns(tableOf(template, id));
  return new OrderedObject(
    [...byTable.keys()]
      .sort()
      .map((id) => [
        id,
        { rows: orderRows(tableOf(template, id), byTable.get(id) ?? {}, (c) => orderMap(c, columnsOf(id))) },
      ]),
  );
}
