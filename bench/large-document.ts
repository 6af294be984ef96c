/**
 * A deterministic synthetic 决算公开 document for benchmarks: about 2,000 项 (7-digit) rows spread over
 * the 科目 tables 02/03/05/07/08 with their 款/类 parents, every entered cell filled with a two-decimal
 * amount, and every entered cell of 01/04/06/09 filled. Derived cells carry no stated values, so every
 * total is computed.
 */
// The shipped templates, registered before anything reads a document.
import { printedRows } from "../src/domain/workbook/printed-rows";
import "../src/domain/testing/setup";
import type { Amount, JuesuanDocument, TableData } from "../src/domain/document/model";
import { parseDocumentText } from "../src/domain/document/parse";
import { serialiseDocument } from "../src/domain/document/serialise";
import { cellId } from "../src/domain/engine/cell-id";
import { expandFormulas } from "../src/domain/engine/expand";
import catalog from "../src/domain/templates/function-classes.json";
import { findTemplate } from "../src/domain/templates/registry";
import { rowColumns, sortRowKeys, tableIds, tableOf } from "../src/domain/templates/structure";
import type { RowKey, TableId, Template } from "../src/domain/templates/types";

/** The 科目 tables and how many 项 rows each gets (sums to `leaves` by share). */
export const SUBJECT_SHARES = { "02": 0.25, "03": 0.25, "05": 0.2, "07": 0.15, "08": 0.15 } as const;
export type SubjectTableId = keyof typeof SUBJECT_SHARES;
export const SUBJECT_TABLE_IDS = Object.keys(SUBJECT_SHARES) as SubjectTableId[];

export interface LargeDocumentOptions {
  /** PRNG seed (default 20230101). */
  seed?: number;
  /** Total 项 (7-digit) rows over the five 科目 tables (default 2,000). */
  leaves?: number;
  /** Template id (default "2023", the 26 class-row layout). */
  template?: string;
}

export interface LargeDocument {
  doc: JuesuanDocument;
  /** 项 rows per 科目 table. */
  leafRows: Record<SubjectTableId, RowKey[]>;
  /** Every row (类/款/项) per 科目 table. */
  subjectRows: Record<SubjectTableId, number>;
  /** Number of filled (entered) cells in the whole document. */
  filledCells: number;
}

