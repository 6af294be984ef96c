/**
 * 批注 (review comments) as data. Threads live in the document file under `comments` (format version 1):
 * each thread is anchored by canonical keys (a cell, a whole table, or a finding of the checks), so it
 * survives added rows and re-imports. Every operation is pure: it returns a new array and never mutates
 * its input. Text and names are plain data; escaping is the UI's job.
 */
import * as z from "zod/mini";
import type { Problem } from "../document/validate";
import { AMOUNT_PATTERN } from "../money";
import { type ColKey, type RowKey, TABLE_IDS, type TableId } from "../templates/types";

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

// ── schema ───────────────────────────────────────────────────────────────────────────────────────

const identifier = z
  .string({ error: "编号应为文字" })
  .check(
    z.minLength(1, { error: "编号不能为空" }),
    z.maxLength(MAX_ID_LENGTH, { error: `编号过长（最多 ${MAX_ID_LENGTH} 个字符）` }),
  );

const person = z
  .string({ error: "姓名应为文字" })
  .check(
    z.maxLength(MAX_NAME_LENGTH, { error: `姓名过长（最多 ${MAX_NAME_LENGTH} 个字符）` }),
    z.regex(/\S/, { error: "姓名不能为空" }),
  );

const time = z.iso.datetime({
  offset: true,
  error: "时间应为 ISO 8601 格式（例如 2024-03-01T08:00:00.000Z）",
});

const text = z
  .string({ error: "批注内容应为文字" })
  .check(z.maxLength(MAX_TEXT_LENGTH, { error: `批注内容过长（最多 ${MAX_TEXT_LENGTH} 个字符）` }));

const key = z
  .string({ error: "应为文字" })
  .check(z.minLength(1, { error: "不能为空" }), z.maxLength(MAX_TEXT_LENGTH));
const tableId = z.enum(TABLE_IDS, { error: "未知的表号（只允许 01 至 09）" });
const deletedFlag = z.optional(z.boolean({ error: "deleted 应为 true 或 false" }));

const event = z
  .looseObject({ by: person, at: time }, { error: "应为对象 { by, at }" })
  .check(z.meta({ description: "谁（by）在何时（at，ISO 8601）" }));

export const anchorSchema = z
  .discriminatedUnion(
    "kind",
    [
      z
        .looseObject({ kind: z.literal("cell"), table: tableId, row: key, col: key })
        .check(z.meta({ description: "单元格：表号、行键（科目编码或固定行名）、栏目键" })),
      z.looseObject({ kind: z.literal("table"), table: tableId }).check(z.meta({ description: "整张表" })),
      z
        .looseObject({ kind: z.literal("finding"), key, rule: key, table: z.optional(tableId) })
        .check(z.meta({ description: "一条审核结果（按其稳定键）" })),
    ],
    { error: '批注位置应为 { kind: "cell" | "table" | "finding", … }' },
  )
  .check(z.meta({ description: "批注锚定的位置（按规范键，不按行次、栏次）" }));

export const replySchema = z
  .looseObject(
    {
      id: identifier,
      author: person,
      at: time,
      text,
      editedAt: z.optional(time),
      deleted: deletedFlag,
    },
    { error: "回复应为对象" },
  )
  .check(z.meta({ description: "一条回复；deleted 为作者删除（内容清空，条目保留以便合并）" }));

export const threadSchema = z
  .looseObject(
    {
      id: identifier,
      anchor: anchorSchema,
      createdAt: time,
      author: person,
      text,
      resolved: z.optional(z.nullable(event)),
      reopened: z.optional(event),
      replies: z
        .array(replySchema, { error: "replies 应为数组" })
        .check(z.maxLength(MAX_REPLIES, { error: `回复过多（最多 ${MAX_REPLIES} 条）` })),
      editedAt: z.optional(time),
      deleted: deletedFlag,
      valueAtCreation: z.optional(
        z.nullable(
          z
            .string({ error: "valueAtCreation 应为金额字符串或 null" })
            .check(z.regex(AMOUNT_PATTERN, { error: "valueAtCreation 不是有效的金额字符串" })),
        ),
      ),
      anchorLabel: z.optional(
        z.string({ error: "anchorLabel 应为文字" }).check(z.maxLength(MAX_TEXT_LENGTH)),
      ),
    },
    { error: "批注应为对象" },
  )
  .check(
    z.meta({
      description:
        "一条批注（讨论串）：作者、时间（ISO 8601）、内容、回复、解决/重新打开；valueAtCreation 为写批注时单元格显示的值，用于标记“已修改”",
    }),
  );

/** Ids must be unique among threads, and among the replies of a thread. */
function uniqueIds(
  threads: readonly { id: string; replies: readonly { id: string }[] }[],
  ctx: z.core.$RefinementCtx,
) {
  const seen = new Set<string>();
  threads.forEach((thread, i) => {
    if (seen.has(thread.id)) {
      ctx.addIssue({ code: "custom", path: [i, "id"], message: `批注编号“${thread.id}”重复` });
    }
    seen.add(thread.id);
    const replyIds = new Set<string>();
    thread.replies.forEach((reply, j) => {
      if (replyIds.has(reply.id)) {
        ctx.addIssue({
          code: "custom",
          path: [i, "replies", j, "id"],
          message: `回复编号“${reply.id}”在本批注中重复`,
        });
      }
      replyIds.add(reply.id);
    });
  });
}

/** The `comments` section of the document file (format version 1). */
export const commentsSchema = z.array(threadSchema, { error: "comments 应为数组" }).check(
  z.maxLength(MAX_THREADS, { error: `批注过多（最多 ${MAX_THREADS} 条）` }),
  z.superRefine(uniqueIds),
  z.meta({
    title: "批注",
    description:
      "审阅批注（讨论串）。按 id 合并：回复按 id 合并，后编辑者为准，删除优先，解决/重新打开以较晚者为准。",
  }),
);

export type ParseCommentsResult = { ok: true; threads: CommentThread[] } | { ok: false; problems: Problem[] };

/**
 * Reads a `comments` section (absent = no comments). Never throws: problems name the path
 * (comments.3.replies.0.at) and the reason in Chinese. Unknown fields are kept.
 */
export function parseComments(value: unknown, root = "comments"): ParseCommentsResult {
  if (value === undefined) return { ok: true, threads: [] };
  const result = commentsSchema.safeParse(value, { reportInput: true });
  if (result.success) return { ok: true, threads: result.data as CommentThread[] };
  return {
    ok: false,
    problems: result.error.issues.slice(0, 50).map((issue) => {
      const path = [root, ...issue.path.map(String)].join(".");
      if (issue.code === "invalid_type" && issue.input === undefined)
        return { path, message: "缺少必填字段" };
      return { path, message: issue.message };
    }),
  };
}

// ── reading ──────────────────────────────────────────────────────────────────────────────────────

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
