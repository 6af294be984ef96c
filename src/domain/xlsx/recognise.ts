import type { Amount, JuesuanDocument, TableData, Unit } from "../document/model";
import { problemPlace } from "../document/problem-place";
import { validateAgainstTemplate } from "../document/validate";
import { cellId } from "../engine/cell-id";
import { money, sameAmount } from "../money";
import { listTemplates } from "../templates/registry";
import { fixedRows, tableOf, tableOrder } from "../templates/structure";
import type { TableId, TableTemplate, Template } from "../templates/types";
import { Workbook } from "../workbook/workbook";
import { findTables, type TableRegion } from "./find-tables";
import { readTable, type TableRead, type Unplaced } from "./read-table";
import { type SheetModel, withMergesFilled } from "./sheet-model";
import { type WorkbookFacts, workbookFacts } from "./workbook-facts";

export interface TableSummary {
  table: TableId;
  sheet: string;
  rows: number;
  figures: number;
}

export interface ImportReport {
  template: string;
  templateName: string;
  /** Tables found, in table order. */
  tables: TableSummary[];
  /** Tables of the template the workbook does not have. */
  missing: TableId[];
  unplaced: Unplaced[];
  /** Figures placed in all tables. */
  figures: number;
  /** Fixed rows of the template that the workbook does not print (tells 26 from 24 class rows). */
  absentRows: number;
  /** The years and departments the workbook writes, most frequent first (the document takes the first). */
  facts: WorkbookFacts;
}

export type WorkbookImport =
  | { ok: true; document: JuesuanDocument; report: ImportReport }
  | { ok: false; message: string };

export interface RecogniseOptions {
  /** Templates to try, the preferred first (a tie goes to the earlier one). */
  templates?: readonly Template[];
  /** Used where the workbook does not say (部门, 年度). */
  defaults?: { department: string; year: number };
}

/** Reads of one region by one table layout: layouts shared by templates (02, 03, 05 …) are read once. */
type ReadCache = Map<TableTemplate, Map<string, TableRead | null>>;

function cachedRead(cache: ReadCache, region: TableRegion, table: TableTemplate): TableRead | null {
  const reads = cache.get(table) ?? new Map<string, TableRead | null>();
  cache.set(table, reads);
  const id = `${region.sheet.name}\u0000${region.top}\u0000${region.bottom}`;
  if (!reads.has(id)) reads.set(id, readTable(region, table));
  return reads.get(id) ?? null;
}

function readAll(
  sheets: readonly SheetModel[],
  template: Template,
  cache: ReadCache,
): Map<TableId, TableRead> {
  const best = new Map<TableId, TableRead>();
  for (const region of findTables(sheets, template)) {
    const read = cachedRead(cache, region, tableOf(template, region.table));
    const current = best.get(region.table);
    if (read && (!current || read.figures > current.figures)) best.set(region.table, read);
  }
  return best;
}

function buildDocument(
  reads: Map<TableId, TableRead>,
  template: Template,
  facts: WorkbookFacts,
  options: RecogniseOptions,
) {
  const unit: Unit = [...reads.values()].find((r) => r.caption.unit)?.caption.unit ?? "万元";
  const department = facts.departments[0]?.value ?? options.defaults?.department ?? "";
  const year = facts.years[0]?.value ?? options.defaults?.year ?? new Date().getFullYear() - 1;
  const doc: JuesuanDocument = {
    format: "juesuan",
    version: 1,
    meta: { department, year, unit, template: template.id },
    tables: {},
  };
  for (const id of tableOrder(template)) {
    const read = reads.get(id);
    const data: TableData = { rows: {} };
    doc.tables[id] = data;
    if (!read) continue;
    for (const [row, cells] of read.rows) {
      const values: Record<string, Amount> = {};
      for (const [col, cell] of cells) values[col] = cell.value;
      data.rows[row] = values;
    }
    if (read.names.size > 0) data.names = Object.fromEntries(read.names);
    if (read.columnLabels.size > 0) data.columnLabels = Object.fromEntries(read.columnLabels);
    if (read.note !== undefined) doc.notes = { ...doc.notes, [id]: read.note };
  }
  return doc;
}

