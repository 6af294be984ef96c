/**
 * 版本对比: what changed between two versions of a document. Entered and stated values are compared as
 * shown (derived values follow from them and are not listed); 科目 rows added, removed and renamed; 说明
 * changed; department, year, unit or template changed. Changes come in document order (tables 01…09,
 * rows as printed, columns in order), each with a Chinese description, so the list can be walked.
 */

import type { Amount, JuesuanDocument } from "../document/model";
import { type CellId, cellId } from "../engine/cell-id";
import { type Money, money, sameAmount, yuanToWanyuan } from "../money";
import { sortRowKeys, tableColumns, tableOf, tableOrder } from "../templates/structure";
import { tableName } from "../templates/table-names";
import type { ColKey, RowKey, TableId } from "../templates/types";
import { displayMoney } from "../workbook/display";
import type { Workbook } from "../workbook/workbook";
import { cellLabel, colLabel, excerpt, rowLabel } from "./labels";

export interface CellChange {
  kind: "cell";
  /** Stable id of the change: "cell|03|2010301|基本支出". */
  id: string;
  table: TableId;
  row: RowKey;
  col: ColKey;
  cell: CellId;
  /** Shown text (万元, two decimals; "" for blank) before and after. */
  old: string;
  new: string;
  /** What the documents store for the cell (undefined: not given; null: given as blank). */
  oldStored: Amount | undefined;
  newStored: Amount | undefined;
  /** entered: a typed cell; stated: a derived cell whose stated value appeared, changed or went. */
  valueKind: "entered" | "stated";
  description: string;
}

export interface RowChange {
  kind: "rowAdded" | "rowRemoved";
  id: string;
  table: TableId;
  row: RowKey;
  name: string;
  /** The row's entered/stated values (of the new version when added, of the old when removed). */
  cells: { col: ColKey; value: string }[];
  description: string;
}

export interface RenameChange {
  kind: "rowRenamed";
  id: string;
  table: TableId;
  row: RowKey;
  oldName: string;
  newName: string;
  description: string;
}

export interface NoteChange {
  kind: "note";
  id: string;
  table: TableId;
  old: string | undefined;
  new: string | undefined;
  description: string;
}

export interface MetaChange {
  kind: "meta";
  id: string;
  field: "department" | "year" | "unit" | "template";
  old: string;
  new: string;
  description: string;
}

export type Change = CellChange | RowChange | RenameChange | NoteChange | MetaChange;

export interface DiffCounts {
  cells: number;
  rowsAdded: number;
  rowsRemoved: number;
  rowsRenamed: number;
  notes: number;
  meta: number;
}

export interface DocumentDiff {
  /** All changes in document order. */
  changes: Change[];
  /** Cell changes by cell id (for marking cells in the grid: "8.00 → 9.00"). */
  byCell: Map<CellId, CellChange>;
  counts: DiffCounts;
  /** "共 3 处变化：数值 2 处，新增科目行 1 行。" or "两个版本没有差别。" */
  summary: string;
}

const blankText = (text: string) => text || "空白";

/** A value in 万元 for comparison across units. */
function comparable(workbook: Workbook, value: Money | null): Money | null {
  return value !== null && workbook.doc.meta.unit === "元" ? yuanToWanyuan(value) : value;
}

function toMoney(text: Amount | undefined): Money | null {
  return text === undefined || text === null ? null : money(text);
}

function storedCells(doc: JuesuanDocument, table: TableId, row: RowKey): Record<ColKey, Amount> | undefined {
  return doc.tables[table]?.rows[row];
}

function metaChanges(oldDoc: JuesuanDocument, newDoc: JuesuanDocument): MetaChange[] {
  const fields = [
    ["department", "部门"],
    ["year", "年度"],
    ["unit", "单位"],
    ["template", "模板"],
  ] as const;
  return fields.flatMap(([field, label]) => {
    const before = String(oldDoc.meta[field]);
    const after = String(newDoc.meta[field]);
    if (before === after) return [];
    return [
      {
        kind: "meta",
        id: `meta|${field}`,
        field,
        old: before,
        new: after,
        description: `${label}：${before} → ${after}`,
      },
    ];
  });
}

/**
 * The changes from `oldWb` to `newWb`. Both workbooks are only read. Linear in the number of stored
 * cells: values are compared as strings first and parsed only where the strings differ.
 */
