/**
 * Threads against the open workbook: where each one is (attached, or detached when its cell is gone),
 * whether its cell changed since it was written (已修改), and the thread list in document order.
 */

import type { Finding } from "../checks";
import { type CellId, cellId } from "../engine/cell-id";
import { isAmountString, money, sameAmount, toFileString } from "../money";
import { rowColumns, tableColumns, tableOf, tableOrder } from "../templates/structure";
import { tableName } from "../templates/table-names";
import type { ColKey, RowKey, TableId } from "../templates/types";
import type { Workbook } from "../workbook/workbook";
import {
  type CommentAnchor,
  type CommentThread,
  compareStrings,
  isResolved,
  isVisible,
  timeOf,
} from "./comments";
import { cellLabel, excerpt, tableLabel } from "./labels";

export type AnchorResolution =
  | {
      state: "attached";
      /** In words: "03表·2010301 行政运行·基本支出", "03表 支出决算表", "审核结果 R03-1：…". */
      label: string;
      /** The anchored cell (cell anchors). */
      cell?: CellId;
      /** The finding (finding anchors, when findings were given). */
      finding?: Finding;
    }
  | {
      state: "detached";
      label: string;
      /** Why, in Chinese: "该科目行已不在本表中" … */
      reason: string;
    };

const rowSets = new WeakMap<readonly RowKey[], Set<RowKey>>();

/** Whether the row is in the table now (a Set per row list: rows change only when the list is rebuilt). */
function hasRow(workbook: Workbook, table: TableId, row: RowKey): boolean {
  const rows = workbook.rows(table);
  let set = rowSets.get(rows);
  if (!set) {
    set = new Set(rows);
    rowSets.set(rows, set);
  }
  return set.has(row);
}

/** Why the cell is not in the workbook, or null when it is. */
export function missingCellReason(
  workbook: Workbook,
  table: TableId,
  row: RowKey,
  col: ColKey,
): string | null {
  const template = tableOf(workbook.template, table);
  const name = tableName(workbook.template, table);
  if (!hasRow(workbook, table, row)) {
    return template.layout.kind === "subject" ? `科目 ${row} 已不在${name}中` : `${name}没有行“${row}”`;
  }
  if (!rowColumns(template, row).includes(col)) return `${name}的行“${row}”没有栏目“${col}”`;
  return null;
}

function findingLabel(
  workbook: Workbook,
  rule: string,
  table: TableId | undefined,
  message?: string,
): string {
  const where = table ? `（${tableName(workbook.template, table)}）` : "";
  return message ? `审核结果 ${rule}${where}：${excerpt(message, 60)}` : `审核结果 ${rule}${where}`;
}

/**
 * Where a thread is now. A cell thread is detached when its row or column is gone; a finding thread when
 * `findings` are given and none has its key (the finding was fixed). Without `findings`, finding threads
 * count as attached. Table threads are always attached.
 */
export function resolveAnchor(
  workbook: Workbook,
  thread: Pick<CommentThread, "anchor" | "anchorLabel">,
  findings?: readonly Finding[],
): AnchorResolution {
  const anchor = thread.anchor;
  switch (anchor.kind) {
    case "table":
      return { state: "attached", label: tableLabel(workbook, anchor.table) };
    case "cell": {
      const { table, row, col } = anchor;
      const reason = missingCellReason(workbook, table, row, col);
      if (reason === null) {
        return {
          state: "attached",
          label: cellLabel(workbook, table, row, col),
          cell: cellId(table, row, col),
        };
      }
      return {
        state: "detached",
        label: thread.anchorLabel ?? `${tableName(workbook.template, table)}·${row}·${col}`,
        reason,
      };
    }
    case "finding": {
      if (!findings) return { state: "attached", label: findingLabel(workbook, anchor.rule, anchor.table) };
      const finding = findings.find((f) => f.key === anchor.key);
      if (finding) {
        return {
          state: "attached",
          label: findingLabel(workbook, anchor.rule, anchor.table, finding.message),
          finding,
        };
      }
      return {
        state: "detached",
        label: thread.anchorLabel ?? findingLabel(workbook, anchor.rule, anchor.table),
        reason: "该审核结果已不再出现（可能已更正）",
      };
    }
  }
}

/** The shown value of a cell as a file string (null = blank), as stored in `valueAtCreation`. */
export function shownValue(workbook: Workbook, table: TableId, row: RowKey, col: ColKey): string | null {
  const value = workbook.shown(cellId(table, row, col));
  return value === null ? null : toFileString(value);
}

