import type { CellId } from "../../domain/engine/cell-id";
import { money, sameAmount, toFileString, writtenDecimals } from "../../domain/money";
import { tableIds, tableOf } from "../../domain/templates/structure";
import type { TableId } from "../../domain/templates/types";
import { cellKind } from "../../domain/workbook/display";
import type { Workbook } from "../../domain/workbook/workbook";
import { STATED_NOTE } from "../../domain/xlsx/read-table";
import { laneRow, type PrintRow, paneRows, subjectRows } from "../html/body";
import { type PrintColumn, printColumns } from "../html/columns";
import { headerRows } from "../html/header";
import { printsLandscape } from "../html/orientation";
import { type Place, sumFormula, termReferences } from "./formulas";
import type { OutCell, OutSheet, OutValue } from "./out-model";

/**
 * Sheet names: the table's label (公开01表), as the publication numbers them, or its title where the layout
 * prints no label (上海); Excel refuses an empty name and takes at most 31 characters.
 */
export function sheetName(workbook: Workbook, table: TableId): string {
  const { label, title } = tableOf(workbook.template, table);
  return (label || title).slice(0, 31);
}

const WIDTH: Record<PrintColumn["role"], number> = { code: 12, name: 30, label: 34, line: 6, value: 15 };
/** A 类, 款 or 项 column of a split 科目编码 holds at most three digits. */
const SPLIT_CODE_WIDTH = 6;

interface Planned {
  table: TableId;
  columns: PrintColumn[];
  body: PrintRow[];
  headerRowCount: number;
  lane: boolean;
}

/** Caption block: title, label, then 部门 / 年度 / 单位 — three rows above the header. */
const CAPTION_ROWS = 3;

function plan(workbook: Workbook, table: TableId): Planned {
  const layout = tableOf(workbook.template, table).layout;
  const columns = printColumns(workbook, table);
  const body =
    layout.kind === "subject"
      ? subjectRows(workbook, table, layout, columns)
      : paneRows(workbook, table, layout, columns);
  const lane = layout.kind === "subject" || layout.laneRow;
  return { table, columns, body, headerRowCount: headerRows(columns).length, lane };
}

const firstBodyRow = (p: Planned) => CAPTION_ROWS + p.headerRowCount + (p.lane ? 1 : 0) + 1;

/** Every printed amount cell's place, for formulas that reach into other sheets. */
function places(workbook: Workbook, plans: readonly Planned[]): Map<CellId, Place> {
  const out = new Map<CellId, Place>();
  for (const p of plans) {
    const sheet = sheetName(workbook, p.table);
    p.body.forEach((row, i) => {
      let col = 1;
      for (const cell of row.cells) {
        if (cell.cell !== undefined) out.set(cell.cell, { sheet, row: firstBodyRow(p) + i, col });
        col += cell.colspan;
      }
    });
  }
  return out;
}

/** A stated value that differs from the computation: written as the printed figure, not as a formula. */
function statedOtherwise(workbook: Workbook, id: CellId): boolean {
  if (cellKind(workbook, id) !== "stated") return false;
  const stored = workbook.stored(id) ?? null;
  const computed = workbook.derivedValue(id);
  return stored === null ? computed !== null : !sameAmount(money(stored), computed);
}

/**
 * What a formula sums: its terms, except that a term holding a differing printed figure is replaced by
 * what that term sums — the editor's formulas never read a stated value, and neither may Excel's.
 */
function formulaTerms(workbook: Workbook, id: CellId): CellId[] {
  return (workbook.graph.formulas.get(id)?.terms ?? []).flatMap((term) =>
    statedOtherwise(workbook, term) ? formulaTerms(workbook, term) : [term],
  );
}

/**
 * An amount cell: entered values as numbers; derived cells as SUM formulas with their value cached; a
 * stated value (a printed total) as a formula when it equals the computation, else as the printed figure,
 * and marked with a note so that importing the workbook keeps it stated.
 */
function amountValue(
  workbook: Workbook,
  id: CellId,
  where: Place,
  placed: ReadonlyMap<CellId, Place>,
): Pick<OutCell, "value" | "note" | "whole"> {
  const stored = workbook.stored(id);
  const whole = stored ? { whole: writtenDecimals(stored) === 0 } : {};
  const kind = cellKind(workbook, id);
  if (kind === "entered") return { value: stored ? { kind: "amount", value: stored } : null, ...whole };
  const computed = workbook.derivedValue(id);
  const result = computed === null ? null : toFileString(computed);
  const terms = formulaTerms(workbook, id);
  const refs = terms.length > 0 ? termReferences(terms, placed, where.sheet) : null;
  const formula: OutValue | null = refs
    ? { kind: "formula", formula: sumFormula(refs, result === null), result }
    : null;
  if (kind === "derived")
    return { value: formula ?? (result === null ? null : { kind: "amount", value: result }) };
  if (!statedOtherwise(workbook, id) && formula) return { value: formula, note: STATED_NOTE, ...whole };
  const note = `${STATED_NOTE}；计算值为 ${result ?? "空白"}`;
  return { value: stored ? { kind: "amount", value: stored } : null, note, ...whole };
}

