import { describe, expect, it } from "vitest";
import { seedWorkbook } from "../testing/narrative";
import { Workbook } from "../workbook/workbook";
import { previousYearFields, previousYearProblem } from "./previous-year";

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

  it("refuses a document of another year or department, in Chinese", () => {
    expect(previousYearProblem(seedWorkbook(), lastYear())).toBeNull();
    expect(previousYearProblem(seedWorkbook(), seedWorkbook())).toBe(
      "所选文档是 2023 年度的，上年应为 2022 年度",
    );
    const other = lastYear();
    other.doc.meta.department = "别的部门";
    expect(previousYearProblem(seedWorkbook(), other)).toContain("部门");
  });
});
