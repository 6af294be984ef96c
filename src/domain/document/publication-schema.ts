/**
 * The `publication` and `supplement` sections of the document file (format version 2) as a schema: what a
 * file may hold, with a Chinese message for each problem, published in the JSON Schema.
 */
import * as z from "zod/mini";
import { tableIdSchema } from "../templates/table-id";

const text = z.string({ error: "应为文字" });
const cellRef = z.object({
  table: tableIdSchema,
  row: text,
  col: text,
});

// Recursive through `sum`; the getter defers the reference until the schema is used.
const operand = z.union(
  [
    z.object({ cell: cellRef }),
    z.object({ field: text }),
    z.object({ fieldSum: text, table: tableIdSchema }),
    z.object({
      get sum() {
        return z.array(operand);
      },
    }),
    z.object({ printed: text }),
  ],
  { error: "数字引用的取数应为 cell、field、fieldSum、sum 或 printed 之一" },
);

const figure = z.union(
  [
    z.object({ kind: z.enum(["amount", "count"]), of: operand }),
    z.object({ kind: z.literal("share"), part: operand, whole: operand }),
    z.object({ kind: z.literal("rate"), actual: operand, budget: operand }),
    z.object({ kind: z.enum(["change", "changePct"]), current: operand, previous: operand }),
  ],
  { error: "数字引用应为 amount、count、share、rate、change 或 changePct 之一" },
);

const run = z.union([z.object({ text }), z.object({ figure })], {
  error: "段落内容应为 { text } 或 { figure }",
});

const paragraph = z.object({
  role: z.optional(text),
  subject: z.optional(text),
  heading: z.optional(z.boolean()),
  title: z.optional(text),
  runs: z.array(run, { error: "runs 应为数组" }),
});

const budgetRow = z.object({
  label: text,
  initial: text,
  full: text,
  executed: text,
  weight: text,
  rate: text,
  score: text,
});

const indicator = z.object({
  level1: text,
  level2: text,
  level3: text,
  target: text,
  actual: text,
  weight: text,
  score: text,
  deviation: text,
  reason: text,
});

const selfEvaluation = z.object({
  title: text,
  year: text,
  department: text,
  budget: z.array(budgetRow),
  goals: z.object({ expected: text, achieved: text }),
  tasks: z.array(z.object({ name: text, content: text, achieved: text })),
  indicators: z.array(indicator),
  total: z.object({ weight: text, score: text }),
});

export const publicationSchema = z.object({
  overview: z.array(paragraph, { error: "overview（部门概况）应为段落数组" }),
  narrativeHeading: text,
  narrative: z.array(
    z.object({ id: text, title: text, paragraphs: z.array(paragraph), chart: z.optional(z.boolean()) }),
    {
      error: "narrative（情况说明）应为章节数组",
    },
  ),
  glossary: z.array(z.object({ term: text, definition: text }), { error: "glossary（名词解释）应为数组" }),
  attachments: z.array(z.object({ listed: text, table: z.optional(selfEvaluation) }), {
    error: "attachments（附件）应为数组",
  }),
});

export const supplementSchema = z.record(z.string(), z.string({ error: "补充数据的值应为文字" }), {
  error: "supplement（补充数据）应为对象：字段 → 值",
});
