/**
 * Merging two versions of the 批注: threads by id, replies by id, the later edit wins, deletions win,
 * resolve/reopen by whichever happened last. The merge is commutative, associative and idempotent, so
 * merging the same file twice changes nothing and duplicates nothing.
 */
import {
  type CommentEvent,
  type CommentReply,
  type CommentThread,
  compareStrings,
  isResolved,
  sortThreads,
  timeOf,
} from "./comments";

// ── comment merge ────────────────────────────────────────────────────────────────────────────────

/** Stable JSON (sorted keys), for tie-breaks and conflict detection. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => compareStrings(a, b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/** Structural equality of JSON values; undefined-valued keys count as absent. */
function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
  }
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return (
    ka.length === kb.length &&
    ka.every((k) => deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}

const KNOWN_FIELDS = new Set([
  "id",
  "anchor",
  "createdAt",
  "author",
  "text",
  "resolved",
  "reopened",
  "replies",
  "editedAt",
  "deleted",
  "valueAtCreation",
  "anchorLabel",
  "at",
]);

/** The fields of a thread or reply this editor does not know, as stable JSON ("" when none). */
function unknownPart(value: object): string {
  const rest = Object.entries(value).filter(([k, v]) => !KNOWN_FIELDS.has(k) && v !== undefined);
  return rest.length === 0 ? "" : canonical(Object.fromEntries(rest));
}

/** The later of two events (time, then the strings, so that the choice never depends on the order). */
function laterEvent(a: CommentEvent | undefined, b: CommentEvent | undefined): CommentEvent | undefined {
  if (!a || a === b) return b;
  if (!b) return a;
  const d =
    timeOf(a.at) - timeOf(b.at) || compareStrings(a.at, b.at) || compareStrings(canonical(a), canonical(b));
  return d >= 0 ? a : b;
}

/**
 * Which version of a text wins: the later edit (editedAt, else the time written), then an edited
 * version over an unedited one, then the larger text; the rest only breaks ties between versions with
 * the same text and time (unknown fields).
 */
function laterVersion<T extends { text: string; editedAt?: string }>(
  a: T,
  b: T,
  written: (x: T) => string,
): T {
  if (a === b) return a;
  const ta = a.editedAt ?? written(a);
  const tb = b.editedAt ?? written(b);
  const d =
    timeOf(ta) - timeOf(tb) ||
    compareStrings(ta, tb) ||
    Number(a.editedAt !== undefined) - Number(b.editedAt !== undefined) ||
    compareStrings(a.text, b.text) ||
    compareStrings(unknownPart(a), unknownPart(b));
  return d >= 0 ? a : b;
}

/** Drops undefined fields, so that merged threads compare equal however they were built. */
function clean<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export interface MergeConflict {
  threadId: string;
  replyId?: string;
  /** Chinese: what differs, local side first ("作者不同：当前文档为“甲”，文件中为“乙”"). */
  message: string;
}

const THREAD_FIXED = ["anchor", "createdAt", "author"] as const;
const REPLY_FIXED = ["author", "at"] as const;
const FIELD_NAMES: Record<string, string> = {
  anchor: "位置",
  createdAt: "创建时间",
  author: "作者",
  at: "时间",
};

const shown = (value: unknown) => (typeof value === "string" ? `“${value}”` : canonical(value));

/** Fields that never change after writing: equal on both sides, or a conflict (the smaller side is kept). */
function fixedFields<T extends object>(
  a: T,
  b: T,
  fields: readonly (keyof T & string)[],
  conflict: (message: string) => void,
): T {
  if (a === b || fields.every((f) => deepEqual(a[f], b[f]))) return a;
  for (const f of fields) {
    if (!deepEqual(a[f], b[f]))
      conflict(`${FIELD_NAMES[f] ?? f}不同：当前文档为${shown(a[f])}，文件中为${shown(b[f])}`);
  }
  const pa = canonical(fields.map((f) => a[f]));
  const pb = canonical(fields.map((f) => b[f]));
  return compareStrings(pa, pb) <= 0 ? a : b;
}

function mergeReply(a: CommentReply, b: CommentReply, conflict: (m: string) => void): CommentReply {
  const fixed = fixedFields(a, b, REPLY_FIXED, conflict);
  const winner = laterVersion(a, b, (r) => r.at);
  const loser = winner === a ? b : a;
  const deleted = a.deleted === true || b.deleted === true;
  return clean({
    ...loser,
    ...winner,
    id: a.id,
    author: fixed.author,
    at: fixed.at,
    text: deleted ? "" : winner.text,
    editedAt: winner.editedAt,
    deleted: deleted ? true : undefined,
  });
}

function mergeResolution(a: CommentThread, b: CommentThread): Pick<CommentThread, "resolved" | "reopened"> {
  const resolvedEvent = laterEvent(a.resolved ?? undefined, b.resolved ?? undefined);
  const reopened = laterEvent(a.reopened, b.reopened);
  const reopenedLater = resolvedEvent && reopened && timeOf(reopened.at) > timeOf(resolvedEvent.at);
  const explicitNull = a.resolved === null || b.resolved === null || reopened !== undefined;
  const resolved = resolvedEvent && !reopenedLater ? resolvedEvent : explicitNull ? null : undefined;
  return { resolved, reopened };
}

/** Of two values written once (the same on both sides unless one side lacks it): the defined, smaller one. */
function smallest<T extends string | null>(a: T | undefined, b: T | undefined): T | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return compareStrings(String(a), String(b)) <= 0 ? a : b;
}

