import type { CellValue, Worksheet } from "exceljs";
import type { CellRange, SheetCell, SheetModel } from "../domain/xlsx/sheet-model";
import { key } from "../domain/xlsx/sheet-model";
import { amountFromSpreadsheet } from "../domain/xlsx/spreadsheet-number";
import { loadExcelJs } from "./load-exceljs";

export type ReadWorkbook = { ok: true; sheets: SheetModel[] } | { ok: false; message: string };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
/** "EncryptionInfo" in UTF-16LE: the stream an encrypted (password-protected) xlsx keeps in its OLE file. */
const ENCRYPTION_INFO = [..."EncryptionInfo"].flatMap((c) => [c.charCodeAt(0), 0]);

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

function contains(bytes: Uint8Array, needle: readonly number[]): boolean {
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** Why a file cannot be read as an .xlsx workbook, before handing it to exceljs; null when it can. */
export function workbookProblem(bytes: Uint8Array): string | null {
  if (startsWith(bytes, ZIP)) return null;
  if (startsWith(bytes, OLE))
    return contains(bytes, ENCRYPTION_INFO)
      ? "工作簿设有打开密码，无法读取。请在 Excel/WPS 中取消密码后另存为 .xlsx 再导入"
      : "这是旧版 Excel 文件（.xls），不支持。请在 Excel/WPS 中“另存为” .xlsx 格式后再导入";
  return "不是 Excel 工作簿（.xlsx）";
}

function textOf(value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("formula" in value || "sharedFormula" in value) return textOf((value.result ?? null) as CellValue);
  if ("text" in value) return String(value.text);
  return "";
}

/**
 * exceljs drops a formula's cached result when it is 0 or an empty text: a formula without a result is
 * read as 0, unless it can give an empty text (the export's guard that keeps an all-blank sum blank).
 */
function numberOf(value: CellValue): number | undefined {
  if (typeof value === "number") return value;
  if (value && typeof value === "object" && ("formula" in value || "sharedFormula" in value)) {
    if (typeof value.result === "number") return value.result;
    if (value.result === undefined && !(value.formula ?? "").includes('""')) return 0;
  }
  return undefined;
}

function noteOf(note: unknown): string | undefined {
  if (typeof note === "string") return note;
  if (note && typeof note === "object" && "texts" in note && Array.isArray(note.texts))
    return note.texts.map((t: { text?: string }) => t.text ?? "").join("");
  return undefined;
}

function parseRange(range: string): CellRange | null {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range.replace(/\$/g, ""));
  if (!m) return null;
  const col = (letters: string) => [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
  return { top: Number(m[2]), left: col(m[1] ?? ""), bottom: Number(m[4]), right: col(m[3] ?? "") };
}

function sheetModel(worksheet: Worksheet): SheetModel {
  const cells = new Map<string, SheetCell>();
  let rowCount = 0;
  let colCount = 0;
  worksheet.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      if (cell.isMerged && cell.master !== cell) return; // the model fills merged ranges itself
      const value = cell.value;
      const numeric = numberOf(value);
      const number = numeric === undefined ? undefined : amountFromSpreadsheet(numeric);
      const formula = value && typeof value === "object" && "formula" in value ? value.formula : undefined;
      const note = noteOf(cell.note);
      const model: SheetCell = {
        // Whole numbers keep their digits (a 科目 code typed as a number); others read as amounts.
        text: number === undefined ? textOf(value) : Number.isInteger(numeric) ? String(numeric) : number,
        ...(number !== undefined ? { number } : {}),
        ...(number !== undefined && cell.numFmt ? { format: cell.numFmt } : {}),
        ...(formula !== undefined ? { formula } : {}),
        ...(note !== undefined ? { note } : {}),
        ...(cell.alignment?.indent ? { indent: cell.alignment.indent } : {}),
      };
      if (model.text === "" && model.note === undefined) return;
      cells.set(key(r, c), model);
      rowCount = Math.max(rowCount, r);
      colCount = Math.max(colCount, c);
    });
  });
  const merges = (worksheet.model.merges ?? []).flatMap((r) => parseRange(r) ?? []);
  return { name: worksheet.name, cells, merges, rowCount, colCount };
}

/** Reads an .xlsx file into sheet models. Never throws: a file it cannot read gets a Chinese message. */
export async function readWorkbook(data: ArrayBuffer | Uint8Array): Promise<ReadWorkbook> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const problem = workbookProblem(bytes);
  if (problem) return { ok: false, message: problem };
  try {
    const ExcelJS = await loadExcelJs();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    return { ok: true, sheets: workbook.worksheets.map(sheetModel) };
  } catch {
    // exceljs's reason is English and about zip entries: nothing a user can act on.
    return {
      ok: false,
      message: "无法读取工作簿：文件已损坏或不是 .xlsx。请在 Excel 或 WPS 中打开它，另存为 .xlsx 后再导入",
    };
  }
}
