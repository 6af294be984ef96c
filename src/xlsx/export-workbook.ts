import type { Workbook } from "../domain/workbook/workbook";
import { workbookSheets } from "../export/xlsx/layout";
import { writeWorkbook } from "./write-workbook";

/** 导出 Excel: the nine tables as an .xlsx file (loaded on demand with exceljs). */
export function exportWorkbookFile(workbook: Workbook): Promise<Uint8Array> {
  return writeWorkbook(workbookSheets(workbook));
}

/** {部门}-{年度}-决算.xlsx, like the JSON file's name. */
export function workbookFileName(jsonName: string): string {
  return jsonName.replace(/\.json$/, ".xlsx");
}
