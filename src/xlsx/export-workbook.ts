import type { Finding } from "../domain/checks";
import type { Workbook } from "../domain/workbook/workbook";
import { workbookSheets } from "../export/xlsx/layout";
import { notesSheet } from "../export/xlsx/notes-sheet";
import { writeWorkbook } from "./write-workbook";

/**
 * 导出 Excel: the nine tables as an .xlsx file (loaded on demand with exceljs); with `findings`, a last
 * sheet 审核与批注 lists them and the comment threads.
 */
export function exportWorkbookFile(workbook: Workbook, findings?: readonly Finding[]): Promise<Uint8Array> {
  const sheets = workbookSheets(workbook);
  if (findings) sheets.push(notesSheet(workbook, findings));
  return writeWorkbook(sheets);
}

/** {部门}-{年度}-决算.xlsx, like the JSON file's name. */
export function workbookFileName(jsonName: string): string {
  return jsonName.replace(/\.json$/, ".xlsx");
}