/** mulberry32: a small, fast, seedable PRNG returning floats in [0, 1). */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [min, max]. */
export function randomInt(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** A positive amount with exactly two decimals, between 0.01 and `maxYuan` (default 5,000.00). */
export function randomAmount(random: () => number, maxWhole = 5000): string {
  const cents = randomInt(random, 1, maxWhole * 100);
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, "0")}`;
}

const pad2 = (n: number) => String(n).padStart(2, "0");

/**
 * A 功能分类 tree with `leaves` 项 codes: 类 from the template's class list, 款 and 项 suffixes numbered
 * from 01. Each new 项 goes under an existing 款 of a random 类 (or, one time in four, a new 款).
 */
function subjectTree(
  random: () => number,
  classes: readonly string[],
  leaves: number,
): Map<string, string[]> {
  const kuanByClass = new Map<string, { code: string; items: number }[]>();
  const tree = new Map<string, string[]>();
  let made = 0;
  while (made < leaves) {
    const cls = classes[randomInt(random, 0, classes.length - 1)] as string;
    const kuans = kuanByClass.get(cls) ?? [];
    kuanByClass.set(cls, kuans);
    let kuan =
      kuans.length > 0 && random() >= 0.25 ? kuans[randomInt(random, 0, kuans.length - 1)] : undefined;
    if (!kuan) {
      if (kuans.length >= 99) continue;
      kuan = { code: `${cls}${pad2(kuans.length + 1)}`, items: 0 };
      kuans.push(kuan);
      tree.set(kuan.code, []);
    }
    if (kuan.items >= 99) continue;
    kuan.items++;
    tree.get(kuan.code)?.push(`${kuan.code}${pad2(kuan.items)}`);
    made++;
  }
  return tree;
}

/** The rows a table has in `doc` (as the workbook lists them), for `expandFormulas`. */
export function rowsOf(template: Template, doc: JuesuanDocument): (table: TableId) => RowKey[] {
  const cache = new Map<TableId, RowKey[]>();
  return (id) => {
    let rows = cache.get(id);
    if (rows === undefined) {
      rows = printedRows(template, doc, id);
      cache.set(id, rows);
    }
    return rows;
  };
}

/** Builds the synthetic document (same options, same document). */
export function largeDocument(options: LargeDocumentOptions = {}): LargeDocument {
  const seed = options.seed ?? 20230101;
  const leaves = options.leaves ?? 2000;
  const templateId = options.template ?? "2023";
  const template = findTemplate(templateId);
  if (!template) throw new Error(`no template ${templateId}`);
  const random = prng(seed);
  const classes = catalog.classes
    .filter((c) => (templateId === "2023-24" ? c.label24 : c.label26) !== "")
    .map((c) => ({ code: c.code, name: c.label26.replace(/^[^、]*、/, "") }));
  const className = new Map(classes.map((c) => [c.code, c.name]));

  const doc: JuesuanDocument = {
    format: "juesuan",
    version: 1,
    meta: { department: "基准测试合成部门（大型文档）", year: 2023, unit: "万元", template: templateId },
    tables: {},
  };
  for (const id of tableIds(template)) doc.tables[id] = { rows: {} };

  const leafRows = {} as Record<SubjectTableId, RowKey[]>;
  const subjectRows = {} as Record<SubjectTableId, number>;
  let assigned = 0;
  SUBJECT_TABLE_IDS.forEach((id, index) => {
    const count =
      index === SUBJECT_TABLE_IDS.length - 1 ? leaves - assigned : Math.round(leaves * SUBJECT_SHARES[id]);
    assigned += count;
    const data = doc.tables[id] as TableData;
    const names: Record<RowKey, string> = {};
    const tree = subjectTree(
      random,
      classes.map((c) => c.code),
      count,
    );
    const items: RowKey[] = [];
    for (const [kuan, children] of tree) {
      const cls = kuan.slice(0, 3);
      data.rows[cls] ??= {};
      names[cls] = className.get(cls) ?? `类${cls}`;
      data.rows[kuan] = {};
      names[kuan] = `合成款${kuan}`;
      for (const item of children) {
        data.rows[item] = {};
        names[item] = `合成项${item}`;
        items.push(item);
      }
    }
    data.names = names;
    leafRows[id] = sortRowKeys(tableOf(template, id), items);
    subjectRows[id] = Object.keys(data.rows).length;
  });

  // Fill every entered cell: a cell of an existing row with no formula.
  const formulas = expandFormulas(template, rowsOf(template, doc));
  let filledCells = 0;
  for (const id of tableIds(template)) {
    const table = tableOf(template, id);
    const data = doc.tables[id] as TableData;
    const rows = rowsOf(template, doc)(id);
    for (const row of rows) {
      for (const col of rowColumns(table, row)) {
        if (formulas.has(cellId(id, row, col))) continue;
        const cells: Record<string, Amount> = data.rows[row] ?? {};
        data.rows[row] = cells;
        cells[col] = randomAmount(random, table.layout.kind === "subject" ? 5000 : 20000);
        filledCells++;
      }
    }
  }
  // A table's subject rows with no entered cell keep an empty record (the row exists).
  return { doc, leafRows, subjectRows, filledCells };
}

/** The document as a file, checked to read back with `parseDocumentText`. */
export function largeDocumentText(options: LargeDocumentOptions = {}): {
  text: string;
  large: LargeDocument;
} {
  const large = largeDocument(options);
  const text = serialiseDocument(large.doc);
  const parsed = parseDocumentText(text);
  if (!parsed.ok) {
    const first = parsed.problems
      .slice(0, 5)
      .map((p) => `${p.path}: ${p.message}`)
      .join("\n");
    throw new Error(`synthetic document does not parse:\n${first}`);
  }
  return { text, large };
}
