/**
 * A 科目目录 edition: the codes and official names of one year's 《政府收支分类科目》 (支出功能分类 类/款/项
 * and 部门预算支出经济分类 类/款 in one list: their codes never overlap, 2xx and 3xx). Shipped editions are
 * files under public/catalogs/ (partial lists); a user loads the official edition as CSV or XLSX.
 */
import { readJsonText } from "../document/json-syntax";

export interface CatalogEntry {
  code: string;
  name: string;
}

export interface CatalogEdition {
  /** "2024" for a shipped edition, "loaded-2024" for one loaded into this browser. */
  id: string;
  year: number;
  /** The edition in words, as the UI lists it. */
  name: string;
  origin: "shipped" | "loaded";
  /**
   * Whether its 支出功能分类 list is complete (an official list a user loaded, with 项 codes): a code a
   * complete list lacks is suspect, one the shipped partial lists lack says little.
   */
  complete: boolean;
  names: ReadonlyMap<string, string>;
}

/** The file format of an edition (public/catalogs/*.json, and a loaded edition kept in the browser). */
export interface CatalogFile {
  format: "juesuan-catalog";
  version: 1;
  id: string;
  year: number;
  name: string;
  complete: boolean;
  source?: string;
  note?: string;
  entries: [string, string][];
}

const isEntry = (e: unknown): e is [string, string] =>
  Array.isArray(e) && e.length === 2 && typeof e[0] === "string" && typeof e[1] === "string";

/** Reads an edition file; throws in Chinese when it is not one. */
export function readCatalogFile(text: string, origin: CatalogEdition["origin"]): CatalogEdition {
  const file = readJsonText(text) as Partial<CatalogFile>;
  if (
    file.format !== "juesuan-catalog" ||
    typeof file.id !== "string" ||
    typeof file.year !== "number" ||
    typeof file.name !== "string" ||
    !Array.isArray(file.entries) ||
    !file.entries.every(isEntry)
  )
    throw new Error("不是科目目录文件（format 应为 juesuan-catalog，并有 id、year、name、entries）");
  return {
    id: file.id,
    year: file.year,
    name: file.name,
    origin,
    complete: file.complete === true,
    names: new Map(file.entries),
  };
}

/** The file of an edition loaded by a user, to keep it in the browser. */
export function catalogFile(edition: CatalogEdition, source: string): CatalogFile {
  return {
    format: "juesuan-catalog",
    version: 1,
    id: edition.id,
    year: edition.year,
    name: edition.name,
    complete: edition.complete,
    source,
    entries: [...edition.names],
  };
}

/** A user-loaded edition of a year: one per year in a browser, a later load replaces it. */
export function loadedEdition(
  year: number,
  fileName: string,
  entries: readonly CatalogEntry[],
): CatalogEdition {
  return {
    id: `loaded-${year}`,
    year,
    name: `${year}年政府收支分类科目（载入：${fileName}）`,
    origin: "loaded",
    // An 经济分类-only list says nothing about 功能分类 codes.
    complete: entries.some((e) => /^2\d{6}$/.test(e.code)),
    names: new Map(entries.map((e) => [e.code, e.name])),
  };
}

export interface CatalogCounts {
  functionLevels: [number, number, number];
  economicLevels: [number, number];
}

/** How many 类/款/项 of each classification an edition has (支出功能 2xx, 经济 3xx). */
export function countCodes(codes: Iterable<string>): CatalogCounts {
  const counts: CatalogCounts = { functionLevels: [0, 0, 0], economicLevels: [0, 0] };
  for (const code of codes) {
    const level = [3, 5, 7].indexOf(code.length);
    if (code.startsWith("2") && level >= 0) counts.functionLevels[level as 0 | 1 | 2] += 1;
    else if (code.startsWith("3") && (level === 0 || level === 1)) counts.economicLevels[level] += 1;
  }
  return counts;
}

/** "功能分类 类 26、款 10、项 15；经济分类 类 10、款 97" (a classification it lacks is left out). */
export function describeCounts(counts: CatalogCounts): string {
  const [c, k, x] = counts.functionLevels;
  const [ec, ek] = counts.economicLevels;
  const parts: string[] = [];
  if (c + k + x > 0) parts.push(`功能分类 类 ${c}、款 ${k}、项 ${x}`);
  if (ec + ek > 0) parts.push(`经济分类 类 ${ec}、款 ${ek}`);
  return parts.length > 0 ? parts.join("；") : "没有支出功能分类或经济分类科目";
}
