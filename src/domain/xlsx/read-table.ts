import type { Amount, Unit } from "../document/model";
import { fixedRows } from "../templates/structure";
import type { ColKey, ColumnDef, Pane, RowKey, TableId, TableTemplate } from "../templates/types";
import type { TableRegion } from "./find-tables";
import { type HeaderColumn, readHeader, segments } from "./header";
import { matchColumns } from "./match-columns";
import { compact, plainLabel } from "./normalise";
import { readAmount } from "./read-amount";
import { paneDictionary, paneRowKeys, paneScore, type RowKeyReader, subjectRowKeys } from "./row-keys";
import { key, type SheetCell, sheetAddress } from "./sheet-model";

/** The note the export puts on a derived cell that carries a stated value (read back as stated). */
export const STATED_NOTE = "原表列示数";

export interface CellRead {
  value: Amount;
  /** Written as a formula: its value is the workbook's computation, not necessarily a printed figure. */
  formula: boolean;
  /** Marked by the export as a stated value. */
  stated: boolean;
}

export interface Unplaced {
  table: TableId;
  /** "Sheet3!B17" */
  where: string;
  what: string;
}

export interface TableRead {
  table: TableId;
  sheet: string;
  rows: Map<RowKey, Map<ColKey, CellRead>>;
  names: Map<RowKey, string>;
  columnLabels: Map<ColKey, string>;
  note?: string;
  unplaced: Unplaced[];
  figures: number;
  /** Every row found, with figures or not (which layout fits: 26 or 24 class rows). */
  seen: Set<RowKey>;
  caption: { unit?: Unit };
}

interface Part {
  columns: HeaderColumn[];
  templateColumns: readonly ColumnDef[];
  rowKey: RowKeyReader;
  /** 09: a single row without a label column is the first row with figures. */
  onlyRow?: RowKey;
}

function captionOf(region: TableRegion, last: number): TableRead["caption"] {
  const caption: TableRead["caption"] = {};
  for (let row = region.top; row <= last; row++) {
    for (let col = 1; col <= region.sheet.colCount; col++) {
      const text = compact(region.sheet.cells.get(key(row, col))?.text ?? "");
      const unit = /单位[:：](万元|元)/.exec(text)?.[1];
      if (unit === "万元" || unit === "元") caption.unit = unit;
    }
  }
  return caption;
}

function labelsIn(region: TableRegion, columns: readonly HeaderColumn[], firstData: number): string[] {
  const labels: string[] = [];
  for (const column of columns) {
    if (column.role === "value" || column.role === "line") continue;
    for (let row = firstData; row <= region.bottom; row++) {
      const text = region.sheet.cells.get(key(row, column.col))?.text.trim();
      if (text) labels.push(text);
    }
  }
  return labels;
}

/** Printed panes side by side → the template's panes, by how many row labels each one knows. */
function paneParts(region: TableRegion, panes: readonly Pane[], parts: HeaderColumn[][], firstData: number) {
  const out: Part[] = [];
  const free = new Set(parts.map((_, i) => i));
  panes.forEach((pane) => {
    const dictionary = paneDictionary(pane);
    let best = -1;
    let bestScore = -1;
    for (const i of free) {
      const score = paneScore(dictionary, labelsIn(region, parts[i] ?? [], firstData));
      if (score > bestScore) [best, bestScore] = [i, score];
    }
    const columns = parts[best];
    if (!columns) return;
    const labelled = columns.some((c) => c.role !== "value" && c.role !== "line");
    if (labelled && bestScore === 0) return;
    free.delete(best);
    const only = pane.rows.length === 1 && !labelled ? pane.rows[0]?.key : undefined;
    out.push({
      columns,
      templateColumns: pane.columns,
      rowKey: paneRowKeys(pane, columns),
      ...(only ? { onlyRow: only } : {}),
    });
  });
  return out;
}

function noteText(cell: SheetCell | undefined): { note?: string; skip: boolean } {
  const text = cell?.text.trim() ?? "";
  if (/^注[:：]/.test(text)) return { skip: true };
  const explanation = /^说明[:：]\s*([\s\S]*)$/.exec(text)?.[1];
  return explanation !== undefined ? { note: explanation, skip: true } : { skip: false };
}

function firstCell(region: TableRegion, row: number): { col: number; cell: SheetCell } | null {
  for (let col = 1; col <= region.sheet.colCount; col++) {
    const cell = region.sheet.cells.get(key(row, col));
    if (cell && cell.text.trim() !== "") return { col, cell };
  }
  return null;
}