export type AnchorDraft =
  | { ok: true; anchor: CommentAnchor; anchorLabel: string; valueAtCreation?: string | null }
  | { ok: false; message: string };

/**
 * What a new thread on `anchor` records besides its text: the place in words and, for a cell, its shown
 * value now (for the 已修改 flag). Spread into `addThread`'s input. Refuses a cell that does not exist.
 */
export function anchorDraft(
  workbook: Workbook,
  anchor: CommentAnchor,
  findings?: readonly Finding[],
): AnchorDraft {
  if (anchor.kind === "cell") {
    const reason = missingCellReason(workbook, anchor.table, anchor.row, anchor.col);
    if (reason) return { ok: false, message: `不能在此批注：${reason}` };
    return {
      ok: true,
      anchor,
      anchorLabel: cellLabel(workbook, anchor.table, anchor.row, anchor.col),
      valueAtCreation: shownValue(workbook, anchor.table, anchor.row, anchor.col),
    };
  }
  const resolution = resolveAnchor(workbook, { anchor }, findings);
  if (resolution.state === "detached") return { ok: false, message: `不能在此批注：${resolution.reason}` };
  return { ok: true, anchor, anchorLabel: resolution.label };
}

/**
 * 已修改: the thread's cell now shows a different value than when the thread was written. False for
 * threads without a recorded value, for table and finding threads, and for detached threads.
 */
export function isModifiedSince(thread: CommentThread, workbook: Workbook): boolean {
  const anchor = thread.anchor;
  if (anchor.kind !== "cell" || thread.valueAtCreation === undefined) return false;
  if (missingCellReason(workbook, anchor.table, anchor.row, anchor.col) !== null) return false;
  const recorded = thread.valueAtCreation;
  if (recorded !== null && !isAmountString(recorded)) return false;
  const then = recorded === null ? null : money(recorded);
  return !sameAmount(then, workbook.shown(cellId(anchor.table, anchor.row, anchor.col)));
}

export interface ReviewEntry {
  thread: CommentThread;
  where: AnchorResolution;
  resolved: boolean;
  /** 已修改 (see isModifiedSince). */
  modified: boolean;
}

/**
 * Every visible thread with where it is and its flags, in document order: by table, then table threads,
 * then rows as printed and columns in order, then finding threads; detached cell threads come after the
 * attached ones of their table; ties by time written.
 */
export function reviewList(
  workbook: Workbook,
  threads: readonly CommentThread[],
  findings?: readonly Finding[],
): ReviewEntry[] {
  const rowIndex = new Map<TableId, Map<RowKey, number>>();
  const colIndex = new Map<TableId, Map<ColKey, number>>();
  const indexOf = <K>(cache: Map<TableId, Map<K, number>>, table: TableId, list: () => readonly K[]) => {
    let map = cache.get(table);
    if (!map) {
      map = new Map(list().map((key, i) => [key, i]));
      cache.set(table, map);
    }
    return map;
  };
  const sortKey = (thread: CommentThread): number[] => {
    const anchor = thread.anchor;
    const order = tableOrder(workbook.template);
    const table = anchor.table ? order.indexOf(anchor.table) : order.length;
    if (anchor.kind === "table") return [table, 0, 0, 0];
    if (anchor.kind === "finding") return [table, 3, 0, 0];
    const rows = indexOf(rowIndex, anchor.table, () => workbook.rows(anchor.table));
    const cols = indexOf(colIndex, anchor.table, () =>
      tableColumns(tableOf(workbook.template, anchor.table)),
    );
    const row = rows.get(anchor.row);
    return row === undefined ? [table, 2, 0, 0] : [table, 1, row, cols.get(anchor.col) ?? 0];
  };
  const entries = threads.filter(isVisible).map((thread) => ({
    entry: {
      thread,
      where: resolveAnchor(workbook, thread, findings),
      resolved: isResolved(thread),
      modified: isModifiedSince(thread, workbook),
    },
    key: sortKey(thread),
  }));
  entries.sort((a, b) => {
    for (let i = 0; i < a.key.length; i++) {
      const d = (a.key[i] ?? 0) - (b.key[i] ?? 0);
      if (d !== 0) return d;
    }
    return (
      timeOf(a.entry.thread.createdAt) - timeOf(b.entry.thread.createdAt) ||
      compareStrings(a.entry.thread.id, b.entry.thread.id)
    );
  });
  return entries.map((e) => e.entry);
}
