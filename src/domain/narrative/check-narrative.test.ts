import { describe, expect, it } from "vitest";
import { seedInput } from "../testing/narrative";
import { checkNarrative, type NarrativeInput } from "./check-narrative";
import type { NarrativeFinding } from "./findings";
import type { Paragraph } from "./model";

const errors = (findings: readonly NarrativeFinding[]) => findings.filter((f) => f.severity === "error");
const ofRule = (findings: readonly NarrativeFinding[], rule: string) =>
  findings.filter((f) => f.rule === rule);

/** The sample with one paragraph's text replaced. */
function withText(role: string, text: string, subject?: string): NarrativeInput {
  const input = seedInput();
  for (const section of input.publication.narrative)
    section.paragraphs = section.paragraphs.map(
      (p): Paragraph =>
        p.role === role && (subject === undefined || p.subject === subject) ? { ...p, runs: [{ text }] } : p,
    );
  return input;
}

describe("figures typed with leading zeros", () => {
  it('are read as the amount they say, not a crash ("007.5", "00")', () => {
    const text = "2023 年度收、支总计均为 00 万元。与上年度相比，收、支总计各增加 007.50 万元，增长 21.28%。";
    const n1 = ofRule(checkNarrative(withText("一", text)), "N-1");
    expect(n1.map((f) => f.values?.left)).toEqual(["00", "007.50"]);
    expect(n1[0]?.values?.difference).toBe("-507.92");
  });
});

describe("表文一致 on the sample (CHECKS.md §7)", () => {
  const findings = checkNarrative(seedInput());

  it("finds exactly the three errors of §7: N-7, N-13 and N-19", () => {
    expect(errors(findings).map((f) => f.rule)).toEqual(["N-7", "N-13", "N-19"]);
  });

  it("N-7: 年初预算 118.83 stated while the items sum to 113.83", () => {
    const [n7] = ofRule(findings, "N-7");
    expect(n7?.values).toEqual({ left: "118.83", right: "113.83", difference: "5.00" });
    expect(n7?.place.section).toBe("五");
    // Every 年初预算 field it sums, so the finding can lead to them.
    expect(n7?.fields).toEqual(
      ["2010301", "2010350", "2080505", "2101101", "2101102", "2101103", "2150517", "2210201"].map(
        (code) => `年初预算·${code}`,
      ),
    );
  });

  it("N-7 after an edit of 05: the 完成率 over the printed 年初预算 is explained in words, not by a slot key", () => {
    const input = seedInput();
    input.workbook.apply([
      { kind: "set", table: "05", row: "合计", col: "小计", value: undefined },
      { kind: "set", table: "05", row: "合计", col: "基本支出", value: undefined },
      { kind: "set", table: "05", row: "2010301", col: "基本支出", value: "20" },
    ]);
    const rate = ofRule(checkNarrative(input), "N-7").find((f) => f.message.includes("427.43%"));
    expect(rate?.message).toContain("÷ 文中所列年初预算 118.83 × 100%");
    expect(rate?.message).not.toMatch(/五\.具体|\|/);
    expect(rate?.fields).toHaveLength(8);
    expect(rate?.fields.every((f) => f.startsWith("年初预算·"))).toBe(true);
  });

  it("N-13: 公务接待费 预算数 0.00 against 1 in 09, pointing at the cell", () => {
    const n13 = errors(ofRule(findings, "N-13"));
    expect(n13).toHaveLength(1);
    expect(n13[0]?.cells).toEqual([{ table: "09", row: "三公经费", col: "预算数·公务接待费" }]);
    expect(n13[0]?.values?.right).toBe("1.00");
  });

  it("N-19: 自评表 全年执行数 508.72 against 507.92", () => {
    const n19 = errors(ofRule(findings, "N-19"));
    expect(n19.map((f) => f.values)).toEqual([{ left: "508.72", right: "507.92", difference: "0.80" }]);
    expect(n19[0]?.cells).toEqual([{ table: "01", row: "本年支出合计", col: "决算数" }]);
  });

  it("N-9: the item names that differ from 05 (相关/机关, 公务员医疗)", () => {
    const rows = ofRule(findings, "N-9").map((f) => f.cells[0]?.row);
    expect(rows).toEqual(["20103", "20103", "2101103"]);
    expect(ofRule(findings, "N-9").every((f) => f.severity === "warning")).toBe(true);
  });

  it("N-9 marks the wrong name where it is typed: in a bold title, or in the text of an untitled item", () => {
    const input = seedInput();
    const marked = ofRule(findings, "N-9").map(({ place }) => {
      const section = input.publication.narrative.find((s) => s.id === place.section);
      const paragraph = section?.paragraphs[place.paragraph];
      const text = place.inTitle
        ? (paragraph?.title ?? "")
        : (paragraph?.runs.map((r) => ("text" in r ? r.text : "")).join("") ?? "");
      return [place.inTitle === true, text.slice(place.start, place.end)];
    });
    expect(marked).toEqual([
      [true, "政府办公厅（室）及相关机构事务"],
      [true, "政府办公厅（室）及相关机构事务"],
      [false, "公务员医疗"],
    ]);
  });

  it("N-10: 伙食补助费 listed although 06 30106 is blank, and nothing else", () => {
    const n10 = ofRule(findings, "N-10");
    expect(n10.map((f) => f.cells)).toEqual([[{ table: "06", row: "30106", col: "决算数" }]]);
    expect(n10[0]?.message).toContain("伙食补助费");
  });

  it("raises nothing on the rules CHECKS.md marks ✅ (N-1 … N-5, N-8, N-11, N-12, N-14, N-17)", () => {
    for (const rule of ["N-1", "N-2", "N-3", "N-4", "N-5", "N-8", "N-11", "N-12", "N-14", "N-17"])
      expect(ofRule(findings, rule), rule).toEqual([]);
  });

  it("reports rates printed over a base of 0 (三公 items, 政府采购) as 提示 only", () => {
    const zeroBase = findings.filter((f) => f.message.includes("基数为 0"));
    expect(zeroBase.length).toBeGreaterThan(0);
    expect(zeroBase.every((f) => f.severity === "warning")).toBe(true);
    expect(new Set(zeroBase.map((f) => f.rule))).toEqual(new Set(["N-13", "N-16"]));
  });

  it("lists 外交 0.00 as 不涉及的不列 and the 元 amounts of 十三, the 97.3 % and the chapter heading", () => {
    expect(ofRule(findings, "N-6").some((f) => f.message.includes("外交"))).toBe(true);
    expect(ofRule(findings, "N-18")).toHaveLength(4);
    expect(ofRule(findings, "N-22").some((f) => f.message.includes("97.3"))).toBe(true);
    expect(ofRule(findings, "N-21").map((f) => f.message)[0]).toContain("第三部分");
  });

  it("gives every finding a stable key, a place in the text and a Chinese message", () => {
    expect(new Set(findings.map((f) => f.key)).size).toBe(findings.length);
    for (const f of findings) {
      expect(f.message).toMatch(/[\u4e00-\u9fff]/);
      expect(f.place.end).toBeGreaterThanOrEqual(f.place.start);
    }
  });
});

