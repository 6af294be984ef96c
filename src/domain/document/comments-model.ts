/** 批注 in the document file: the shapes of threads, replies and anchors, and their limits. */
import type { ColKey, RowKey, TableId } from "../templates/types";

export const MAX_TEXT_LENGTH = 20_000;
export const MAX_NAME_LENGTH = 200;
export const MAX_ID_LENGTH = 200;
export const MAX_THREADS = 20_000;
export const MAX_REPLIES = 2_000;

// ── types ────────────────────────────────────────────────────────────────────────────────────────

export interface CellAnchor {
  kind: "cell";
  table: TableId;
  row: RowKey;
  col: ColKey;
}

export interface TableAnchor {
  kind: "table";
  table: TableId;
}

/** A finding of the checks, by its stable key; `table` is the table of its first cell. */
export interface FindingAnchor {
  kind: "finding";
  key: string;
  rule: string;
  table?: TableId;
}

export type CommentAnchor = CellAnchor | TableAnchor | FindingAnchor;

/** Who did something, and when (ISO 8601 time). */
export interface CommentEvent {
  by: string;
  at: string;
}

export interface CommentReply {
  id: string;
  author: string;
  at: string;
  text: string;
  editedAt?: string;
  /** Soft-deleted by its author: the text is cleared, the entry is kept so that merges delete it too. */
  deleted?: boolean;
  [unknownField: string]: unknown;
}

export interface CommentThread {
  id: string;
  anchor: CommentAnchor;
  createdAt: string;
  author: string;
  text: string;
  /** The last resolution; null when reopened afterwards (or never resolved, as written by other tools). */
  resolved?: CommentEvent | null;
  /** The last reopening (kept so that a merge can tell which of resolve and reopen came last). */
  reopened?: CommentEvent;
  replies: CommentReply[];
  editedAt?: string;
  /** Soft-deleted by its author (text cleared); replies by others stay readable. */
  deleted?: boolean;
  /** The shown value of the anchored cell when the thread was written (decimal string, null = blank). */
  valueAtCreation?: string | null;
  /** Where the thread was written, in words (表号·行名·栏目名), for when the cell is gone. */
  anchorLabel?: string;
  [unknownField: string]: unknown;
}
