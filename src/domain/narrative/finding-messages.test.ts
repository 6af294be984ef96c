/** What a 表文一致 finding says: findings that differ read differently, quotes are whole and not doubled. */
import { describe, expect, it } from "vitest";
import { seedInput } from "../testing/narrative";
import { checkNarrative } from "./check-narrative";
import type { Paragraph } from "./model";
import { excerpt, quote } from "./quote";

const findings = checkNarrative(seedInput());
const messages = (rule: string) => findings.filter((f) => f.rule === rule).map((f) => f.message);

describe("表文一致 messages on the sample", () => {
  it("N-9: the two items with the same wrong 款 name say which item they are about", () => {
    expect(messages("N-9")).toEqual([
      "五、（三）第 1 项（2010301）科目名称“政府办公厅（室）及相关机构事务”与05表 20103“政府办公厅（室）及机关机构事务”不一致",
      "五、（三）第 2 项（2010350）科目名称“政府办公厅（室）及相关机构事务”与05表 20103“政府办公厅（室）及机关机构事务”不一致",
      "五、（三）第 6 项（2101103）科目名称“公务员医疗”与05表 2101103“公务员医疗保险”不一致",
    ]);
  });

  it("N-15 names each row by its own name: only 2010301 is 行政运行", () => {
    expect(messages("N-15")).toEqual([
      "十、文中说没有机关运行经费，但05表以下科目有基本支出：2010301 行政运行、2101101 行政单位医疗、2210201 住房公积金",
    ]);
  });

  it("N-18: the three 元 amounts of 十三 read differently, each quoted with what precedes it", () => {
    const units = messages("N-18").filter((m) => m.includes("5079200"));
    expect(units).toHaveLength(3);
    expect(new Set(units).size).toBe(3);
  });

  it("N-20: an indicator name with quotes of its own is quoted once, its quotes nested as ‘’", () => {
    const control = messages("N-20").find((m) => m.includes("三公经费"));
    expect(control).toMatch(/^附件自评表“‘三公经费’控制率”实际完成值/);
    expect(findings.every((f) => !/““|””/.test(f.message))).toBe(true);
  });
});

describe("quoting a figure in its sentence", () => {
  it("does not start inside a number: “…023 年度” is cut back to a whole word", () => {
    const input = seedInput();
    for (const section of input.publication.narrative)
      section.paragraphs = section.paragraphs.map(
        (p): Paragraph =>
          p.role === "一" ? { ...p, runs: [{ text: "2023 年度收、支总计均为 600.00 万元。" }] } : p,
      );
    const [n1] = checkNarrative(input).filter((f) => f.rule === "N-1");
    expect(n1?.message).toMatch(/^一、文中“…年度收、支总计均为 600\.00”与/);
  });

  it("excerpt moves past a cut number and punctuation; quote nests inner quotes", () => {
    expect(excerpt("合计 12345.67 万元，其中 8.00", 18, 22, 12)).toBe("…万元，其中 8.00");
    expect(excerpt("abc 2023 年度", 9, 11, 4)).toBe("…年度");
    expect(excerpt("短句 1.00", 3, 7)).toBe("短句 1.00");
    expect(quote("“三公经费”控制率")).toBe("“‘三公经费’控制率”");
    expect(excerpt("年度“三公”经费支出预算为 0.01", 14, 18, 11)).toBe("…经费支出预算为 0.01");
  });
});