function mergeThread(a: CommentThread, b: CommentThread, conflicts: MergeConflict[]): CommentThread {
  const fixed = fixedFields(a, b, THREAD_FIXED, (message) => conflicts.push({ threadId: a.id, message }));
  const winner = laterVersion(a, b, (t) => t.createdAt);
  const loser = winner === a ? b : a;
  const deleted = a.deleted === true || b.deleted === true;
  const replies = new Map<string, CommentReply>();
  for (const entry of [...a.replies, ...b.replies]) {
    const other = replies.get(entry.id);
    replies.set(
      entry.id,
      mergeReply(other ?? entry, entry, (message) =>
        conflicts.push({ threadId: a.id, replyId: entry.id, message }),
      ),
    );
  }
  const sortedReplies = [...replies.values()].sort(
    (x, y) => timeOf(x.at) - timeOf(y.at) || compareStrings(x.at, y.at) || compareStrings(x.id, y.id),
  );
  return clean({
    ...loser,
    ...winner,
    id: a.id,
    anchor: fixed.anchor,
    createdAt: fixed.createdAt,
    author: fixed.author,
    text: deleted ? "" : winner.text,
    editedAt: winner.editedAt,
    deleted: deleted ? true : undefined,
    ...mergeResolution(a, b),
    replies: sortedReplies,
    valueAtCreation: smallest(a.valueAtCreation, b.valueAtCreation),
    anchorLabel: smallest(a.anchorLabel, b.anchorLabel),
  });
}

export interface MergeSummary {
  /** Threads that were not in the local list (not counting ones already deleted). */
  newThreads: string[];
  /** Replies added to threads the local list already had. */
  newReplies: { threadId: string; replyId: string }[];
  /** Threads open locally and resolved after the merge, and the other way round. */
  resolved: string[];
  reopened: string[];
  /** Texts (threads and replies) that changed. */
  edited: number;
  /** Threads and replies deleted by the merge. */
  deleted: number;
  /** Same id, different author/anchor/time: the file does not continue this document's threads. */
  conflicts: MergeConflict[];
  /** Nothing changed in the local list. */
  unchanged: boolean;
  /** Chinese, one sentence: "收到新批注 2 条，新回复 3 条，已解决 1 条。" */
  message: string;
}

export interface CommentMerge {
  threads: CommentThread[];
  summary: MergeSummary;
}

/**
 * Merges two thread lists by id. The result is in canonical order (time written, then id) and does
 * not depend on the order of the arguments; merging a list into itself gives the list back.
 */
export function mergeComments(
  local: readonly CommentThread[],
  incoming: readonly CommentThread[],
): CommentMerge {
  const conflicts: MergeConflict[] = [];
  const byId = new Map<string, CommentThread>();
  for (const thread of [...local, ...incoming]) {
    const other = byId.get(thread.id);
    byId.set(thread.id, mergeThread(other ?? thread, thread, other ? conflicts : []));
  }
  const threads = sortThreads([...byId.values()]);
  return { threads, summary: summarise(local, threads, conflicts) };
}

function summarise(
  local: readonly CommentThread[],
  merged: readonly CommentThread[],
  conflicts: MergeConflict[],
): MergeSummary {
  const before = new Map(local.map((t) => [t.id, t]));
  const summary: Omit<MergeSummary, "unchanged" | "message"> = {
    newThreads: [],
    newReplies: [],
    resolved: [],
    reopened: [],
    edited: 0,
    deleted: 0,
    conflicts,
  };
  let changed = false;
  for (const thread of merged) {
    const old = before.get(thread.id);
    if (!old) {
      changed = true;
      if (!thread.deleted) summary.newThreads.push(thread.id);
      continue;
    }
    if (!deepEqual(old, thread)) changed = true;
    if (!old.deleted && thread.deleted) summary.deleted++;
    else if (!thread.deleted && old.text !== thread.text) summary.edited++;
    if (!isResolved(old) && isResolved(thread)) summary.resolved.push(thread.id);
    if (isResolved(old) && !isResolved(thread)) summary.reopened.push(thread.id);
    const oldReplies = new Map(old.replies.map((r) => [r.id, r]));
    for (const entry of thread.replies) {
      const was = oldReplies.get(entry.id);
      if (!was) {
        if (!entry.deleted) summary.newReplies.push({ threadId: thread.id, replyId: entry.id });
      } else if (!was.deleted && entry.deleted) summary.deleted++;
      else if (!entry.deleted && was.text !== entry.text) summary.edited++;
    }
  }
  const parts = [
    summary.newThreads.length ? `新批注 ${summary.newThreads.length} 条` : "",
    summary.newReplies.length ? `新回复 ${summary.newReplies.length} 条` : "",
    summary.resolved.length ? `已解决 ${summary.resolved.length} 条` : "",
    summary.reopened.length ? `重新打开 ${summary.reopened.length} 条` : "",
    summary.edited ? `内容修改 ${summary.edited} 处` : "",
    summary.deleted ? `删除 ${summary.deleted} 处` : "",
  ].filter(Boolean);
  const message = parts.length
    ? `收到${parts.join("，")}。`
    : changed
      ? "批注已合并，没有新的内容。"
      : "没有新的批注或回复。";
  return { ...summary, unchanged: !changed, message };
}
