/**
 * What the page needs of 批注 before anyone opens them: anchors for a cell, a table or a finding, a thread's
 * state, and the grid's comment markers. Small on purpose: writing threads and placing them against the
 * workbook (comments.ts, anchors.ts) load with the 批注 panel.
 */

import type {
  CellAnchor,
  CommentAnchor,
  CommentReply,
  CommentThread,
  FindingAnchor,
  TableAnchor,
} from "../document/comments-model";
import { type CellId, cellId } from "../engine/cell-id";
import type { ColKey, RowKey, TableId } from "../templates/types";

/** Milliseconds since the epoch of an ISO time; -Infinity when unreadable (sorts first). */
export function timeOf(iso: string): number {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? Number.NEGATIVE_INFINITY : t;
}

export function isResolved(thread: CommentThread): boolean {
  return thread.resolved != null;
}

/** A thread is listed unless it is deleted and has no remaining replies. */
export function isVisible(thread: CommentThread): boolean {
  return !thread.deleted || thread.replies.some((reply) => !reply.deleted);
}

export function visibleReplies(thread: CommentThread): CommentReply[] {
  return thread.replies.filter((reply) => !reply.deleted);
}

export function findThread(threads: readonly CommentThread[], id: string): CommentThread | undefined {
  return threads.find((thread) => thread.id === id);
}

export function cellAnchor(table: TableId, row: RowKey, col: ColKey): CellAnchor {
  return { kind: "cell", table, row, col };
}

export function tableAnchor(table: TableId): TableAnchor {
  return { kind: "table", table };
}

export function findingAnchor(finding: {
  key: string;
  rule: string;
  cells: readonly { table: TableId }[];
}): FindingAnchor {
  const table = finding.cells[0]?.table;
  return table
    ? { kind: "finding", key: finding.key, rule: finding.rule, table }
    : { kind: "finding", key: finding.key, rule: finding.rule };
}

export function sameAnchor(a: CommentAnchor, b: CommentAnchor): boolean {
  if (a.kind === "cell" && b.kind === "cell")
    return a.table === b.table && a.row === b.row && a.col === b.col;
  if (a.kind === "table" && b.kind === "table") return a.table === b.table;
  if (a.kind === "finding" && b.kind === "finding") return a.key === b.key;
  return false;
}

/** Visible cell threads by cell id (for markers in the grid). */
export function threadsByCell(threads: readonly CommentThread[]): Map<CellId, CommentThread[]> {
  const out = new Map<CellId, CommentThread[]>();
  for (const thread of threads) {
    if (thread.anchor.kind !== "cell" || !isVisible(thread)) continue;
    const id = cellId(thread.anchor.table, thread.anchor.row, thread.anchor.col);
    const list = out.get(id);
    if (list) list.push(thread);
    else out.set(id, [thread]);
  }
  return out;
}

/** Per cell: "open" when any visible thread on it is unresolved, else "resolved". */
export function cellCommentStates(threads: readonly CommentThread[]): Map<CellId, "open" | "resolved"> {
  const out = new Map<CellId, "open" | "resolved">();
  for (const [id, list] of threadsByCell(threads)) {
    out.set(id, list.some((t) => !isResolved(t)) ? "open" : "resolved");
  }
  return out;
}