/** Reads one table from its region (merged ranges filled). Null when no header can be found. */
export function readTable(region: TableRegion, template: TableTemplate): TableRead | null {
  const header = readHeader(region, template);
  if (!header) return null;
  const where = (row: number, col: number) => sheetAddress(region.sheet.name, row, col);
  const layout = template.layout;
  const parts: Part[] =
    layout.kind === "subject"
      ? [
          {
            columns: header.columns,
            templateColumns: layout.columns,
            rowKey: subjectRowKeys(layout, header.columns),
          },
        ]
      : paneParts(region, layout.panes, segments(header.columns), header.firstData);
  const read: TableRead = {
    table: template.id,
    sheet: region.sheet.name,
    rows: new Map(),
    names: new Map(),
    columnLabels: new Map(),
    unplaced: [],
    figures: 0,
    seen: new Set(),
    caption: captionOf(region, header.top - 1),
  };
  const placed = new Set<number>();
  for (const part of parts) {
    const { matched } = matchColumns(part.columns, part.templateColumns);
    for (const m of matched) {
      placed.add(m.col);
      if (m.printed !== undefined) read.columnLabels.set(m.key, m.printed);
    }
    let onlyRow = part.onlyRow;
    for (let row = header.firstData; row <= region.bottom; row++) {
      const first = firstCell(region, row);
      if (!first) continue;
      const note = noteText(first.cell);
      if (note.skip) {
        if (note.note !== undefined) read.note = note.note;
        continue;
      }
      const cell = (col: number) => region.sheet.cells.get(key(row, col));
      const figures = matched.map((m) => ({ m, cell: cell(m.col), amount: readAmount(cell(m.col)) }));
      const hasFigures = figures.some((f) => f.amount.kind !== "blank");
      let found = part.rowKey(cell);
      if (found.key === null && onlyRow !== undefined && hasFigures) {
        found = { key: onlyRow };
        onlyRow = undefined;
      }
      if (found.key === null) {
        if (hasFigures)
          read.unplaced.push({
            table: template.id,
            where: where(row, first.col),
            what: `无法识别的行“${found.label ?? first.cell.text.trim()}”`,
          });
        continue;
      }
      if (read.rows.has(found.key) && layout.kind === "subject") {
        read.unplaced.push({
          table: template.id,
          where: where(row, first.col),
          what: `重复的行 ${found.key}`,
        });
        continue;
      }
      read.seen.add(found.key);
      const cells = read.rows.get(found.key) ?? new Map<ColKey, CellRead>();
      read.rows.set(found.key, cells);
      if (found.name !== undefined) keepName(read, template, found.key, found.name);
      for (const { m, cell: source, amount } of figures) {
        if (amount.kind === "text") {
          read.unplaced.push({ table: template.id, where: where(row, m.col), what: amount.message });
          continue;
        }
        const marked = source?.note?.includes(STATED_NOTE) ?? false;
        if (amount.kind === "blank" && !marked) continue;
        cells.set(m.key, {
          value: amount.kind === "amount" ? amount.value : null,
          formula: source?.formula !== undefined,
          stated: marked,
        });
        read.figures++;
      }
      // A fixed row (and the 合计 row) exists anyway: it is only written when it has figures.
      const implied = layout.kind === "panes" || found.key === layout.totalRow.key;
      if (cells.size === 0 && implied) read.rows.delete(found.key);
    }
  }
  reportUnplacedColumns(read, region, header.columns, placed, header.firstData, where);
  return read;
}

/** A 科目 row keeps its printed name; a fixed row only a label that differs from the template's. */
function keepName(read: TableRead, template: TableTemplate, row: RowKey, name: string): void {
  if (template.layout.kind === "panes") {
    const label = fixedRows(template).get(row)?.row.label;
    if (label !== undefined && plainLabel(label) === plainLabel(name)) return;
  }
  read.names.set(row, name);
}

function reportUnplacedColumns(
  read: TableRead,
  region: TableRegion,
  columns: readonly HeaderColumn[],
  placed: ReadonlySet<number>,
  firstData: number,
  where: (row: number, col: number) => string,
): void {
  for (const column of columns) {
    if (column.role !== "value" || placed.has(column.col)) continue;
    let hasData = false;
    for (let row = firstData; row <= region.bottom && !hasData; row++)
      hasData = readAmount(region.sheet.cells.get(key(row, column.col))).kind === "amount";
    if (hasData)
      read.unplaced.push({
        table: read.table,
        where: where(firstData - 1, column.col),
        what: `无法识别的列“${column.printed}”`,
      });
  }
}
