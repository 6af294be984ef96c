import { describe, expect, it } from "vitest";
import { smallDocument } from "../testing/documents";
import { Workbook } from "../workbook/workbook";
import { planClear } from "./clear-cells";

describe("planClear (Delete over a range)", () => {
  it("clears the entered cells holding a value and skips derived cells", () => {
    const wb = new Workbook(smallDocument());
    const plan = planClear(wb, [
      { table: "03", row: "2010301", col: "本年支出合计" },
      { table: "03", row: "2010301", col: "基本支出" },
      { table: "03", row: "2010301", col: "项目支出" },
      { table: "03", row: "2010301", col: "上缴上级支出" },
      { table: "03", row: "20103", col: "基本支出" },
    ]);
    expect(plan.edits.map((e) => e.col)).toEqual(["基本支出", "项目支出"]);
    expect(plan.edits.every((e) => e.value === undefined)).toBe(true);
    expect(plan.skippedDerived).toBe(2);
  });
});
