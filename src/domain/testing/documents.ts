/**
 * Test helpers: builders for small valid documents and a random-document generator (fast-check).
 * Only tests import this module.
 */
import fc from "fast-check";
import type { Amount, JuesuanDocument, Unit } from "../document/model";
import { type CellId, cellId, parseCellId } from "../engine/cell-id";
import { expandFormulas } from "../engine/expand";
import { type Money, money, sumOrBlank, toFileString } from "../money";
import { findTemplate } from "../templates/registry";
import { fixedRows, rowColumns, tableColumns, tableOf, tableOrder } from "../templates/structure";
import type { ColKey, RowKey, TableId, Template } from "../templates/types";
import { printedRows } from "../workbook/printed-rows";
import type { Workbook } from "../workbook/workbook";

/** The 科目 tables (rows come from the document) and the fixed-row tables. */
export const SUBJECT_TABLES = ["02", "03", "05", "07", "08"] as const satisfies readonly TableId[];
export const FIXED_TABLES = ["01", "04", "06", "09"] as const satisfies readonly TableId[];
export const TEMPLATE_IDS = ["2023", "2023-24"] as const;

export type Cells = Record<ColKey, Amount>;

export function templateOf(id: string): Template {
  const template = findTemplate(id);
  if (!template) throw new Error(`no template ${id}`);
  return template;
}

/** A valid document with all of its template's tables present and empty. */
export function blankDocument(template = "2023", unit: Unit = "万元"): JuesuanDocument {
  const tables: JuesuanDocument["tables"] = {};
  for (const id of tableOrder(templateOf(template))) tables[id] = { rows: {} };
  return {
    format: "juesuan",
    version: 1,
    meta: { department: "测试部门", year: 2023, unit, template },
    tables,
  };
}

/**
 * A copy of `doc` with the given rows merged into `table` (cells of an existing row are merged too).
 * `names` sets row names (科目名称); a 科目 row given only a name exists with no cells.
 */
export function withRows(
  doc: JuesuanDocument,
  table: TableId,
  rows: Record<RowKey, Cells>,
  names: Record<RowKey, string> = {},
): JuesuanDocument {
  const copy = structuredClone(doc);
  const data = copy.tables[table] ?? { rows: {} };
  copy.tables[table] = data;
  for (const [row, cells] of Object.entries(rows)) data.rows[row] = { ...data.rows[row], ...cells };
  if (Object.keys(names).length > 0) data.names = { ...data.names, ...names };
  return copy;
}

/** Several `withRows` at once: `{ "03": { "2010101": { 基本支出: "1.00" } }, … }`. */
export function withTables(
  doc: JuesuanDocument,
  tables: Partial<Record<TableId, Record<RowKey, Cells>>>,
): JuesuanDocument {
  let out = doc;
  for (const [table, rows] of Object.entries(tables) as [TableId, Record<RowKey, Cells>][]) {
    out = withRows(out, table, rows);
  }
  return out;
}

/**
 * A small, consistent document: a few 科目 rows (类/款/项) in every 科目 table, entered leaves only,
 * and values in the entered cells of 01, 04, 06 and 09.
 */
export function smallDocument(template = "2023"): JuesuanDocument {
  return withTables(blankDocument(template), {
    "02": {
      "2010301": { 财政拨款收入: "10.00", 事业收入: "1.50" },
      "2080501": { 财政拨款收入: "3.25", 其他收入: "0.75" },
    },
    "03": {
      "201": {},
      "20103": {},
      "2010301": { 基本支出: "8.00", 项目支出: "2.00" },
      "2010350": { 项目支出: "1.50" },
      "208": {},
      "20805": {},
      "2080501": { 基本支出: "4.00" },
    },
    "05": {
      "201": {},
      "20103": {},
      "2010301": { 基本支出: "8.00", 项目支出: "2.00" },
      "208": {},
      "2080501": { 基本支出: "4.00" },
    },
    "07": {
      "212": {},
      "21208": {},
      "2120801": { 年初结转和结余: "1.00", 本年收入: "5.00", 项目支出: "4.00", 年末结转和结余: "2.00" },
    },
    "08": { "223": {}, "2230101": { 基本支出: "0.30" } },
    "01": { 年初结转和结余: { 决算数: "2.00" }, 年末结转和结余: { 决算数: "1.00" } },
    "04": {
      一般公共预算财政拨款: { 金额: "14.00" },
      政府性基金预算财政拨款: { 金额: "5.00" },
      年初结转和结余·政府性基金预算财政拨款: { 金额: "1.00" },
      年末财政拨款结转和结余: { 政府性基金预算财政拨款: "2.00" },
    },
    "06": { "30101": { 决算数: "5.00" }, "30201": { 决算数: "1.20" }, "30302": { 决算数: "0.80" } },
    "09": {
      三公经费: {
        预算数·公务接待费: "1.00",
        "决算数·因公出国（境）费": "0.50",
        决算数·公务用车购置及运行维护费·公务用车运行维护费: "2.00",
      },
    },
  });
}

