import type { ColDef, ColGroupDef } from "ag-grid-community";
import { CODE_PARTS, type CodeDisplay } from "../../domain/templates/code-display";
import { isSubjectCode } from "../../domain/templates/structure";
import type { ColumnDef, Pane, SubjectLayout, TableTemplate } from "../../domain/templates/types";
import { columnTooltip, headerTooltip, rowTooltip } from "../training/glossary-text";
import { AmountCell } from "./AmountCell";
import { type ColumnInfo, valueColumnId } from "./column-info";
import type { ColumnSizes } from "./column-sizes";
import type { GridRow } from "./grid-rows";

export type GridColumn = ColDef<GridRow> | ColGroupDef<GridRow>;

export interface ColumnSet {
  defs: GridColumn[];
  info: Map<string, ColumnInfo>;
  /** Value column ids in display order (paste targets). */
  valueColumns: string[];
}

type Printed = (col: ColumnDef) => string;

/**
 * A leaf column: `width` is its share when the grid fits its columns to its width, `minWidth` (by
 * default three quarters of it) what it keeps on a narrow screen: at least the text it must show whole.
 */
function leaf(
  colId: string,
  headerName: string,
  width: number,
  extra: Partial<ColDef<GridRow>> = {},
  minWidth = Math.round(width * 0.75),
): ColDef<GridRow> {
  return {
    colId,
    headerName,
    width: Math.max(width, minWidth),
    minWidth,
    suppressMovable: true,
    sortable: false,
    resizable: true,
    ...extra,
  };
}

/** Nests columns under their header groups, merging neighbours that share a group. */
function grouped(
  columns: readonly ColumnDef[],
  makeLeaf: (c: ColumnDef) => ColDef<GridRow>,
  depth = 0,
): GridColumn[] {
  const out: GridColumn[] = [];
  let i = 0;
  while (i < columns.length) {
    const column = columns[i] as ColumnDef;
    const group = column.groups?.[depth];
    if (group === undefined) {
      out.push(makeLeaf(column));
      i++;
      continue;
    }
    const members: ColumnDef[] = [];
    while (i < columns.length && columns[i]?.groups?.[depth] === group)
      members.push(columns[i++] as ColumnDef);
    out.push({
      headerName: group,
      headerTooltip: headerTooltip(group),
      marryChildren: true,
      children: grouped(members, makeLeaf, depth + 1),
    });
  }
  return out;
}

function valueLeaves(
  set: ColumnSet,
  table: TableTemplate,
  pane: number,
  columns: readonly ColumnDef[],
  printed: Printed,
  sizes: ColumnSizes,
) {
  const width = columns.length > 6 ? 100 : columns.length > 3 ? 118 : 100;
  return grouped(columns, (c) => {
    const colId = valueColumnId(pane, c.key);
    const info: ColumnInfo = {
      table: table.id,
      pane,
      role: "value",
      col: c.key,
      ...(c.lane ? { lane: c.lane } : {}),
    };
    set.info.set(colId, info);
    set.valueColumns.push(colId);
    return leaf(
      colId,
      printed(c),
      width,
      {
        type: "rightAligned",
        headerTooltip: columnTooltip(table, c.key),
        cellRenderer: AmountCell,
        cellRendererParams: { info },
      },
      sizes.amount,
    );
  });
}

/** Row names and item labels show the 名词解释 of the term they name (培训). */
function nameTooltip(table: TableTemplate, role: ColumnInfo["role"], pane: number): Partial<ColDef<GridRow>> {
  if (role !== "name" && role !== "label") return {};
  return { tooltip: (p) => rowTooltip(table.id, p.data?.rows[pane]) };
}

/**
 * A row without a 科目 code (06's 人员经费合计, 公用经费合计) prints its label across the code and name
 * columns, as published, so the label is never cut off by the narrow code column.
 */
function labelSpan(role: ColumnInfo["role"], pane: number): Partial<ColDef<GridRow>> {
  if (role !== "code") return {};
  return {
    colSpan: (p) => {
      const key = p.data?.rows[pane];
      return key && !isSubjectCode(key) ? 2 : 1;
    },
  };
}

