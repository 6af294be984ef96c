import { isSubjectCode } from "../templates/structure";
import type { TableTemplate } from "../templates/types";
import type { TableRegion } from "./find-tables";
import { codeText, labelKey } from "./normalise";
import { readAmount } from "./read-amount";
import { key, type SheetCell } from "./sheet-model";

export type ColumnRole = "code" | "name" | "label" | "line" | "value";

/** One sheet column of a table's region, as its header describes it. */
export interface HeaderColumn {
  col: number;
  role: ColumnRole;
  /** The header texts from top to bottom, normalised (`labelKey`), repeats dropped. */
  path: string[];
  /** The lowest header text as printed. */
  printed: string;
  /** For a code split into 类/款/项 columns: which part. */
  part?: "类" | "款" | "项";
}

export interface TableHeader {
  /** First and last header row; the 栏次 line, when printed, is not part of it. */
  top: number;
  bottom: number;
  /** The first row that can hold data. */
  firstData: number;
  columns: HeaderColumn[];
}

const CODE_WORDS = new Set([
  "科目编码",
  "功能分类科目编码",
  "经济分类科目编码",
  "科目代码",
  "编码",
  "代码",
  "科目",
]);
const NAME_WORDS = new Set(["科目名称", "名称"]);
const PARTS = new Set(["类", "款", "项"]);
const LANE_WORDS = new Set(["栏次", "行次"]);
const ITEM_WORDS = new Set(["项目", "收入", "支出"]);

function headerWords(template: TableTemplate): Set<string> {
  const words = new Set([...CODE_WORDS, ...NAME_WORDS, ...PARTS, ...LANE_WORDS, ...ITEM_WORDS]);
  const layout = template.layout;
  const columns = layout.kind === "subject" ? layout.columns : layout.panes.flatMap((p) => p.columns);
  for (const column of columns)
    for (const text of [column.label, ...(column.groups ?? [])]) words.add(labelKey(text));
  return words;
}

/** A cell that can only be data: a number, an amount written as text, "-", or a 科目 code. */
export function isDataCell(cell: SheetCell): boolean {
  if (cell.number !== undefined) return true;
  const read = readAmount(cell);
  if (read.kind === "amount" || read.kind === "dash") return true;
  return isSubjectCode(codeText(cell.text));
}

function rowCells(region: TableRegion, row: number): SheetCell[] {
  const cells: SheetCell[] = [];
  for (let col = 1; col <= region.sheet.colCount; col++) {
    const cell = region.sheet.cells.get(key(row, col));
    if (cell && cell.text.trim() !== "") cells.push(cell);
  }
  return cells;
}

/** The 栏次 line: labelled 栏次, or (09 prints no label column) just the numbers 1, 2, 3 … */
function isLaneRow(cells: readonly SheetCell[]): boolean {
  if (cells.some((c) => labelKey(c.text) === "栏次")) return true;
  return cells.length > 2 && cells.every((c, i) => c.text.trim() === String(i + 1));
}

function roleOf(path: readonly string[]): Pick<HeaderColumn, "role" | "part"> {
  const last = path.at(-1) ?? "";
  if (PARTS.has(last)) return { role: "code", part: last as "类" | "款" | "项" };
  if (path.some((t) => CODE_WORDS.has(t))) return { role: "code" };
  if (path.some((t) => NAME_WORDS.has(t))) return { role: "name" };
  if (path.includes("行次")) return { role: "line" };
  if (last === "项目" || (ITEM_WORDS.has(last) && path.length === 1)) return { role: "label" };
  return { role: "value" };
}

/**
 * Finds the header of a table in its region (the sheet with merged ranges filled): the first row holding
 * a header word, down to the last row before data (numbers, codes) or a blank line.
 */
export function readHeader(region: TableRegion, template: TableTemplate): TableHeader | null {
  const words = headerWords(template);
  let top = 0;
  for (let row = region.top; row <= region.bottom && top === 0; row++) {
    if (rowCells(region, row).some((c) => c.number === undefined && words.has(labelKey(c.text)))) top = row;
  }
  if (top === 0) return null;
  let bottom = top;
  while (bottom + 1 <= region.bottom) {
    const cells = rowCells(region, bottom + 1);
    if (cells.length === 0 || isLaneRow(cells) || cells.some(isDataCell)) break;
    bottom++;
  }
  const lane = bottom + 1 <= region.bottom && isLaneRow(rowCells(region, bottom + 1));
  const columns: HeaderColumn[] = [];
  for (let col = 1; col <= region.sheet.colCount; col++) {
    const path: string[] = [];
    let printed = "";
    for (let row = top; row <= bottom; row++) {
      const text = region.sheet.cells.get(key(row, col))?.text ?? "";
      const normal = labelKey(text);
      if (normal === "" || path.at(-1) === normal) continue;
      path.push(normal);
      printed = text.trim();
    }
    if (path.length > 0) columns.push({ col, path, printed, ...roleOf(path) });
  }
  return { top, bottom, firstData: bottom + (lane ? 2 : 1), columns };
}

/** Columns split into panes side by side: a new pane starts where an item column follows a figure column. */
export function segments(columns: readonly HeaderColumn[]): HeaderColumn[][] {
  const out: HeaderColumn[][] = [];
  let current: HeaderColumn[] = [];
  let sawValue = false;
  for (const column of columns) {
    const item = column.role !== "value" && column.role !== "line";
    if (item && sawValue) {
      out.push(current);
      current = [];
      sawValue = false;
    }
    if (column.role === "value" || column.role === "line") sawValue = true;
    current.push(column);
  }
  if (current.length > 0) out.push(current);
  return out;
}
