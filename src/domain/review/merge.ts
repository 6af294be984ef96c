/**
 * 批注回传: merging a reviewer's returned file into the open draft. Threads are merged by id: replies
 * by id, the later edit wins, deletions win, resolve/reopen by whichever happened last. The merge is
 * commutative, associative and idempotent, so merging the same file twice changes nothing and
 * duplicates nothing. Values are never taken here: `planMerge` lists where the file's values differ
 * and `mergeEdits` turns the ones the user picks into edits.
 */
import type { Amount, JuesuanDocument } from "../document/model";
import { parseDocumentText } from "../document/parse";
import type { Problem } from "../document/validate";
import { isSubjectCode } from "../templates/structure";
import type { RowKey, TableId } from "../templates/types";
import type { Edit } from "../workbook/edits";
import { Workbook } from "../workbook/workbook";
import {
  type CommentEvent,
  type CommentReply,
  type CommentThread,
  compareStrings,
  isResolved,
  parseComments,
  sortThreads,
  timeOf,
} from "./comments";
import { type DocumentDiff, diffDocuments } from "./diff";

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

// ── merging a returned file ──────────────────────────────────────────────────────────────────────

export type Refusal = { ok: false; reason: string; problems: Problem[] };

/** The document in `text`, if it is a valid file of the same document (department, year, template, unit). */
export function readSameDocument(
  local: JuesuanDocument,
  text: string,
): { ok: true; document: JuesuanDocument } | Refusal {
  const parsed = parseDocumentText(text);
  if (!parsed.ok) {
    return { ok: false, reason: "文件格式不正确，未作任何更改。", problems: parsed.problems };
  }
  const incoming = parsed.document;
  const mine = local.meta;
  const theirs = incoming.meta;
  const mismatch: Problem[] = [];
  if (mine.department !== theirs.department)
    mismatch.push({
      path: "meta.department",
      message: `部门为“${theirs.department}”（当前文档为“${mine.department}”）`,
    });
  if (mine.year !== theirs.year)
    mismatch.push({ path: "meta.year", message: `年度为 ${theirs.year}（当前文档为 ${mine.year}）` });
  if (mine.template !== theirs.template)
    mismatch.push({
      path: "meta.template",
      message: `模板为“${theirs.template}”（当前文档为“${mine.template}”）`,
    });
  if (mine.unit !== theirs.unit)
    mismatch.push({ path: "meta.unit", message: `单位为${theirs.unit}（当前文档为${mine.unit}）` });
  if (mismatch.length > 0) {
    return {
      ok: false,
      reason: `该文件不是本文档的版本：${mismatch.map((p) => p.message).join("，")}。未作任何更改。`,
      problems: mismatch,
    };
  }
  return { ok: true, document: incoming };
}

function unreadable(what: string, error: unknown): Refusal {
  const detail = error instanceof Error ? error.message : String(error);
  return {
    ok: false,
    reason: `无法读取${what}中的表格：${detail}。未作任何更改。`,
    problems: [{ path: "（文件）", message: detail }],
  };
}

/**
 * 版本对比 with a file: what changed from the version in `earlierText` (e.g. the draft sent out for the
 * last round of review) to the open document. Refuses a malformed or foreign file, saying why.
 */
export function compareWithFile(
  current: Workbook,
  earlierText: string,
): { ok: true; diff: DocumentDiff } | Refusal {
  const read = readSameDocument(current.doc, earlierText);
  if (!read.ok) return read;
  try {
    return { ok: true, diff: diffDocuments(new Workbook(read.document), current) };
  } catch (error) {
    return unreadable("文件", error);
  }
}

export interface MergePlan {
  ok: true;
  /** The returned file's document (not applied). */
  incoming: JuesuanDocument;
  /** The merged thread list and what came in. */
  comments: CommentMerge;
  /** Where the file's values differ from the open draft (old = draft, new = file). None is applied. */
  values: DocumentDiff;
  /** The draft's 说明 when planned (the base for taking notes from the file). */
  localNotes: JuesuanDocument["notes"];
  /** Chinese: what came in, and how many values differ. */
  message: string;
}

/**
 * Plans merging a returned file into the open draft. Changes nothing: refuses a malformed file, a file
 * of another department/year/template/unit, or comments that clash with the draft's, saying why; else
 * gives the merged threads and the value differences, of which the caller takes the ones the user picks
 * (`mergeEdits`).
 */
