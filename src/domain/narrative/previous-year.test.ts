import { describe, expect, it } from "vitest";
import { seedWorkbook } from "../testing/narrative";
import { Workbook } from "../workbook/workbook";
import { previousYearDepartmentNote, previousYearFields, previousYearProblem } from "./previous-year";

function lastYear(): Workbook {
  const doc = structuredClone(seedWorkbook().doc);
  doc.meta.year = 2022;
  return new Workbook(doc);
}

describe("打开上年文档", () => {
  it("fills the 上年数 from last year's tables as shown, and 机关运行经费 from its 补充数据", () => {
    const fields = previousYearFields(lastYear(), { 机关运行经费: "6.10" });
    expect(fields).toEqual({
      上年收支总计: "507.92",
      上年财政拨款收支总计: "507.92",
      上年一般公共预算财政拨款支出: "507.92",
      上年三公经费: "0.00",
      "上年三公·因公出国（境）费": "0.00",
      上年三公·公务用车购置及运行维护费: "0.00",
      上年三公·公务接待费: "0.00",
      上年机关运行经费: "6.10",
    });
  });

  it("converts a 元 document's amounts into 万元 exactly, and back (QA defect 20)", () => {
    const inYuan = lastYear();
    inYuan.doc.meta.unit = "元";
    const toWan = previousYearFields(inYuan, { 机关运行经费: "61234.5" }, "万元");
    // The sample's 507.92 read as 元: 0.050792 万元, printed 0.05; 61,234.50 元 = 6.12345 万元 → 6.12.
    expect(toWan.上年收支总计).toBe("0.05");
    expect(toWan.上年机关运行经费).toBe("6.12");
    const toYuan = previousYearFields(lastYear(), { 机关运行经费: "6.12345" }, "元");
    expect(toYuan.上年收支总计).toBe("5079200.00");
    expect(toYuan.上年机关运行经费).toBe("61234.50");
    expect(previousYearFields(lastYear(), { 机关运行经费: "约六万" }, "元").上年机关运行经费).toBe("约六万");
  });

  it("refuses a document of another year; another department's name is a note, not a refusal", () => {
    expect(previousYearProblem(seedWorkbook(), lastYear())).toBeNull();
    expect(previousYearProblem(seedWorkbook(), seedWorkbook())).toBe(
      "所选文档是 2023 年度的，上年应为 2022 年度",
    );
    const other = lastYear();
    other.doc.meta.department = "别的部门";
    other.doc.meta.unit = "元";
    expect(previousYearProblem(seedWorkbook(), other)).toBeNull();
    expect(previousYearDepartmentNote(seedWorkbook(), lastYear())).toBeNull();
    expect(previousYearDepartmentNote(seedWorkbook(), other)).toMatch(
      /^所选文档的部门“别的部门”与本文档“.+”不同$/,
    );
  });
});
