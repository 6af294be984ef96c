/**
 * 批注 (review comments) as data. Threads live in the document file under `comments` (format version 1):
 * each thread is anchored by canonical keys (a cell, a whole table, or a finding of the checks), so it
 * survives added rows and re-imports. Every operation is pure: it returns a new array and never mutates
 * its input. Text and names are plain data; escaping is the UI's job.
 */

import {
  type CommentAnchor,
  type CommentReply,
  type CommentThread,
  MAX_ID_LENGTH,
  MAX_NAME_LENGTH,
  MAX_REPLIES,
  MAX_TEXT_LENGTH,
  MAX_THREADS,
} from "../document/comments-model";
import { anchorSchema, identifier, time } from "../document/comments-schema";
import { isResolved, timeOf } from "./thread-basics";

export * from "../document/comments-model";
export {
  anchorSchema,
  commentsSchema,
  type ParseCommentsResult,
  parseComments,
  replySchema,
  threadSchema,
} from "../document/comments-schema";

// ── reading ──────────────────────────────────────────────────────────────────────────────────────

export {
  cellAnchor,
  findingAnchor,
  findThread,
  isResolved,
  isVisible,
  sameAnchor,
  tableAnchor,
  timeOf,
  visibleReplies,
} from "./thread-basics";

/** Threads in their canonical order: by time written, then id. */
export function sortThreads(threads: readonly CommentThread[]): CommentThread[] {
  return [...threads].sort((a, b) => timeOf(a.createdAt) - timeOf(b.createdAt) || compareStrings(a.id, b.id));
}

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// ── operations ───────────────────────────────────────────────────────────────────────────────────

export type CommentsResult = { ok: true; threads: CommentThread[] } | { ok: false; message: string };

export interface NewThread {
  /** Caller-supplied, unique (the UI uses crypto.randomUUID()). */
  id: string;
  anchor: CommentAnchor;
  author: string;
  text: string;
  /** ISO time, e.g. new Date().toISOString(). */
  at: string;
  valueAtCreation?: string | null;
  anchorLabel?: string;
}

export interface NewReply {
  id: string;
  author: string;
  text: string;
  at: string;
}

const refuse = (message: string): CommentsResult => ({ ok: false, message });

function checkId(id: string): string | null {
  return identifier.safeParse(id).success ? null : `编号无效（应为 1 至 ${MAX_ID_LENGTH} 个字符）`;
}

function checkPerson(name: string): string | null {
  const trimmed = name.trim();
  if (trimmed === "") return "请先填写姓名（批注需要署名）";
  return trimmed.length > MAX_NAME_LENGTH ? `姓名过长（最多 ${MAX_NAME_LENGTH} 个字符）` : null;
}

function checkText(value: string): string | null {
  const trimmed = value.trim();
  if (trimmed === "") return "批注内容不能为空";
  return trimmed.length > MAX_TEXT_LENGTH ? `批注内容过长（最多 ${MAX_TEXT_LENGTH} 个字符）` : null;
}

function checkTime(at: string): string | null {
  return time.safeParse(at).success ? null : "时间格式无效（应为 ISO 8601）";
}

function firstProblem(...problems: (string | null)[]): string | null {
  return problems.find((p) => p !== null) ?? null;
}

/** Adds a new thread (at the end: threads are kept in the order they were written). */
export function addThread(threads: readonly CommentThread[], input: NewThread): CommentsResult {
  const problem = firstProblem(
    checkId(input.id),
    checkPerson(input.author),
    checkText(input.text),
    checkTime(input.at),
    anchorSchema.safeParse(input.anchor).success ? null : "批注位置无效",
    threads.some((t) => t.id === input.id) ? `批注编号“${input.id}”已存在` : null,
    threads.length >= MAX_THREADS ? `批注过多（最多 ${MAX_THREADS} 条）` : null,
  );
  if (problem) return refuse(problem);
  const thread: CommentThread = {
    id: input.id,
    anchor: { ...input.anchor },
    createdAt: input.at,
    author: input.author.trim(),
    text: input.text.trim(),
    replies: [],
  };
  if (input.valueAtCreation !== undefined) thread.valueAtCreation = input.valueAtCreation;
  if (input.anchorLabel !== undefined) thread.anchorLabel = input.anchorLabel;
  return { ok: true, threads: [...threads, thread] };
}

function updateThread(
  threads: readonly CommentThread[],
  threadId: string,
  change: (thread: CommentThread) => CommentThread | string,
): CommentsResult {
  const index = threads.findIndex((t) => t.id === threadId);
  const thread = threads[index];
  if (!thread) return refuse("找不到这条批注（可能已被删除）");
  const next = change(thread);
  if (typeof next === "string") return refuse(next);
  return { ok: true, threads: threads.map((t, i) => (i === index ? next : t)) };
}

