/**
 * Test helpers: a document laid out as other software lays out its workbooks (title rows, a unit line,
 * codes as numbers or split into 类/款/项, a blank column, totals first or last, amounts as text with
 * thousands separators, "-" for blanks), as plain sheet models. Only tests import this module.
 */
import { cellId } from "../engine/cell-id";
import { formatAmount, formatFigure, type Money } from "../money";
import { rowColumns, tableOf } from "../templates/structure";
import type { ColumnDef, Pane, TableId } from "../templates/types";
import type { Workbook } from "../workbook/workbook";
import { type CellRange, type SheetModel, sheetFromRows } from "../xlsx/sheet-model";

export interface ForeignStyle {
  /** How a 科目 code is written. */
  codes: "text" | "number" | "split" | "spaced";
  /** An empty column between code and name. */
  blankColumn?: boolean;
  /** The 合计 row after the 科目 rows. */
  totalsLast?: boolean;
  /** Amounts as text "1,234.50" (and "-" for blank) instead of numbers. */
  textAmounts?: boolean;
  /** Title as "2023年度XXX表" (default), with the 公开NN表 label, or with an ordinal "七、". */
  title?: "year" | "label" | "ordinal";
  /** Fixed-row labels with their ordinals removed. */
  plainLabels?: boolean;
}

type Cell = string | number | null;
const ORDINALS = "一二三四五六七八九";

function titleOf(workbook: Workbook, table: TableId, style: ForeignStyle): string {
  const t = tableOf(workbook.template, table);
  if (style.title === "label") return `${t.label} ${t.title}`;
  if (style.title === "ordinal") return `${ORDINALS[Number(table) - 1]}、${t.title}`;
  return `${workbook.doc.meta.year}年度${t.title}`;
}

function amount(value: Money | null, style: ForeignStyle): Cell {
  if (value === null) return style.textAmounts ? "-" : null;
  // A text amount as other software prints it; a numeric cell is a spreadsheet number by nature.
  return style.textAmounts ? formatFigure(value) : Number(formatAmount(value));
}

/** Header rows over the figure columns: one row per group level, the label at the bottom. */
function headerLines(columns: readonly ColumnDef[], lead: readonly string[]): Cell[][] {
  const depth = Math.max(1, ...columns.map((c) => (c.groups?.length ?? 0) + 1));
  return Array.from({ length: depth }, (_, level) => [
    ...lead,
    ...columns.map((c) => {
      const path = [...(c.groups ?? []), c.label];
      return path[Math.min(level, path.length - 1)] ?? c.label;
    }),
  ]);
}

function codeCells(code: string, style: ForeignStyle): Cell[] {
  if (style.codes === "split") return [code.slice(0, 3), code.slice(3, 5), code.slice(5, 7)];
  if (style.codes === "number") return [Number(code)];
  if (style.codes === "spaced")
    return [[code.slice(0, 3), code.slice(3, 5), code.slice(5, 7)].join(" ").trim()];
  return [code];
}

function subjectLines(workbook: Workbook, table: TableId, style: ForeignStyle): Cell[][] {
  const layout = tableOf(workbook.template, table).layout;
  if (layout.kind !== "subject") return [];
  const codeHead = style.codes === "split" ? ["类", "款", "项"] : ["科目编码"];
  const lead = [...codeHead, ...(style.blankColumn ? [""] : []), "科目名称"];
  const lines = headerLines(layout.columns, lead);
  const figures = (row: string) =>
    layout.columns.map((c) => amount(workbook.shown(cellId(table, row, c.key)), style));
  const total: Cell[] = ["合计", ...lead.slice(1).map(() => null), ...figures(layout.totalRow.key)];
  const rows = workbook
    .rows(table)
    .filter((row) => row !== layout.totalRow.key)
    .map((row) => [
      ...codeCells(row, style),
      ...(style.blankColumn ? [null] : []),
      workbook.rowName(table, row) || `科目${row}`,
      ...figures(row),
    ]);
  return style.totalsLast ? [...lines, ...rows, total] : [...lines, total, ...rows];
}

function label(text: string, style: ForeignStyle): string {
  return style.plainLabels ? text.replace(/^[一二三四五六七八九十]+、/, "") : text;
}

/** Fixed tables: the panes side by side as printed, each with its item (and code) column. */
function paneLines(workbook: Workbook, table: TableId, style: ForeignStyle): Cell[][] {
  const layout = tableOf(workbook.template, table).layout;
  if (layout.kind !== "panes") return [];
  const lead = (pane: Pane) => [
    ...(pane.codeHeader ? [pane.codeHeader] : []),
    ...(pane.itemHeader || pane.nameHeader ? [pane.nameHeader ?? "项目"] : []),
  ];
  const heads = layout.panes.map((pane) => headerLines(pane.columns, lead(pane)));
  const depth = Math.max(...heads.map((h) => h.length));
  const lines: Cell[][] = Array.from({ length: depth }, (_, i) =>
    heads.flatMap((h) => h[Math.min(i, h.length - 1)] ?? []),
  );
  const height = Math.max(...layout.panes.map((p) => p.rows.length + (p.footer ? 1 : 0)));
  for (let i = 0; i < height; i++) {
    lines.push(
      layout.panes.flatMap((pane) => {
        const row = i < pane.rows.length ? pane.rows[i] : pane.footer;
        const width = lead(pane).length + pane.columns.length;
        if (!row || row.key === null || (i >= pane.rows.length && i !== pane.rows.length))
          return Array.from({ length: width }, () => null);
        const key = row.key;
        const name = label(workbook.rowName(table, key), style);
        const item = pane.codeHeader ? [row.code ?? "", name] : lead(pane).length > 0 ? [name] : [];
        const columns = rowColumns(tableOf(workbook.template, table), key);
        return [
          ...item,
          ...pane.columns.map((c) =>
            columns.includes(c.key) ? amount(workbook.shown(cellId(table, key, c.key)), style) : null,
          ),
        ];
      }),
    );
  }
  return lines;
}

/** One table as another program writes it: title, a unit line, the header, the rows. */
export function foreignTable(workbook: Workbook, table: TableId, style: ForeignStyle): Cell[][] {
  const body =
    tableOf(workbook.template, table).layout.kind === "subject"
      ? subjectLines(workbook, table, style)
      : paneLines(workbook, table, style);
  return [
    [titleOf(workbook, table, style)],
    [`编制单位：${workbook.doc.meta.department}`, null, "单位：万元"],
    ...body,
  ];
}

/** Several tables one under another on one sheet, a blank row between them. */
export function foreignSheet(
  name: string,
  workbook: Workbook,
  tables: readonly TableId[],
  style: ForeignStyle,
  merges: readonly CellRange[] = [],
): SheetModel {
  const rows = tables.flatMap((table) => [...foreignTable(workbook, table, style), []]);
  return sheetFromRows(name, rows, merges);
}