function captionCells(
  workbook: Workbook,
  table: TableId,
  width: number,
): { cells: OutCell[]; merges: OutSheet["merges"] } {
  const template = tableOf(workbook.template, table);
  const { department, year, unit } = workbook.doc.meta;
  const third = Math.max(1, Math.floor(width / 3));
  const cells: OutCell[] = [
    { row: 1, col: 1, value: { kind: "text", text: template.title }, style: "title" },
    { row: 2, col: width, value: { kind: "text", text: template.label }, style: "label" },
    { row: 3, col: 1, value: { kind: "text", text: `部门：${department}` }, style: "caption" },
    { row: 3, col: third + 1, value: { kind: "text", text: `${year} 年度` }, style: "caption" },
    { row: 3, col: width, value: { kind: "text", text: `单位：${unit}` }, style: "label" },
  ];
  const merges = [{ top: 1, left: 1, bottom: 1, right: width }];
  if (third > 1) merges.push({ top: 3, left: 1, bottom: 3, right: third });
  return { cells, merges };
}

function headerCells(p: Planned): { cells: OutCell[]; merges: OutSheet["merges"] } {
  const cells: OutCell[] = [];
  const merges: OutSheet["merges"] = [];
  headerRows(p.columns).forEach((row, level) => {
    for (const h of row) {
      const r = CAPTION_ROWS + 1 + level;
      const c = h.column + 1;
      cells.push({ row: r, col: c, value: { kind: "text", text: h.text }, style: "header" });
      if (h.colspan > 1 || h.rowspan > 1)
        merges.push({ top: r, left: c, bottom: r + h.rowspan - 1, right: c + h.colspan - 1 });
    }
  });
  return { cells, merges };
}

function rowCells(
  workbook: Workbook,
  row: PrintRow,
  r: number,
  style: OutCell["style"],
  sheet: string,
  placed: ReadonlyMap<CellId, Place>,
): { cells: OutCell[]; merges: OutSheet["merges"] } {
  const cells: OutCell[] = [];
  const merges: OutSheet["merges"] = [];
  let col = 1;
  const total = row.kind === "total" || row.kind === "footer" || row.level === 1;
  for (const cell of row.cells) {
    if (cell.colspan > 1) merges.push({ top: r, left: col, bottom: r, right: col + cell.colspan - 1 });
    if (cell.cell !== undefined) {
      const amount = amountValue(workbook, cell.cell, { sheet, row: r, col }, placed);
      cells.push({ row: r, col, style: "amount", ...amount, ...(total ? { bold: true } : {}) });
    } else {
      const text = cell.indent ? `${"　".repeat(cell.indent)}${cell.text}` : cell.text;
      const value: OutValue | null = text === "" ? null : { kind: "text", text };
      const centred = row.kind === "total" || row.kind === "footer";
      const kind = style === "lane" ? "lane" : cell.role === "line" ? "line" : centred ? "total" : "item";
      cells.push({ row: r, col, value, style: kind, ...(total && !centred ? { bold: true } : {}) });
    }
    col += cell.colspan;
  }
  return { cells, merges };
}

function noteCells(
  workbook: Workbook,
  table: TableId,
  first: number,
  width: { count: number; chars: number },
) {
  const lines = [...tableOf(workbook.template, table).notes];
  const explanation = workbook.doc.notes?.[table];
  if (explanation) lines.push(`说明：${explanation}`);
  const cells: OutCell[] = lines.map((text, i) => ({
    row: first + i,
    col: 1,
    value: { kind: "text", text },
    style: "note",
  }));
  const merges = lines.map((_, i) => ({ top: first + i, left: 1, bottom: first + i, right: width.count }));
  // Excel does not grow a merged row to its wrapped text: a CJK character takes about two width units.
  const heights = Object.fromEntries(
    lines.map((text, i) => [
      first + i,
      LINE_HEIGHT * Math.max(1, Math.ceil((text.length * 2) / width.chars)),
    ]),
  );
  return { cells, merges, heights };
}

const LINE_HEIGHT = 14;

function tableSheet(workbook: Workbook, p: Planned, placed: ReadonlyMap<CellId, Place>): OutSheet {
  const name = sheetName(workbook, p.table);
  const width = p.columns.length;
  const parts = [captionCells(workbook, p.table, width), headerCells(p)];
  if (p.lane) {
    const lane = laneRow(p.columns, tableOf(workbook.template, p.table).layout.kind === "subject");
    parts.push(rowCells(workbook, lane, firstBodyRow(p) - 1, "lane", name, placed));
  }
  const first = firstBodyRow(p);
  p.body.forEach((row, i) => {
    parts.push(rowCells(workbook, row, first + i, "item", name, placed));
  });
  const widths = p.columns.map((c) => (c.part === undefined ? WIDTH[c.role] : SPLIT_CODE_WIDTH));
  const chars = widths.reduce((sum, w) => sum + w, 0);
  const notes = noteCells(workbook, p.table, first + p.body.length, { count: width, chars });
  parts.push(notes);
  return {
    name,
    cells: parts.flatMap((part) => part.cells),
    merges: parts.flatMap((part) => part.merges),
    widths,
    frozenRows: first - 1,
    rowHeights: notes.heights,
    landscape: printsLandscape(tableOf(workbook.template, p.table)),
  };
}

/** Where every amount cell of the document is written (tests compare a spreadsheet's values with them). */
export function amountPlaces(workbook: Workbook): Map<CellId, Place> {
  return places(
    workbook,
    tableIds(workbook.template).map((table) => plan(workbook, table)),
  );
}

/** The template's tables (by id) as sheets in the publication's layout, derived cells as formulas. */
export function workbookSheets(workbook: Workbook): OutSheet[] {
  const plans = tableIds(workbook.template).map((table) => plan(workbook, table));
  const placed = places(workbook, plans);
  return plans.map((p) => tableSheet(workbook, p, placed));
}
