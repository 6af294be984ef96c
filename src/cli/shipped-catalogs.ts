/**
 * The command line's (and the tests') 科目目录 loader: the shipped editions from disk, and `--catalog FILE`
 * (CSV, XLSX or an edition file), which every document checked then uses whatever its year.
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { loadedEdition, readCatalogFile } from "../domain/catalog/edition";
import { chooseCatalog, findCatalog, registerCatalog } from "../domain/catalog/lookup";
import { readJsonText } from "../domain/document/json-syntax";
import { errorReason } from "../domain/error-reason";
import { readCatalogBytes, yearInFileName } from "../xlsx/read-catalog-file";
import { fileErrorReason } from "./file-error";

export const CATALOGS_DIR = new URL("../../public/catalogs/", import.meta.url);

/** The editions listed in public/catalogs/index.json, registered once. */
export function loadShippedCatalogs(): void {
  const files = readJsonText(readFileSync(new URL("index.json", CATALOGS_DIR), "utf8")) as string[];
  for (const file of files) {
    const edition = readCatalogFile(readFileSync(new URL(file, CATALOGS_DIR), "utf8"), "shipped");
    if (!findCatalog(edition.id)) registerCatalog(edition);
  }
}

/** Reads a catalog file, registers it and chooses it; throws with the problems in Chinese. */
export async function loadCatalogOption(path: string): Promise<void> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new Error(`无法读取科目目录 ${path}（${fileErrorReason(error)}）`);
  }
  const parsed = await readCatalogBytes(path, bytes);
  if (!parsed.ok) throw new Error(`科目目录 ${path} 有误，未载入：\n${parsed.problems.join("\n")}`);
  const name = basename(path);
  const edition = loadedEdition(yearInFileName(name) ?? new Date().getFullYear(), name, parsed.entries);
  registerCatalog(edition);
  chooseCatalog(edition.id);
}

/**
 * Loads the shipped editions and the `--catalog FILE` of `args` (the last one wins); returns the other
 * arguments, or the reason in Chinese when the file is missing or invalid.
 */
export async function takeCatalogOptions(
  args: readonly string[],
): Promise<{ rest: string[] } | { error: string }> {
  loadShippedCatalogs();
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg !== "--catalog") {
      rest.push(arg);
      continue;
    }
    const file = args[++i];
    if (file === undefined || file.startsWith("--")) return { error: "选项 --catalog 缺少科目目录文件" };
    try {
      await loadCatalogOption(file);
    } catch (error) {
      return { error: errorReason(error) };
    }
  }
  return { rest };
}