function paneColumns(
  set: ColumnSet,
  table: TableTemplate,
  pane: Pane,
  index: number,
  printed: Printed,
  sizes: ColumnSizes,
): GridColumn[] {
  const own: GridColumn[] = [];
  const add = (role: ColumnInfo["role"], header: string | undefined, width: number) => {
    if (header === undefined) return;
    const colId = `p${index}:${role}`;
    set.info.set(colId, { table: table.id, pane: index, role });
    const extra = {
      cellClass: `cell-${role}`,
      ...nameTooltip(table, role, index),
      ...labelSpan(role, index),
    };
    const named = role === "name" || role === "label";
    own.push(leaf(colId, header, width, extra, named ? sizes.name : undefined));
  };
  add("code", pane.codeHeader, 78);
  add("name", pane.nameHeader, pane.codeHeader ? 150 : 240);
  add("label", pane.itemHeader, 200);
  add("line", pane.lineHeader, 52);
  own.push(...valueLeaves(set, table, index, pane.columns, printed, sizes));
  return pane.caption ? [{ headerName: pane.caption, marryChildren: true, children: own }] : own;
}

/** Column definitions for a table as published, with what each column shows. */
export function buildColumns(
  table: TableTemplate,
  printedLabels: Record<string, string> | undefined,
  sizes: ColumnSizes,
  codeDisplay: CodeDisplay,
): ColumnSet {
  const set: ColumnSet = { defs: [], info: new Map(), valueColumns: [] };
  const printed: Printed = (c) => printedLabels?.[c.key] ?? c.label;
  const layout = table.layout;
  if (layout.kind === "panes") {
    layout.panes.forEach((pane, i) => {
      set.defs.push(...paneColumns(set, table, pane, i, printed, sizes));
    });
    return set;
  }
  set.defs.push({
    headerName: layout.itemHeader,
    marryChildren: true,
    children: [...codeColumns(set, table, layout, codeDisplay), nameColumn(set, table, layout, sizes)].map(
      pinnedLeft,
    ),
  });
  set.defs.push(...valueLeaves(set, table, 0, layout.columns, printed, sizes));
  return set;
}

/**
 * The 科目 columns stay in view when wide amounts scroll the table sideways (Excel's frozen panes): a
 * figure is never shown without the code and name it belongs to.
 */
function pinnedLeft(column: GridColumn): GridColumn {
  if ("children" in column) return { ...column, children: column.children.map(pinnedLeft) };
  return { ...column, pinned: "left", lockPinned: true };
}

/** Split code columns: the share of the width and the least width of 类, 款 and 项 (three or two digits). */
const PART_WIDTHS = [
  [48, 40],
  [38, 32],
  [38, 32],
] as const;

/**
 * 科目编码 as one column, or as 类/款/项 columns under its header (wrapped when narrow), as the document
 * chose; split, the 合计 and 栏次 lines print across the code and name columns, as published.
 */
function codeColumns(
  set: ColumnSet,
  table: TableTemplate,
  layout: SubjectLayout,
  codeDisplay: CodeDisplay,
): GridColumn[] {
  if (codeDisplay === "joined") {
    set.info.set("p0:code", { table: table.id, pane: 0, role: "code" });
    return [leaf("p0:code", layout.codeHeader, 110, { cellClass: "cell-code" })];
  }
  const parts = CODE_PARTS.map((label, part) => {
    const colId = `p0:code${part}`;
    set.info.set(colId, { table: table.id, pane: 0, role: "code", part });
    const [width, least] = PART_WIDTHS[part] ?? [40, 32];
    const extra: Partial<ColDef<GridRow>> = {
      cellClass: "cell-code cell-code-part",
      headerClass: "header-code-part",
      ...(part === 0 ? { colSpan: (p) => (p.data?.kind === "data" ? 1 : CODE_PARTS.length + 1) } : {}),
    };
    return leaf(colId, label, width, extra, least);
  });
  return [
    {
      headerName: layout.codeHeader,
      marryChildren: true,
      wrapHeaderText: true,
      autoHeaderHeight: true,
      children: parts,
    },
  ];
}

function nameColumn(
  set: ColumnSet,
  table: TableTemplate,
  layout: SubjectLayout,
  sizes: ColumnSizes,
): GridColumn {
  set.info.set("p0:name", { table: table.id, pane: 0, role: "name" });
  const extra = { cellClass: "cell-name", ...nameTooltip(table, "name", 0) };
  return leaf("p0:name", layout.nameHeader, 260, extra, sizes.name);
}
