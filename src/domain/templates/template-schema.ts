/**
 * The template file's schema (public/templates/*.json): shape and Chinese messages. What the shape cannot
 * say (formulas naming existing tables, columns and rows) is checked in parse-template.ts.
 */
import * as z from "zod/mini";
import { tableIdSchema } from "./table-id";

const text = z.string({ error: "应为文字" });
const optionalText = z.optional(text);
const tableId = tableIdSchema;

const column = z.object({
  key: text,
  label: text,
  groups: z.optional(z.array(text)),
  lane: optionalText,
});

const fixedRow = z.object({
  key: z.nullable(text),
  label: text,
  line: z.optional(z.int({ error: "行次应为整数" })),
  code: optionalText,
  total: z.optional(z.boolean()),
  indent: z.optional(z.int()),
});

const pane = z.object({
  caption: optionalText,
  itemHeader: optionalText,
  lineHeader: optionalText,
  codeHeader: optionalText,
  nameHeader: optionalText,
  columns: z.array(column),
  rows: z.array(fixedRow),
  footer: z.optional(fixedRow),
});

const layout = z.discriminatedUnion(
  "kind",
  [
    z.object({ kind: z.literal("panes"), panes: z.array(pane), laneRow: z.boolean() }),
    z.object({
      kind: z.literal("subject"),
      classification: z.enum(["function", "economic"], { error: '分类只能是 "function" 或 "economic"' }),
      itemHeader: text,
      codeHeader: text,
      nameHeader: text,
      columns: z.array(column),
      totalRow: z.object({ key: text, label: text }),
      totalRowPosition: z.optional(
        z.enum(["first", "last"], { error: '合计行位置只能是 "first" 或 "last"' }),
      ),
      laneRow: z.optional(z.boolean()),
    }),
  ],
  { error: '表式 kind 只能是 "panes"（固定行）或 "subject"（科目行）' },
);

const cellRef = z.object({ table: tableId, row: text, col: text });

const formula = z.discriminatedUnion(
  "kind",
  [
    z.object({
      kind: z.literal("rowSum"),
      table: tableId,
      target: text,
      terms: z.array(text),
      rows: z.optional(z.array(text)),
    }),
    z.object({
      kind: z.literal("hierarchy"),
      table: tableId,
      columns: z.array(text),
      totalRow: optionalText,
    }),
    z.object({ kind: z.literal("sum"), target: cellRef, terms: z.array(cellRef) }),
    z.object({
      kind: z.literal("columnSum"),
      table: tableId,
      target: text,
      rows: z.array(text),
      columns: z.array(text),
    }),
    z.object({
      kind: z.literal("mirror"),
      target: z.object({ table: tableId, col: text }),
      source: z.object({ table: tableId, col: text }),
      rows: z.array(text),
    }),
  ],
  { error: "公式 kind 只能是 rowSum、hierarchy、sum、columnSum 或 mirror" },
);

const table = z.object({ id: tableId, title: text, label: text, layout, notes: z.array(text) });

export const templateSchema = z.looseObject({
  format: z.literal("juesuan-template", { error: '不是决算公开模板（format 应为 "juesuan-template"）' }),
  version: z.literal(1, { error: "不支持的模板版本（本编辑器读取 version 1）" }),
  id: z
    .string({ error: "模板编号应为文字" })
    .check(z.regex(/^[\w-]{1,40}$/, { error: "模板编号只能用字母、数字、- 和 _" })),
  name: z.string({ error: "模板名称应为文字" }).check(z.minLength(1, { error: "模板名称不能为空" })),
  description: optionalText,
  order: z.optional(z.array(tableId)),
  codeDisplay: z.optional(
    z.enum(["joined", "split"], { error: '科目编码显示只能是 "joined"（一栏）或 "split"（类/款/项 三栏）' }),
  ),
  tables: z.record(tableId, table, {
    error: (issue) =>
      issue.code === "invalid_key"
        ? "表号应为两位数字（如 01、10）"
        : "tables 应为对象：表号 → 表式，01 至 09 都要有，可另加表",
  }),
  formulas: z.array(formula),
});

/** The published JSON Schema of the template file (public/juesuan-template.schema.json). */
export function templateJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(templateSchema, { target: "draft-2020-12", unrepresentable: "any" });
  return {
    $id: "juesuan-template.schema.json",
    title: "决算公开模板（格式版本 1）",
    description:
      "一种部门决算公开表式：各表的印刷顺序、标题、表号字样、表式（固定行或科目行）、栏目（键、印刷标题、表头分组、栏次）、" +
      "固定行（键、印刷标题、行次）、合计行位置、表下注、公式、科目编码显示（一栏或类/款/项 三栏）。键在模板之间保持一致，审核规则和文档据此通用。",
    ...schema,
  };
}
