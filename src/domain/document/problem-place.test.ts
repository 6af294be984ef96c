import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { parseDocumentValue } from "./parse";
import { describeProblems, problemPlace } from "./problem-place";
import { chineseIssueMessage } from "./zod-issues";

describe("problemPlace: a JSON path in words", () => {
  it("names a cell by table, row and column as the grid shows them", () => {
    expect(problemPlace("tables.02.rows.2010301.财政拨款收入")).toBe("表 02 · 第 2010301 行 · 财政拨款收入");
    expect(problemPlace("tables.02.rows.2010301")).toBe("表 02 · 第 2010301 行");
    expect(problemPlace("tables.03.names.2010301")).toBe("表 03 · 第 2010301 行的名称");
    expect(problemPlace("tables.10")).toBe("表 10");
  });

  it("names a field in Chinese words with its JSON key", () => {
    expect(problemPlace("format")).toBe("文档格式标记（format）");
    expect(problemPlace("meta.unit")).toBe("文档信息 · 金额单位（meta.unit）");
    expect(problemPlace("notes.07")).toBe("表 07 的表下说明（notes.07）");
    expect(problemPlace("comments.0.anchor")).toBe("第 1 条批注 · 批注位置（comments.0.anchor）");
    expect(problemPlace("publication.overview.2.runs")).toBe(
      "公开文字 · 部门概况 · 第 3 项 · 文字段（publication.overview.2.runs）",
    );
    expect(problemPlace("formulas.4", "template")).toBe("公式 · 第 5 项（formulas.4）");
  });

  it("leaves places already in words alone", () => {
    expect(problemPlace("（文件）")).toBe("（文件）");
    expect(problemPlace("第 3 行第 5 列")).toBe("第 3 行第 5 列");
  });
});

describe("schema problems in Chinese (QA defect 8)", () => {
  it("an empty object is another kind of file: one problem, what it is and what to do", () => {
    const parsed = parseDocumentValue({});
    if (parsed.ok) throw new Error("parsed");
    expect(describeProblems(parsed.problems)).toBe(
      '文档格式标记（format）：不是决算公开文档（format 应为 "juesuan"）：请选择本编辑器导出的文档文件（.json）',
    );
  });

  it("a document with missing fields names each in words", () => {
    const parsed = parseDocumentValue({ format: "juesuan", version: 2, meta: { department: "某局" } });
    if (parsed.ok) throw new Error("parsed");
    const text = describeProblems(parsed.problems);
    expect(text).toContain("文档信息 · 年度（meta.year）：缺少必填字段");
    expect(text).toContain("表格数据（tables）：缺少必填字段");
  });

  it("zod's own messages, for schemas that give none, are Chinese", () => {
    const schema = z.object({
      a: z.string(),
      b: z.array(z.int()).check(z.minLength(2)),
      c: z.enum(["x", "y"]),
    });
    const result = schema.safeParse({ a: 1, b: [1], c: "z", d: 0 }, { error: chineseIssueMessage });
    expect(result.error?.issues.map((i) => i.message)).toEqual([
      "应为文字（写在英文双引号里），这里是数字",
      "至少要有 2 项",
      '只能是 "x"、"y"',
    ]);
  });
});