/**
 * A formula cell whose result is what the editor computes is a computed total, not a printed one: it is
 * dropped, so that only figures the workbook states otherwise (or marks as stated) stay stated.
 */
function dropComputedFormulas(doc: JuesuanDocument, reads: Map<TableId, TableRead>): void {
  const workbook = new Workbook(doc);
  for (const [table, read] of reads) {
    const rows = doc.tables[table]?.rows ?? {};
    for (const [row, cells] of read.rows) {
      for (const [col, cell] of cells) {
        const id = cellId(table, row, col);
        if (!cell.formula || cell.stated || !workbook.isDerived(id)) continue;
        const value = cell.value === null ? null : money(cell.value);
        if (sameAmount(value, workbook.derivedValue(id))) delete rows[row]?.[col];
      }
      const layout = tableOf(workbook.template, table).layout;
      const implied = layout.kind === "panes" || row === layout.totalRow.key;
      if (implied && Object.keys(rows[row] ?? {}).length === 0) delete rows[row];
    }
  }
}

function recogniseWith(
  sheets: readonly SheetModel[],
  template: Template,
  facts: WorkbookFacts,
  options: RecogniseOptions,
  cache: ReadCache,
) {
  const reads = readAll(sheets, template, cache);
  const doc = buildDocument(reads, template, facts, options);
  const tables = [...reads.values()]
    .sort((a, b) => a.table.localeCompare(b.table))
    .map((r) => ({ table: r.table, sheet: r.sheet, rows: r.rows.size, figures: r.figures }));
  const report: ImportReport = {
    template: template.id,
    templateName: template.name,
    tables,
    missing: tableOrder(template).filter((id) => !reads.has(id)),
    unplaced: [...reads.values()].flatMap((r) => r.unplaced),
    figures: tables.reduce((sum, t) => sum + t.figures, 0),
    absentRows: [...reads.values()].reduce(
      (sum, r) =>
        sum + [...fixedRows(tableOf(template, r.table)).keys()].filter((k) => !r.seen.has(k)).length,
      0,
    ),
    facts,
  };
  return { doc, reads, report };
}

/**
 * Finds the nine tables in a workbook's sheets, trying each template and keeping the one that places the
 * most figures less what it cannot place (on a tie, the one whose fixed rows the workbook prints). Printed
 * totals become stated values. Fails (in Chinese) when nothing can be placed.
 */
/**
 * Whether template attempt `a` fits the workbook better than `b`: figures placed, less what could not be
 * placed (a layout that half fits, such as 上海's interleaved 09 over the seed's, places figures in the wrong
 * columns and leaves headers unplaced), then fewer fixed rows the workbook lacks.
 */
function better(a: ImportReport, b: ImportReport): boolean {
  const score = (r: ImportReport) => r.figures - r.unplaced.length;
  if (score(a) !== score(b)) return score(a) > score(b);
  return a.absentRows < b.absentRows;
}

export function recogniseWorkbook(
  sheets: readonly SheetModel[],
  options: RecogniseOptions = {},
): WorkbookImport {
  const filled = sheets.map(withMergesFilled);
  // Read on the sheets as written: a merged title is one cell, counted once.
  const facts = workbookFacts(sheets);
  let best: ReturnType<typeof recogniseWith> | null = null;
  const cache: ReadCache = new Map();
  for (const template of options.templates ?? listTemplates()) {
    const attempt = recogniseWith(filled, template, facts, options, cache);
    if (!best || better(attempt.report, best.report)) best = attempt;
  }
  if (!best || best.report.tables.length === 0)
    return { ok: false, message: "工作簿中没有可识别的公开表（未找到表标题或表头），未导入" };
  const rows = best.report.tables.reduce((sum, t) => sum + t.rows, 0);
  if (best.report.figures === 0 && rows === 0)
    return { ok: false, message: "找到了公开表的标题，但没有能放置的行和数字，未导入" };
  const problems = validateAgainstTemplate(best.doc);
  if (problems.length > 0)
    return {
      ok: false,
      message: `工作簿的内容无法组成文档：${problemPlace(problems[0]?.path ?? "")}：${problems[0]?.message}`,
    };
  dropComputedFormulas(best.doc, best.reads);
  return { ok: true, document: best.doc, report: best.report };
}
