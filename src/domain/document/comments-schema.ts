/**
 * The `comments` section of the document file (format version 1) as a schema: what a file may hold, the
 * Chinese message for each problem, and the JSON Schema it publishes.
 */
import * as z from "zod/mini";
import { AMOUNT_PATTERN } from "../money";
import { tableIdSchema } from "../templates/table-id";
import {
  type CommentThread,
  MAX_ID_LENGTH,
  MAX_NAME_LENGTH,
  MAX_REPLIES,
  MAX_TEXT_LENGTH,
  MAX_THREADS,
} from "./comments-model";
import type { Problem } from "./validate";

// ── schema ───────────────────────────────────────────────────────────────────────────────────────

export const identifier = z
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

export const time = z.iso.datetime({
  offset: true,
  error: "时间应为 ISO 8601 格式（例如 2024-03-01T08:00:00.000Z）",
});

const text = z
  .string({ error: "批注内容应为文字" })
  .check(z.maxLength(MAX_TEXT_LENGTH, { error: `批注内容过长（最多 ${MAX_TEXT_LENGTH} 个字符）` }));

const key = z
  .string({ error: "应为文字" })
  .check(z.minLength(1, { error: "不能为空" }), z.maxLength(MAX_TEXT_LENGTH));
const tableId = tableIdSchema;
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
