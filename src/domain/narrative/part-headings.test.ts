import { describe, expect, it } from "vitest";
import { narrativePartHeading, overviewPartHeading, tablesPartHeading } from "./part-headings";
import { startingPublication } from "./publication-template";

const facts = (template: string) => ({ template, year: 2024, department: "上海市某局" });

describe("part headings as the template prints them", () => {
  it("2023: 部门概况, the year before the department, 情况说明 without it (as the seed prints them)", () => {
    expect(overviewPartHeading(facts("2023"))).toBe("第一部分 部门概况");
    expect(tablesPartHeading(facts("2023-24"))).toBe("第二部分 2024 年度上海市某局部门决算表");
    expect(narrativePartHeading(facts("2023"))).toBe("第三部分 2024 年度部门决算情况说明");
  });

  it("上海 2024/2025: the department first, in every part (上海市XX局 2024年度部门决算情况说明)", () => {
    for (const template of ["shanghai-2024", "shanghai-2024-24"]) {
      expect(overviewPartHeading(facts(template))).toBe("第一部分 上海市某局概况");
      expect(tablesPartHeading(facts(template))).toBe("第二部分 上海市某局 2024 年度部门决算表");
      expect(narrativePartHeading(facts(template))).toBe("第三部分 上海市某局 2024 年度部门决算情况说明");
    }
  });

  it("a new document's 情况说明 starts under its template's heading", () => {
    const start = (templateId: string) =>
      startingPublication({ templateId, year: 2024, department: "上海市某局" }).narrativeHeading;
    expect(start("shanghai-2024")).toBe("第三部分 上海市某局 2024 年度部门决算情况说明");
    expect(start("2023")).toBe("第三部分 2024 年度部门决算情况说明");
  });
});
