import { describe, expect, it } from "vitest";
import { smallDocument, withRows } from "../domain/testing/documents";
import { Workbook } from "../domain/workbook/workbook";
import { publishedCells } from "./published-cells";

describe("publishedCells (复制本表)", () => {
  const doc = withRows(
    smallDocument(),
    "03",
    { "2010350": { 基本支出: "1234567.80" } },
    { "201": "一般公共服务支出", "2010301": "行政运行" },
  );
  const cells = publishedCells(new Workbook(doc), "03");
  const rowOf = (first: string) => cells.find((row) => row[0] === first) ?? [];

  it("starts with the title lines and the caption, as published", () => {
    expect(cells[0]).toEqual(["支出决算表"]);
    expect(cells[1]).toEqual(["公开03表"]);
    expect(cells[2]?.[0]).toBe("部门：测试部门");
    expect(cells[2]?.at(-1)).toBe("单位：万元");
  });

  it("lays out the header rows and 栏次 column by column, a merged header in its first cell", () => {
    expect(rowOf("项 目")).toEqual([
      "项 目",
      "",
      "本年支出合计",
      "基本支出",
      "项目支出",
      "上缴上级支出",
      "经营支出",
      "对附属单位补助支出",
    ]);
    expect(rowOf("功能分类科目编码")).toEqual(["功能分类科目编码", "科目名称", "", "", "", "", "", ""]);
    expect(rowOf("栏次")).toEqual(["栏次", "", "1", "2", "3", "4", "5", "6"]);
  });

  it("writes the 合计 row, every 科目 row with code and name, and amounts without separators", () => {
    expect(rowOf("合计").slice(0, 4)).toEqual(["合计", "", "1234583.30", "1234579.80"]);
    expect(rowOf("2010301").slice(0, 5)).toEqual(["2010301", "行政运行", "10.00", "8.00", "2.00"]);
    expect(rowOf("2010350")[3]).toBe("1234567.80");
    expect(rowOf("201")[1]).toBe("一般公共服务支出");
  });

  it("ends with the 注 lines", () => {
    expect(cells.at(-1)?.[0]).toMatch(/^注：本表反映部门本年度各项支出情况/);
  });
});

describe("publishedCells with 科目编码 split into 类/款/项", () => {
  const doc = smallDocument();
  doc.meta.codeDisplay = "split";
  const cells = publishedCells(new Workbook(doc), "03");

  it("copies 类, 款 and 项 into three cells, as the table shows them", () => {
    expect(cells.find((row) => row[0] === "类")?.slice(0, 4)).toEqual(["类", "款", "项", ""]);
    const row = cells.find((r) => r[0] === "201" && r[2] === "01") ?? [];
    expect([...row.slice(0, 3), row[4]]).toEqual(["201", "03", "01", "10.00"]);
    expect(cells.find((row) => row[0] === "栏次")?.slice(0, 5)).toEqual(["栏次", "", "", "", "1"]);
  });
});
