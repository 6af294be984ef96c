/**
 * Which 名词解释 term a column header, row label or table title refers to, so the UI can show the
 * definition as a tooltip. Matching is on printed text: exact (after dropping ordinals, quotation marks and
 * spaces) first, else the longest term contained in the label (一般公共预算财政拨款收入 → 财政拨款收入).
 */
import { parseCellId } from "../engine/cell-id";
import { columnLabel, fixedRows, tableOf } from "../templates/structure";
import type { ColKey, TableId, TableTemplate } from "../templates/types";
import type { Workbook } from "../workbook/workbook";
import { GLOSSARY, type GlossaryEntry } from "./glossary";

export interface GlossaryMatch {
  entry: GlossaryEntry;
  /** The term or alias found in the text, as written in the glossary. */
  matched: string;
  /** exact: the whole label is the term; contains: the label contains it (a longer name). */
  how: "exact" | "contains";
}

const ORDINAL = /^[一二三四五六七八九十]+、/;
const IGNORED = /[\s“”"‘’'「」]/g;

/** Labels print ordinals ("一、"), quotes (“三公”) and spaces differently: compare without them. */
export function normaliseLabel(text: string): string {
  return text.trim().replace(ORDINAL, "").replace(IGNORED, "");
}

interface Candidate {
  entry: GlossaryEntry;
  text: string;
  key: string;
}

const CANDIDATES: readonly Candidate[] = GLOSSARY.flatMap((entry) =>
  [entry.term, ...entry.aliases].map((text) => ({ entry, text, key: normaliseLabel(text) })),
).sort((a, b) => b.key.length - a.key.length);

/**
 * "收入支出" is the compound "income and expenditure" (财政拨款收入支出决算总表): a term ending in 收入 followed
 * by 支出 is not that term.
 */
function blocked(label: string, at: number, key: string): boolean {
  return key.endsWith("收入") && label.startsWith("支出", at + key.length);
}

/** The glossary term a label refers to, or null. */
export function matchGlossary(text: string): GlossaryMatch | null {
  const label = normaliseLabel(text);
  if (label === "") return null;
  const exact = CANDIDATES.find((c) => c.key === label);
  if (exact) return { entry: exact.entry, matched: exact.text, how: "exact" };
  for (const candidate of CANDIDATES) {
    let at = label.indexOf(candidate.key);
    while (at >= 0 && blocked(label, at, candidate.key)) at = label.indexOf(candidate.key, at + 1);
    if (at >= 0) return { entry: candidate.entry, matched: candidate.text, how: "contains" };
  }
  return null;
}

/**
 * A column's term: its own header first, then its header groups from the inside out (09's 小计 under
 * 公务用车购置及运行维护费 is part of the 三公经费).
 */
export function glossaryForColumn(table: TableTemplate, col: ColKey): GlossaryMatch | null {
  const parts = columnLabel(table, col).split("·").reverse();
  for (const part of parts) {
    const match = matchGlossary(part);
    if (match) return match;
  }
  return null;
}

export function glossaryForTable(table: TableTemplate): GlossaryMatch | null {
  return matchGlossary(table.title);
}

/**
 * A row's term from the name printed for it in the open document, else the template's label (a misprinted
 * name such as the seed's 30217 公务招待费 still finds its term), else the row key (04's
 * 年初结转和结余·政府性基金预算财政拨款 prints only the fund).
 */
export function glossaryForRow(workbook: Workbook, table: TableId, row: string): GlossaryMatch | null {
  const label = fixedRows(tableOf(workbook.template, table)).get(row)?.row.label;
  return (
    matchGlossary(workbook.rowName(table, row)) ??
    (label === undefined ? null : matchGlossary(label)) ??
    matchGlossary(row)
  );
}

export interface CellGlossary {
  row: GlossaryMatch | null;
  column: GlossaryMatch | null;
  table: GlossaryMatch | null;
}

/** Everything the glossary says about a cell's row, column and table (for one tooltip per header). */
export function glossaryForCell(workbook: Workbook, id: string): CellGlossary {
  const { table, row, col } = parseCellId(id);
  const template = tableOf(workbook.template, table);
  return {
    row: glossaryForRow(workbook, table, row),
    column: glossaryForColumn(template, col),
    table: glossaryForTable(template),
  };
}