/** The rows each table has in `doc`, as the workbook lists them (for `expandFormulas`). */
export function rowsOfDocument(template: Template, doc: JuesuanDocument): (table: TableId) => RowKey[] {
  return (id) => printedRows(template, doc, id);
}

/** Every cell of the workbook's current rows (row × the columns that row has). */
export function allCells(workbook: Workbook): CellId[] {
  return tableOrder(workbook.template).flatMap((table) =>
    workbook
      .rows(table)
      .flatMap((row) =>
        rowColumns(tableOf(workbook.template, table), row).map((col) => cellId(table, row, col)),
      ),
  );
}

/** The cells a person types into: every current cell that has no formula. */
export function enteredCells(workbook: Workbook): CellId[] {
  return allCells(workbook).filter((id) => !workbook.isDerived(id));
}

export function fileString(value: Money | null): string | null {
  return value === null ? null : toFileString(value);
}

/** A derived cell's value as a file string (null when blank). */
export function derivedString(workbook: Workbook, id: CellId): string | null {
  return fileString(workbook.derivedValue(id));
}

/** Σ of a formula's terms over the workbook's current values: derived where derived, stored otherwise. */
export function expectedSum(workbook: Workbook, id: CellId): Money | null {
  const formula = workbook.graph.formulas.get(id);
  if (!formula) throw new Error(`${id} is not derived`);
  return sumOrBlank(
    formula.terms.map((term) => {
      if (workbook.isDerived(term)) return workbook.derivedValue(term);
      const stored = workbook.stored(term);
      return stored === undefined || stored === null ? null : money(stored);
    }),
  );
}

// ── random documents (fast-check) ────────────────────────────────────────────────────────────────

/** 类 codes used by generated 科目 trees: most have a class row in 01/04, 227 (预备费) has none. */
export const CLASS_POOL = ["201", "205", "208", "210", "221", "227", "229", "234"] as const;
const SUFFIX_POOL = ["01", "02", "99"] as const;

/** A 功能分类 code of 3, 5 or 7 digits drawn from a small pool, so that trees form often. */
export function arbSubjectCode(): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.constantFrom(...CLASS_POOL),
      fc.constantFrom(...SUFFIX_POOL),
      fc.constantFrom(...SUFFIX_POOL),
      fc.constantFrom(3, 5, 7),
    )
    .map(([cls, kuan, xiang, length]) => `${cls}${kuan}${xiang}`.slice(0, length));
}

/** An amount with exactly two decimals, mostly positive, sometimes zero or negative. */
export function arbAmount(): fc.Arbitrary<string> {
  return fc
    .oneof(
      { weight: 6, arbitrary: fc.integer({ min: 0, max: 10_000_000 }) },
      { weight: 1, arbitrary: fc.constant(0) },
      { weight: 1, arbitrary: fc.integer({ min: -100_000, max: -1 }) },
    )
    .map(centsToString);
}

export function centsToString(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

/** A cell's stored state: an amount, given as blank (null), or not given (undefined). */
export function arbCellValue(): fc.Arbitrary<Amount | undefined> {
  return fc.oneof(
    { weight: 4, arbitrary: arbAmount() },
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: 2, arbitrary: fc.constant(undefined) },
  );
}