describe("表文一致 on edited text", () => {
  it("a wrong typed figure is an error at its sentence (N-3)", () => {
    const input = withText(
      "三",
      "2023 年度支出合计 507.92 万元，其中：基本支出 140.37 万元，占 20.55%；项目支出 403.55 万元，占 79.45%。",
    );
    const [n3] = ofRule(checkNarrative(input), "N-3");
    expect(n3?.severity).toBe("error");
    expect(n3?.values).toEqual({ left: "140.37", right: "104.37", difference: "36.00" });
    expect(n3?.cells).toEqual([{ table: "03", row: "合计", col: "基本支出" }]);
    const paragraph = input.publication.narrative.find((s) => s.id === "三")?.paragraphs[0];
    const text = paragraph?.runs.map((r) => ("text" in r ? r.text : "")).join("") ?? "";
    expect(text.slice(n3?.place.start, n3?.place.end)).toBe("140.37");
  });

  it("a truncated share is a 提示, a wrongly rounded one an error", () => {
    // 104.37 ÷ 507.92 = 20.548…%: 20.55 rounded, 20.54 truncated, 20.56 wrong.
    const text = (share: string) =>
      `2023 年度支出合计 507.92 万元，其中：基本支出 104.37 万元，占 ${share}%；项目支出 403.55 万元，占 79.45%。`;
    expect(ofRule(checkNarrative(withText("三", text("20.55"))), "N-3")).toEqual([]);
    expect(ofRule(checkNarrative(withText("三", text("20.54"))), "N-3").map((f) => f.severity)).toEqual([
      "warning",
    ]);
    expect(ofRule(checkNarrative(withText("三", text("20.56"))), "N-3").map((f) => f.severity)).toEqual([
      "error",
    ]);
  });

  it("N-8: a 项 of 05 that the text leaves out is reported", () => {
    const input = seedInput();
    const five = input.publication.narrative.find((s) => s.id === "五");
    if (five) five.paragraphs = five.paragraphs.filter((p) => p.subject !== "2210201");
    const n8 = ofRule(checkNarrative(input), "N-8");
    expect(n8.map((f) => f.cells[0]?.row)).toEqual(["2210201"]);
  });

  it("N-11: saying 没有 while 07 has figures is an error", () => {
    const input = seedInput();
    input.workbook.apply([
      {
        kind: "putRow",
        table: "07",
        row: "229",
        snapshot: { name: "其他支出", cells: { 基本支出: "1.00" } },
      },
    ]);
    expect(ofRule(checkNarrative(input), "N-11").map((f) => f.severity)).toEqual(["error"]);
  });

  it("a figure typed in the text follows no edit, and is reported once the table changes", () => {
    const input = seedInput();
    expect(ofRule(checkNarrative(input), "N-12")).toEqual([]);
    input.workbook.apply([
      { kind: "set", table: "09", row: "三公经费", col: "决算数·公务接待费", value: "0.50" },
    ]);
    const n12 = ofRule(checkNarrative(input), "N-12");
    expect(n12.map((f) => f.values?.right)).toEqual(["0.50", "12.50"]);
  });
});
