/** Which files are read as workbooks (the editor's own files are JSON or HTML); CSV counts as one sheet. */
const WORKBOOK_NAME = /\.(xls[xm]?|csv)$/i;
const WORKBOOK_TYPES = new Set([
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "application/vnd.ms-excel",
  "application/vnd.ms-excel.sheet.macroEnabled.12",
  "text/csv",
]);

export function isWorkbookFile(file: { name: string; type?: string }): boolean {
  return WORKBOOK_NAME.test(file.name) || WORKBOOK_TYPES.has(file.type ?? "");
}

export function isCsvFile(file: { name: string; type?: string }): boolean {
  return /\.csv$/i.test(file.name) || file.type === "text/csv";
}

/** The accept list of the 导入 picker's workbook part. */
export const WORKBOOK_ACCEPT = ".xlsx,.xlsm,.xls,.csv";