export function planMerge(local: JuesuanDocument | Workbook, incomingText: string): MergePlan | Refusal {
  let localWb: Workbook;
  try {
    localWb = local instanceof Workbook ? local : new Workbook(structuredClone(local));
  } catch (error) {
    return unreadable("当前文档", error);
  }
  const read = readSameDocument(localWb.doc, incomingText);
  if (!read.ok) return read;
  const incoming = read.document;
  const mine = parseComments(localWb.doc.comments);
  if (!mine.ok) {
    return { ok: false, reason: "当前文档的批注格式不正确，无法合并。", problems: mine.problems };
  }
  const theirs = parseComments(incoming.comments);
  if (!theirs.ok) {
    return { ok: false, reason: "文件中的批注格式不正确，未作任何更改。", problems: theirs.problems };
  }
  const comments = mergeComments(mine.threads, theirs.threads);
  if (comments.summary.conflicts.length > 0) {
    return {
      ok: false,
      reason: "文件中有与本文档编号相同、内容来源不同的批注，可能不是本文档的审阅文件。未作任何更改。",
      problems: comments.summary.conflicts.map((c) => ({
        path: c.replyId ? `comments.${c.threadId}.replies.${c.replyId}` : `comments.${c.threadId}`,
        message: c.message,
      })),
    };
  }
  let incomingWb: Workbook;
  try {
    incomingWb = new Workbook(structuredClone(incoming));
  } catch (error) {
    return unreadable("文件", error);
  }
  const values = diffDocuments(localWb, incomingWb);
  const valueText =
    values.changes.length === 0
      ? "数值与当前文档一致。"
      : `文件中有 ${values.changes.length} 处与当前文档不同（未采用，可逐项选择）。`;
  return {
    ok: true,
    incoming,
    comments,
    values,
    localNotes: structuredClone(localWb.doc.notes),
    message: `${comments.summary.message}${valueText}`,
  };
}

/**
 * The edits that take the file's version of the chosen changes (ids from `plan.values.changes`).
 * Taking an added 科目 row takes its added parent rows too; taking a removed row removes its removed
 * child rows too. Document information (meta) is never taken. The caller applies these with the merged
 * comments in one batch.
 */
export function mergeEdits(plan: MergePlan, chosen: Iterable<string>): Edit[] {
  const byId = new Map(plan.values.changes.map((c) => [c.id, c]));
  const picked = new Set<string>();
  for (const id of chosen) {
    const change = byId.get(id);
    if (!change) continue;
    picked.add(id);
    if (change.kind === "rowAdded") {
      for (const parent of ancestors(change.row)) {
        if (byId.has(`row+|${change.table}|${parent}`)) picked.add(`row+|${change.table}|${parent}`);
      }
    } else if (change.kind === "rowRemoved") {
      for (const other of plan.values.changes) {
        if (other.kind === "rowRemoved" && other.table === change.table && other.row.startsWith(change.row))
          picked.add(other.id);
      }
    }
  }
  const incoming = plan.incoming;
  const adds: Edit[] = [];
  const sets: Edit[] = [];
  const removes: Edit[] = [];
  const notes: Partial<Record<TableId, string>> = { ...plan.localNotes };
  let notesChanged = false;
  for (const change of plan.values.changes) {
    if (!picked.has(change.id)) continue;
    switch (change.kind) {
      case "cell":
        sets.push({
          kind: "set",
          table: change.table,
          row: change.row,
          col: change.col,
          value: change.newStored,
        });
        break;
      case "rowAdded": {
        const data = incoming.tables[change.table];
        const cells = data?.rows[change.row];
        adds.push({
          kind: "putRow",
          table: change.table,
          row: change.row,
          snapshot: {
            name: data?.names?.[change.row],
            cells: cells ? ({ ...cells } as Record<string, Amount>) : undefined,
          },
        });
        break;
      }
      case "rowRemoved":
        removes.unshift({ kind: "putRow", table: change.table, row: change.row, snapshot: undefined });
        break;
      case "rowRenamed":
        sets.push({
          kind: "rename",
          table: change.table,
          row: change.row,
          name: incoming.tables[change.table]?.names?.[change.row],
        });
        break;
      case "note":
        notesChanged = true;
        if (change.new === undefined) delete notes[change.table];
        else notes[change.table] = change.new;
        break;
      case "meta":
        break;
    }
  }
  const edits = [...adds, ...sets, ...removes];
  if (notesChanged) {
    edits.push({ kind: "field", field: "notes", value: Object.keys(notes).length > 0 ? notes : undefined });
  }
  return edits;
}

function ancestors(row: RowKey): RowKey[] {
  if (!isSubjectCode(row)) return [];
  return [3, 5].filter((n) => n < row.length).map((n) => row.slice(0, n));
}
