/** exceljs (about 250 kB gzip) is loaded only when a workbook is imported or exported. */
export type ExcelJs = typeof import("exceljs");

let loading: Promise<ExcelJs> | null = null;

export function loadExcelJs(): Promise<ExcelJs> {
  loading ??= import("exceljs").then((m) => ((m as { default?: ExcelJs }).default ?? m) as ExcelJs);
  return loading;
}
