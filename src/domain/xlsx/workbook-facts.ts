import { NOTES_SHEET } from "./find-tables";
import { address, type SheetModel } from "./sheet-model";

/** One value the workbook writes (a year, a department), how often, and where first (工作表!A1). */
export interface Tally<T> {
  value: T;
  count: number;
  first: string;
}

/** What the workbook says about its document, most frequent first (a tie goes to the one written first). */
export interface WorkbookFacts {
  years: Tally<number>[];
  departments: Tally<string>[];
}

/** Titles, cover lines and caption lines are short; a longer text is a sentence that may compare years. */
const MAX_TEXT = 60;
/** "2024年度", "2024 年": a year, not a date ("2025年3月", "2024年1-12月"). */
const YEAR = /(?<!\d)((?:19|20)\d{2})\s*年(?!\s*\d)/g;
/** "编制单位：某某局", "部门：某某局    2024年度    单位：万元" (one cell, as some templates write it). */
const LABELLED =
  /(?:编制单位|填报单位|编制部门|部门名称|单位名称|部门)\s*[:：]\s*(.+?)(?=\s{2,}|\s*(?:19|20)\d{2}\s*年|\s*(?:金额)?单位\s*[:：]|$)/;
/** A cover or a title: "某某局2024年度部门决算", "某某局2024年度收入支出决算总表". */
const BEFORE_YEAR = /^\s*(.+?)\s*(?:19|20)\d{2}\s*年度?.{0,20}决算/;
const UNIT_ONLY = /^(?:万元|元|千元)$/;

function yearsIn(text: string): number[] {
  return [...new Set([...text.matchAll(YEAR)].map((m) => Number(m[1])))];
}

/** `labelled`: after 部门： the text is the department as written; before a year it must read as a name. */
function cleanDepartment(raw: string, labelled: boolean): string | null {
  const name = raw
    .replace(/[(（]?公开\d{2}表[)）]?/g, "")
    .replace(/[(（](?:盖章|公章)[)）]$/, "")
    .replace(/\s+/g, " ")
    .trim();
  if (name === "" || name.length > 40 || UNIT_ONLY.test(name) || /[:：]/.test(name)) return null;
  if (labelled) return name;
  return name.length >= 2 && /\p{Script=Han}/u.test(name) && !/决算|表$/.test(name) ? name : null;
}

function departmentIn(text: string): string | null {
  const labelled = LABELLED.exec(text)?.[1];
  if (labelled !== undefined) return cleanDepartment(labelled, true);
  const before = BEFORE_YEAR.exec(text)?.[1];
  return before === undefined ? null : cleanDepartment(before, false);
}

class Counter<T> {
  private readonly tallies = new Map<T, Tally<T>>();
  add(value: T, where: string): void {
    const tally = this.tallies.get(value);
    if (tally) tally.count++;
    else this.tallies.set(value, { value, count: 1, first: where });
  }
  /** Map order is first-seen order and sort is stable: equal counts keep the one written first. */
  sorted(): Tally<T>[] {
    return [...this.tallies.values()].sort((a, b) => b.count - a.count);
  }
}

/**
 * The year and department a workbook writes, as other software lays them out: a cover sheet
 * ("某某局2024年度部门决算"), table titles ("2024年度收入支出决算总表"), caption lines ("编制单位：某某局",
 * "2024年度"). Each cell counts once (a merged title once); a text naming two years is a comparison and
 * counts for none; figures, long sentences and the export's notes sheet are not read.
 */
export function workbookFacts(sheets: readonly SheetModel[]): WorkbookFacts {
  const years = new Counter<number>();
  const departments = new Counter<string>();
  for (const sheet of sheets) {
    if (sheet.name === NOTES_SHEET) continue;
    for (const [at, cell] of sheet.cells) {
      const text = cell.text;
      if (cell.number !== undefined || text.length > MAX_TEXT) continue;
      const [row, col] = at.split(":").map(Number);
      const where = `${sheet.name}!${address(row ?? 0, col ?? 0)}`;
      const found = yearsIn(text);
      if (found.length === 1 && found[0] !== undefined) years.add(found[0], where);
      const department = departmentIn(text);
      if (department !== null) departments.add(department, where);
    }
  }
  return { years: years.sorted(), departments: departments.sorted() };
}