export function diffDocuments(oldWb: Workbook, newWb: Workbook): DocumentDiff {
  const changes: Change[] = metaChanges(oldWb.doc, newWb.doc);
  const sameUnit = oldWb.doc.meta.unit === newWb.doc.meta.unit;
  for (const table of tableOrder(newWb.template)) {
    const template = tableOf(newWb.template, table);
    const columns = tableColumns(template);
    const columnOrder = new Map(columns.map((col, i) => [col, i]));
    const oldRows = new Set(oldWb.rows(table));
    const newRows = new Set(newWb.rows(table));
    const allRows = sortRowKeys(template, new Set([...oldRows, ...newRows]));
    for (const row of allRows) {
      const inOld = oldRows.has(row);
      const inNew = newRows.has(row);
      if (!inOld || !inNew) {
        const wb = inNew ? newWb : oldWb;
        const cells = Object.entries(storedCells(wb.doc, table, row) ?? {})
          .sort(([a], [b]) => (columnOrder.get(a) ?? 1e9) - (columnOrder.get(b) ?? 1e9))
          .map(([col, value]) => ({ col, value: displayMoney(toMoney(value)) }))
          .filter((cell) => cell.value !== "");
        const listed = cells.map((c) => `${colLabel(wb, table, c.col)} ${c.value}`).join("，");
        const label = rowLabel(wb, table, row);
        changes.push({
          kind: inNew ? "rowAdded" : "rowRemoved",
          id: `${inNew ? "row+" : "row-"}|${table}|${row}`,
          table,
          row,
          name: wb.rowName(table, row),
          cells,
          description: inNew
            ? `${tableName(newWb.template, table)} 新增科目行 ${label}${listed ? `：${listed}` : ""}`
            : `${tableName(newWb.template, table)} 删除科目行 ${label}${listed ? `（原有 ${listed}）` : ""}`,
        });
        continue;
      }
      const oldName = oldWb.rowName(table, row);
      const newName = newWb.rowName(table, row);
      if (oldName !== newName) {
        changes.push({
          kind: "rowRenamed",
          id: `name|${table}|${row}`,
          table,
          row,
          oldName,
          newName,
          description: `${tableName(newWb.template, table)} ${row} 名称：“${oldName}” → “${newName}”`,
        });
      }
      const before = storedCells(oldWb.doc, table, row) ?? {};
      const after = storedCells(newWb.doc, table, row) ?? {};
      const cols = new Set([...Object.keys(before), ...Object.keys(after)]);
      const changed: CellChange[] = [];
      for (const col of cols) {
        const oldStored = col in before ? before[col] : undefined;
        const newStored = col in after ? after[col] : undefined;
        if (oldStored !== undefined && oldStored === newStored && sameUnit) continue;
        const id = cellId(table, row, col);
        const oldShown = oldWb.shown(id);
        const newShown = newWb.shown(id);
        if (sameAmount(comparable(oldWb, oldShown), comparable(newWb, newShown))) continue;
        const stated = newWb.isDerived(id) || oldWb.isDerived(id);
        const oldText = displayMoney(oldShown);
        const newText = displayMoney(newShown);
        const note = !stated
          ? ""
          : oldStored === undefined
            ? "（新增列报值）"
            : newStored === undefined
              ? "（删除列报值，显示计算值）"
              : "（列报值）";
        changed.push({
          kind: "cell",
          id: `cell|${table}|${row}|${col}`,
          table,
          row,
          col,
          cell: id,
          old: oldText,
          new: newText,
          oldStored,
          newStored,
          valueKind: stated ? "stated" : "entered",
          description: `${cellLabel(newWb, table, row, col)}：${blankText(oldText)} → ${blankText(newText)}${note}`,
        });
      }
      changed.sort((a, b) => (columnOrder.get(a.col) ?? 1e9) - (columnOrder.get(b.col) ?? 1e9));
      changes.push(...changed);
    }
    const oldNote = oldWb.doc.notes?.[table];
    const newNote = newWb.doc.notes?.[table];
    if (oldNote !== newNote) {
      const description =
        oldNote === undefined
          ? `${tableName(newWb.template, table)} 新增说明：“${excerpt(newNote ?? "")}”`
          : newNote === undefined
            ? `${tableName(newWb.template, table)} 删除说明：“${excerpt(oldNote)}”`
            : `${tableName(newWb.template, table)} 说明修改为：“${excerpt(newNote)}”`;
      changes.push({ kind: "note", id: `note|${table}`, table, old: oldNote, new: newNote, description });
    }
  }
  return summarise(changes);
}

function summarise(changes: Change[]): DocumentDiff {
  const counts: DiffCounts = { cells: 0, rowsAdded: 0, rowsRemoved: 0, rowsRenamed: 0, notes: 0, meta: 0 };
  const byCell = new Map<CellId, CellChange>();
  for (const change of changes) {
    if (change.kind === "cell") {
      counts.cells++;
      byCell.set(change.cell, change);
    } else if (change.kind === "rowAdded") counts.rowsAdded++;
    else if (change.kind === "rowRemoved") counts.rowsRemoved++;
    else if (change.kind === "rowRenamed") counts.rowsRenamed++;
    else if (change.kind === "note") counts.notes++;
    else counts.meta++;
  }
  const parts = [
    counts.meta ? `文档信息 ${counts.meta} 项` : "",
    counts.cells ? `数值 ${counts.cells} 处` : "",
    counts.rowsAdded ? `新增科目行 ${counts.rowsAdded} 行` : "",
    counts.rowsRemoved ? `删除科目行 ${counts.rowsRemoved} 行` : "",
    counts.rowsRenamed ? `改名 ${counts.rowsRenamed} 行` : "",
    counts.notes ? `说明 ${counts.notes} 处` : "",
  ].filter(Boolean);
  const summary =
    changes.length === 0 ? "两个版本没有差别。" : `共 ${changes.length} 处变化：${parts.join("，")}。`;
  return { changes, byCell, counts, summary };
}