const isAuthor = (actor: string, author: string) => actor.trim() === author.trim();

export function reply(threads: readonly CommentThread[], threadId: string, input: NewReply): CommentsResult {
  return updateThread(threads, threadId, (thread) => {
    const problem = firstProblem(
      checkId(input.id),
      checkPerson(input.author),
      checkText(input.text),
      checkTime(input.at),
      thread.deleted ? "这条批注已被删除，不能回复" : null,
      thread.replies.some((r) => r.id === input.id) ? `回复编号“${input.id}”已存在` : null,
      thread.replies.length >= MAX_REPLIES ? `回复过多（最多 ${MAX_REPLIES} 条）` : null,
    );
    if (problem) return problem;
    const entry: CommentReply = {
      id: input.id,
      author: input.author.trim(),
      at: input.at,
      text: input.text.trim(),
    };
    return { ...thread, replies: [...thread.replies, entry] };
  });
}

/** Changes the text of one's own thread. */
export function editThread(
  threads: readonly CommentThread[],
  threadId: string,
  actor: string,
  newText: string,
  at: string,
): CommentsResult {
  return updateThread(threads, threadId, (thread) => {
    const problem = firstProblem(
      checkText(newText),
      checkTime(at),
      thread.deleted ? "这条批注已被删除" : null,
      isAuthor(actor, thread.author) ? null : `只能修改自己的批注（这条由${thread.author}所写）`,
    );
    if (problem) return problem;
    return { ...thread, text: newText.trim(), editedAt: at };
  });
}

/** Deletes one's own thread: its text is cleared, the entry stays (so that a merge deletes it too). */
export function deleteThread(
  threads: readonly CommentThread[],
  threadId: string,
  actor: string,
): CommentsResult {
  return updateThread(threads, threadId, (thread) => {
    if (thread.deleted) return "这条批注已被删除";
    if (!isAuthor(actor, thread.author)) return `只能删除自己的批注（这条由${thread.author}所写）`;
    return { ...thread, text: "", deleted: true };
  });
}

function updateReply(
  threads: readonly CommentThread[],
  threadId: string,
  replyId: string,
  change: (reply: CommentReply) => CommentReply | string,
): CommentsResult {
  return updateThread(threads, threadId, (thread) => {
    const index = thread.replies.findIndex((r) => r.id === replyId);
    const found = thread.replies[index];
    if (!found) return "找不到这条回复";
    const next = change(found);
    if (typeof next === "string") return next;
    return { ...thread, replies: thread.replies.map((r, i) => (i === index ? next : r)) };
  });
}

export function editReply(
  threads: readonly CommentThread[],
  threadId: string,
  replyId: string,
  actor: string,
  newText: string,
  at: string,
): CommentsResult {
  return updateReply(threads, threadId, replyId, (entry) => {
    const problem = firstProblem(
      checkText(newText),
      checkTime(at),
      entry.deleted ? "这条回复已被删除" : null,
      isAuthor(actor, entry.author) ? null : `只能修改自己的回复（这条由${entry.author}所写）`,
    );
    if (problem) return problem;
    return { ...entry, text: newText.trim(), editedAt: at };
  });
}

export function deleteReply(
  threads: readonly CommentThread[],
  threadId: string,
  replyId: string,
  actor: string,
): CommentsResult {
  return updateReply(threads, threadId, replyId, (entry) => {
    if (entry.deleted) return "这条回复已被删除";
    if (!isAuthor(actor, entry.author)) return `只能删除自己的回复（这条由${entry.author}所写）`;
    return { ...entry, text: "", deleted: true };
  });
}

/** Marks a thread resolved (anyone may: the accountant after fixing, or the reviewer). */
export function resolveThread(
  threads: readonly CommentThread[],
  threadId: string,
  actor: string,
  at: string,
): CommentsResult {
  return updateThread(threads, threadId, (thread) => {
    const problem = firstProblem(
      checkPerson(actor),
      checkTime(at),
      thread.deleted ? "这条批注已被删除" : null,
      isResolved(thread) ? "这条批注已经解决" : null,
    );
    if (problem) return problem;
    return { ...thread, resolved: { by: actor.trim(), at } };
  });
}

export function reopenThread(
  threads: readonly CommentThread[],
  threadId: string,
  actor: string,
  at: string,
): CommentsResult {
  return updateThread(threads, threadId, (thread) => {
    const problem = firstProblem(
      checkPerson(actor),
      checkTime(at),
      thread.deleted ? "这条批注已被删除" : null,
      isResolved(thread) ? null : "这条批注尚未解决，无需重新打开",
    );
    if (problem) return problem;
    return { ...thread, resolved: null, reopened: { by: actor.trim(), at } };
  });
}
