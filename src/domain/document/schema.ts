import * as z from "zod/mini";
import { AMOUNT_PATTERN } from "../money";
import { tableIdSchema } from "../templates/table-id";
import { commentsSchema } from "./comments-schema";
import { publicationSchema, supplementSchema } from "./publication-schema";

const amount = z.nullable(
  z
    .string({ error: '金额必须写成字符串（例如 "12.30"），或写 null 表示空白' })
    .check(
      z.regex(AMOUNT_PATTERN, { error: '不是有效的金额字符串（只允许数字、小数点和负号，例如 "1234.56"）' }),
    ),
);

const label = z.string({ error: "应为文字" });

const tableData = z.looseObject({
  rows: z.record(z.string(), z.record(z.string(), amount), { error: "rows 应为对象：行 → 栏目 → 金额" }),
  names: z.optional(z.record(z.string(), label)),
  columnLabels: z.optional(z.record(z.string(), label)),
});

const tableId = tableIdSchema;

export const documentSchema = z.looseObject({
  format: z.literal("juesuan", {
    error: '不是决算公开文档（format 应为 "juesuan"）：请选择本编辑器导出的文档文件（.json）',
  }),
  version: z.union([z.literal(1), z.literal(2)], {
    error: "不支持的文档版本（本编辑器读取 version 1 和 2）",
  }),
  meta: z.looseObject({
    department: z.string({ error: "部门名称应为文字" }).check(z.minLength(1, { error: "部门名称不能为空" })),
    year: z
      .int({ error: "年度应为整数" })
      .check(z.gte(1990, { error: "年度不合理" }), z.lte(2100, { error: "年度不合理" })),
    unit: z.enum(["万元", "元"], { error: '单位只能是 "万元" 或 "元"' }),
    template: z.string({ error: "模板编号应为文字" }),
    codeDisplay: z.optional(
      z.enum(["joined", "split"], {
        error: '科目编码显示只能是 "joined"（一栏）或 "split"（类/款/项 三栏）',
      }),
    ),
  }),
  tables: z.partialRecord(tableId, tableData, {
    error: (issue) =>
      issue.code === "invalid_key" ? "表号应为两位数字（如 01、10）" : "tables 应为对象：表号 → 表数据",
  }),
  notes: z.optional(z.partialRecord(tableId, label)),
  comments: z.optional(commentsSchema),
  publication: z.optional(publicationSchema),
  supplement: z.optional(supplementSchema),
  acknowledgements: z.optional(
    z.record(z.string(), z.looseObject({ note: z.string(), at: z.string() }), {
      error: "acknowledgements 应为对象：审核结果键 → { note, at }",
    }),
  ),
  derived: z.optional(z.unknown()),
});

/** The published JSON Schema of the document file (public/juesuan-document.schema.json). */
export function documentJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(documentSchema, { target: "draft-2020-12", unrepresentable: "any" });
  return {
    $id: "juesuan-document.schema.json",
    title: "决算公开文档（格式版本 2）",
    description:
      "部门决算公开九张表的交换格式。金额为字符串（文档单位），null 表示“给出但为空白”，缺省表示未给出。" +
      "tables 中派生单元格上的值为“列报值”（stated），derived 为编辑器写出的计算值，导入时忽略。" +
      "publication 为部门概况、情况说明（文字与数字引用）、名词解释和附件，supplement 为补充数据；版本 1 的文件照常读取，保存时写为版本 2。",
    ...schema,
  };
}
