import { describe, expect, it } from "vitest";
import { factNotes } from "./fact-notes";
import { sheetFromRows } from "./sheet-model";
import { workbookFacts } from "./workbook-facts";

describe("workbookFacts", () => {
  it("reads the year and department of a cover sheet", () => {
    const facts = workbookFacts([sheetFromRows("封面", [["某某局2024年度部门决算"], ["二〇二五年三月"]])]);
    expect(facts.years).toEqual([{ value: 2024, count: 1, first: "封面!A1" }]);
    expect(facts.departments).toEqual([{ value: "某某局", count: 1, first: "封面!A1" }]);
  });

  it("reads 编制单位 and the year from caption lines, also when one cell holds the whole line", () => {
    const facts = workbookFacts([
      sheetFromRows("Sheet1", [
        ["2024年度收入支出决算总表"],
        ["编制单位：某某市财政局", null, "2024 年度", null, "单位：万元"],
      ]),
      sheetFromRows("Sheet2", [["部门：某某市财政局      2024年度      金额单位：万元"]]),
    ]);
    expect(facts.years).toEqual([{ value: 2024, count: 3, first: "Sheet1!A1" }]);
    expect(facts.departments).toEqual([{ value: "某某市财政局", count: 2, first: "Sheet1!A2" }]);
  });

  it("ignores dates, comparisons, figures and units", () => {
    const facts = workbookFacts([
      sheetFromRows("表", [
        ["编制日期：2025年3月15日", "单位：万元", 2024],
        ["与2023年相比，2024年收入增加"],
        ["2023年1-12月"],
      ]),
    ]);
    expect(facts).toEqual({ years: [], departments: [] });
  });

  it("counts every place when they disagree and takes the most frequent, the first written on a tie", () => {
    const titles = ["2024年度收入决算表", "2024年度支出决算表", "2024年度财政拨款收入支出决算总表"];
    const facts = workbookFacts([
      sheetFromRows("封面", [["某某局2023年度部门决算"]]),
      ...titles.map((t, i) => sheetFromRows(`表${i + 1}`, [[t], ["编制单位：某某局机关"]])),
    ]);
    expect(facts.years.map((t) => [t.value, t.count])).toEqual([
      [2024, 3],
      [2023, 1],
    ]);
    expect(facts.departments.map((t) => [t.value, t.count])).toEqual([
      ["某某局机关", 3],
      ["某某局", 1],
    ]);
    const tie = workbookFacts([sheetFromRows("a", [["2023年度"], ["2024年度"]])]);
    expect(tie.years[0]?.value).toBe(2023);
  });
});

describe("factNotes", () => {
  it("says which year was taken when the workbook writes several, and when it writes none", () => {
    const facts = workbookFacts([sheetFromRows("a", [["2024年度"], ["2024年度"], ["2023年度"]])]);
    expect(factNotes(facts, { year: 2024, department: "" })).toEqual([
      "工作簿中写有不同的年度：2024 年（2 处，首见 a!A1）、2023 年（1 处，首见 a!A3），已取出现最多的 2024 年，请核对",
      "工作簿中未写部门名称，请填写",
    ]);
    expect(factNotes({ years: [], departments: [] }, { year: 2023, department: "某局" })).toEqual([
      "工作簿中未写年度，暂取 2023 年，请核对",
      "工作簿中未写部门名称，暂取“某局”",
    ]);
    const tie = workbookFacts([sheetFromRows("b", [["部门：甲局"], ["部门：乙局"], ["2024年度"]])]);
    expect(factNotes(tie, { year: 2024, department: "甲局" })).toEqual([
      "工作簿中写有不同的部门名称：“甲局”（1 处，首见 b!A1）、“乙局”（1 处，首见 b!A2），次数相同，已取最先写的“甲局”，请核对",
    ]);
  });
});
