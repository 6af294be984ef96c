/**
 * A 科目目录 file as the catalog parser reads it: CSV (UTF-8 or GBK), XLSX (through exceljs, loaded on
 * demand) or an edition file of this program (JSON).
 */
import type { CatalogSheet } from "../domain/catalog/catalog-columns";
import { readCatalogFile as readEditionFile } from "../domain/catalog/edition";
import { type CatalogParse, parseCatalogSheets } from "../domain/catalog/parse-catalog";
import { errorReason } from "../domain/error-reason";
import { csvSheet, decodeCsv } from "../domain/xlsx/csv";
import { key, type SheetModel, withMergesFilled } from "../domain/xlsx/sheet-model";
import { readWorkbook } from "./read-workbook";

function catalogSheet(model: SheetModel): CatalogSheet {
  const filled = withMergesFilled(model);
  const rows = Array.from({ length: filled.rowCount }, (_, r) =>
    Array.from({ length: filled.colCount }, (_, c) => filled.cells.get(key(r + 1, c + 1))),
  );
  return { name: model.name, rows };
}

const extension = (fileName: string) => /\.([^.]+)$/.exec(fileName.toLowerCase())?.[1] ?? "";

function readJson(bytes: Uint8Array): CatalogParse {
  try {
    const edition = readEditionFile(new TextDecoder().decode(bytes), "loaded");
    return { ok: true, entries: [...edition.names].map(([code, name]) => ({ code, name })), notes: [] };
  } catch (error) {
    return { ok: false, problems: [errorReason(error)] };
  }
}

/** Reads a catalog file by its extension; never throws: what is wrong is said in Chinese. */
export async function readCatalogBytes(fileName: string, bytes: Uint8Array): Promise<CatalogParse> {
  const ext = extension(fileName);
  if (ext === "csv" || ext === "txt") {
    const text = decodeCsv(bytes);
    if (text.includes("\uFFFD"))
      return {
        ok: false,
        problems: ["文件既不是 UTF-8 也不是 GBK 编码，无法读取：请在 Excel/WPS 中另存为“CSV UTF-8”后再载入"],
      };
    return parseCatalogSheets([catalogSheet(csvSheet(fileName, text))]);
  }
  if (ext === "json") return readJson(bytes);
  if (ext !== "xlsx")
    return { ok: false, problems: [`不支持的文件类型“.${ext}”：请载入 CSV 或 XLSX 格式的科目目录`] };
  const read = await readWorkbook(bytes);
  if (!read.ok) return { ok: false, problems: [read.message] };
  return parseCatalogSheets(read.sheets.map(catalogSheet));
}

/** The year a file names ("2024年政府收支分类科目.xlsx"), if any. */
export function yearInFileName(fileName: string): number | undefined {
  const match = /(20\d{2})/.exec(fileName);
  return match ? Number(match[1]) : undefined;
}
