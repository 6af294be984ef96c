/**
 * Reads the official 《政府收支分类科目》 list from the sheets of a CSV or XLSX file: codes and names,
 * 类/款/项 by the code's length (3/5/7 digits), by 类/款/项 columns, or by a two-digit code under its
 * parent with the level shown by indentation. Nothing is kept from a file with a bad or repeated code.
 */
import {
  type CatalogColumns,
  type CatalogRowText,
  type CatalogSheet,
  findCatalogColumns,
  readCatalogRow,
} from "./catalog-columns";
import type { CatalogEntry } from "./edition";

export type CatalogParse =
  | { ok: true; entries: CatalogEntry[]; notes: string[] }
  | { ok: false; problems: string[] };

const FULL_CODE = /^\d{3}(\d{2}){0,2}$/;
const PART = /^\d{1,2}$/;
/** 收入分类's 目 (9 digits) and beyond are not rows of the 公开 tables: counted, not read. */
const DEEPER = /^\d{9}(\d{2})*$/;
/** Problems listed in the refusal; the rest are counted. */
const LISTED = 10;

interface SheetState {
  sheet: CatalogSheet;
  /** The 类 and 款 the rows below continue. */
  parents: [string, string];
  /** Distinct indentation widths of the sheet, narrowest first: rank 0 is 类, 1 款, 2 项. */
  indents: number[];
}

const pad2 = (part: string) => part.padStart(2, "0");
const place = (sheet: CatalogSheet, r: number) => `${sheet.name} 第 ${r + 1} 行`;

/** The full code a row stands for, or why it has none (null: not a 科目 row). */
function fullCode(row: CatalogRowText, state: SheetState): { code: string } | { problem: string } | null {
  if (Array.isArray(row.code)) return splitCode(row.code, state);
  const code = row.code;
  if (code === "") return null;
  if (FULL_CODE.test(code)) return { code };
  if (PART.test(code)) {
    const rank = state.indents.indexOf(row.indent);
    const parent = rank === 2 ? state.parents[1] : rank === 1 ? state.parents[0] : "";
    if (parent === "")
      return { problem: `编码“${row.written}”只有两位，无法由缩进判断是款还是项，也找不到上级科目` };
    return { code: parent + pad2(code) };
  }
  if (DEEPER.test(code)) return { code: "" };
  return /\d/.test(code) ? { problem: `编码“${row.written}”不是类、款、项编码（3、5、7 位数字）` } : null;
}

function splitCode(
  parts: [string, string, string],
  state: SheetState,
): { code: string } | { problem: string } | null {
  const [cls, kuan, item] = parts;
  if (cls === "" && kuan === "" && item === "") return null;
  const bad = parts.find((p, i) => p !== "" && !(i === 0 ? /^\d{3}$/ : PART).test(p));
  if (bad !== undefined) return { problem: `编码“${parts.filter(Boolean).join(" ")}”不是类、款、项编码` };
  const classCode = cls || state.parents[0];
  if (classCode === "") return { problem: `款、项编码“${parts.filter(Boolean).join(" ")}”之前没有类` };
  if (kuan === "" && item === "") return { code: classCode };
  const kuanCode = kuan !== "" ? classCode + pad2(kuan) : state.parents[1];
  if (kuanCode === "") return { problem: `项编码“${item}”之前没有款` };
  return { code: item === "" ? kuanCode : kuanCode + pad2(item) };
}

function indentsOf(sheet: CatalogSheet, columns: CatalogColumns): number[] {
  const widths = new Set<number>();
  for (let r = columns.firstRow; r < sheet.rows.length; r++) {
    const row = readCatalogRow(sheet, columns, r);
    if (typeof row.code === "string" && row.code !== "") widths.add(row.indent);
  }
  return [...widths].sort((a, b) => a - b);
}

interface Collected {
  entries: Map<string, { name: string; at: string }>;
  problems: string[];
  deeper: number;
}

function readSheet(sheet: CatalogSheet, columns: CatalogColumns, into: Collected): void {
  const state: SheetState = { sheet, parents: ["", ""], indents: indentsOf(sheet, columns) };
  for (let r = columns.firstRow; r < sheet.rows.length; r++) {
    const row = readCatalogRow(sheet, columns, r);
    const found = fullCode(row, state);
    if (found === null) continue;
    const at = place(sheet, r);
    if ("problem" in found) {
      into.problems.push(`${at}：${found.problem}`);
      continue;
    }
    if (found.code === "") {
      into.deeper++;
      continue;
    }
    const { code } = found;
    state.parents = [code.slice(0, 3), code.length >= 5 ? code.slice(0, 5) : ""];
    if (row.name === "") {
      into.problems.push(`${at}：编码 ${code} 没有名称`);
      continue;
    }
    const earlier = into.entries.get(code);
    if (earlier) {
      into.problems.push(`${at}：编码 ${code} 重复（${earlier.at}已有“${earlier.name}”）`);
      continue;
    }
    into.entries.set(code, { name: row.name, at });
  }
}

/** The entries of every sheet with codes and names, or the problems that refuse the file. */
export function parseCatalogSheets(sheets: readonly CatalogSheet[]): CatalogParse {
  const collected: Collected = { entries: new Map(), problems: [], deeper: 0 };
  for (const sheet of sheets) {
    const columns = findCatalogColumns(sheet);
    if (columns) readSheet(sheet, columns, collected);
  }
  const { entries, problems, deeper } = collected;
  if (problems.length > 0) {
    const more = problems.length > LISTED ? [`……另有 ${problems.length - LISTED} 处问题`] : [];
    return { ok: false, problems: [...problems.slice(0, LISTED), ...more] };
  }
  if (entries.size === 0)
    return {
      ok: false,
      problems: ["文件中没有找到科目编码和科目名称（需要编码列和名称列，或类、款、项列）"],
    };
  const notes = deeper > 0 ? [`跳过 ${deeper} 个目级及更细的编码（公开表只用类、款、项）`] : [];
  return { ok: true, entries: [...entries].map(([code, { name }]) => ({ code, name })), notes };
}