export interface ArbDocumentOptions {
  /** Template id, or a choice among them (default: both 2023 layouts). */
  templates?: readonly string[];
  /** Also put stated values on derived cells (default false: entered cells only). */
  stated?: boolean;
  /** Most 科目 rows per table (default 8). */
  maxRows?: number;
  /** Most values in the fixed tables 01/04/06/09 together (default 12). */
  maxFixedValues?: number;
}

const fixedCellCache = new Map<string, { entered: CellId[]; all: CellId[] }>();

/** Cells of 01/04/06/09 (whose formulas do not depend on the document's rows). */
function fixedTableCells(template: Template): { entered: CellId[]; all: CellId[] } {
  const cached = fixedCellCache.get(template.id);
  if (cached) return cached;
  const formulas = expandFormulas(template, rowsOfDocument(template, blankDocument(template.id)));
  const all = FIXED_TABLES.flatMap((table) =>
    [...fixedRows(tableOf(template, table)).values()].flatMap(({ row, columns }) =>
      columns.map((col) => cellId(table, row.key as RowKey, col)),
    ),
  );
  const result = { entered: all.filter((id) => !formulas.has(id)), all };
  fixedCellCache.set(template.id, result);
  return result;
}

interface SubjectRowDraft {
  code: string;
  values: (Amount | undefined)[];
}

function arbSubjectRows(
  table: TableId,
  template: Template,
  maxRows: number,
): fc.Arbitrary<SubjectRowDraft[]> {
  const width = tableColumns(tableOf(template, table)).length;
  return fc.uniqueArray(
    fc.record({
      code: arbSubjectCode(),
      values: fc.array(arbCellValue(), { minLength: width, maxLength: width }),
    }),
    { maxLength: maxRows, selector: (r) => r.code },
  );
}

/**
 * A random valid document: random 科目 trees (3/5/7-digit codes) in 02/03/05/07/08 with amounts on their
 * entered cells, and random values on entered cells of 01/04/06/09. With `stated`, derived cells may carry
 * stated values too.
 */
export function arbDocument(options: ArbDocumentOptions = {}): fc.Arbitrary<JuesuanDocument> {
  const templates = options.templates ?? TEMPLATE_IDS;
  const maxRows = options.maxRows ?? 8;
  const maxFixed = options.maxFixedValues ?? 12;
  return fc.constantFrom(...templates).chain((templateId) => {
    const template = templateOf(templateId);
    const fixed = fixedTableCells(template);
    const fixedPool = options.stated ? fixed.all : fixed.entered;
    return fc
      .record({
        subjects: fc.tuple(...SUBJECT_TABLES.map((table) => arbSubjectRows(table, template, maxRows))),
        fixedValues: fc.array(fc.tuple(fc.constantFrom(...fixedPool), arbCellValue()), {
          maxLength: maxFixed,
        }),
      })
      .map(({ subjects, fixedValues }) => {
        const doc = blankDocument(templateId);
        SUBJECT_TABLES.forEach((table, i) => {
          const data = doc.tables[table] ?? { rows: {} };
          const columns = tableColumns(tableOf(template, table));
          for (const draft of subjects[i] ?? []) {
            const cells: Cells = {};
            columns.forEach((col, c) => {
              const value = draft.values[c];
              if (value !== undefined) cells[col] = value;
            });
            data.rows[draft.code] = cells;
            data.names ??= {};
            data.names[draft.code] = `科目${draft.code}`;
          }
          doc.tables[table] = data;
        });
        if (!options.stated) {
          const formulas = expandFormulas(template, rowsOfDocument(template, doc));
          for (const table of SUBJECT_TABLES) {
            for (const [row, cells] of Object.entries(doc.tables[table]?.rows ?? {})) {
              for (const col of Object.keys(cells))
                if (formulas.has(cellId(table, row, col))) delete cells[col];
            }
          }
        }
        for (const [id, value] of fixedValues) {
          if (value === undefined) continue;
          const { table, row, col } = parseCellId(id);
          const data = doc.tables[table] ?? { rows: {} };
          data.rows[row] = { ...data.rows[row], [col]: value };
          doc.tables[table] = data;
        }
        return doc;
      });
  });
}
