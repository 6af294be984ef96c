import type { Borders, Cell, Style, Worksheet } from "exceljs";
import { spreadsheetNumber } from "../domain/xlsx/spreadsheet-number";
import type { OutCell, OutSheet, OutStyle } from "../export/xlsx/out-model";
import { loadExcelJs } from "./load-exceljs";

export const AMOUNT_FORMAT = "#,##0.00";
/** An amount written without decimals ("4", as the seed prints 09's budget) keeps showing so. */
const WHOLE_FORMAT = "#,##0";
const FONT = "宋体";
const THIN = { style: "thin" } as const;
const BORDER: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const BORDERED = new Set<OutStyle>(["header", "lane", "line", "item", "total", "amount"]);

function styleOf(cell: OutCell): Partial<Style> {
  const style: Partial<Style> = { font: { name: FONT, size: 10, bold: cell.bold === true } };
  if (BORDERED.has(cell.style)) style.border = BORDER;
  switch (cell.style) {
    case "title":
      return { font: { name: "黑体", size: 16, bold: true }, alignment: { horizontal: "center" } };
    case "label":
      return { ...style, alignment: { horizontal: "right" } };
    case "header":
    case "lane":
      return {
        ...style,
        font: { name: FONT, size: 10, bold: true },
        alignment: { horizontal: "center", vertical: "middle", wrapText: true },
      };
    case "total":
      return {
        ...style,
        font: { name: FONT, size: 10, bold: true },
        alignment: { horizontal: "center", vertical: "middle" },
      };
    case "line":
      return { ...style, alignment: { horizontal: "center", vertical: "middle" } };
    case "amount":
      return { ...style, numFmt: AMOUNT_FORMAT, alignment: { horizontal: "right", vertical: "middle" } };
    case "note":
      return { ...style, alignment: { wrapText: true, vertical: "top" } };
    default:
      return { ...style, alignment: { vertical: "middle", wrapText: true } };
  }
}

const styles = new Map<string, Partial<Style>>();

/** One style object per kind of cell: exceljs then shares it instead of copying one per cell. */
function sharedStyle(cell: OutCell): Partial<Style> {
  const id = `${cell.style}|${cell.bold === true}|${cell.whole === true}`;
  let style = styles.get(id);
  if (!style) {
    style = styleOf(cell);
    if (cell.whole) style = { ...style, numFmt: WHOLE_FORMAT };
    styles.set(id, style);
  }
  return style;
}

function writeCell(target: Cell, cell: OutCell): void {
  const value = cell.value;
  // Text is always a string cell: a name starting with = + - @ stays text (no formula injection).
  if (value?.kind === "text") target.value = value.text;
  else if (value?.kind === "amount") target.value = spreadsheetNumber(value.value);
  else if (value?.kind === "formula")
    target.value = {
      formula: value.formula,
      result: value.result === null ? "" : spreadsheetNumber(value.result),
    } as Cell["value"];
  target.style = sharedStyle(cell);
  if (cell.note !== undefined) target.note = cell.note;
}

function writeSheet(sheet: Worksheet, out: OutSheet): void {
  out.widths.forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
  for (const m of out.merges) sheet.mergeCells(m.top, m.left, m.bottom, m.right);
  for (const cell of out.cells) writeCell(sheet.getCell(cell.row, cell.col), cell);
  // A merged range shows the borders of each of its cells: box the whole range like its first cell.
  for (const m of out.merges) {
    const border = sheet.getCell(m.top, m.left).border;
    if (!border?.top) continue;
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) sheet.getCell(r, c).border = BORDER;
  }
  for (const [row, height] of Object.entries(out.rowHeights ?? {})) sheet.getRow(Number(row)).height = height;
  sheet.views = [{ state: "frozen", ySplit: out.frozenRows, xSplit: 0 }];
  sheet.pageSetup = {
    paperSize: 9,
    orientation: out.landscape ? "landscape" : "portrait",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
  };
}

/** Writes the sheets as an .xlsx file. */
export async function writeWorkbook(sheets: readonly OutSheet[]): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "决算公开编辑器";
  workbook.calcProperties = { fullCalcOnLoad: true };
  for (const out of sheets) writeSheet(workbook.addWorksheet(out.name), out);
  // Fast compression: the file is a little larger, the export much quicker (a 2,000-项 document).
  const buffer = await workbook.xlsx.writeBuffer({
    zip: { compression: "DEFLATE", compressionOptions: { level: 1 } },
  } as Parameters<typeof workbook.xlsx.writeBuffer>[0]);
  return new Uint8Array(buffer as ArrayBuffer);
}
