/** 生成情况说明 over blank 补充数据 and over an empty document: no made-up facts, no empty lists. */
import { describe, expect, it } from "vitest";
import { blankDocument } from "../testing/documents";
import { seedInput } from "../testing/narrative";
import { Workbook } from "../workbook/workbook";
import { checkNarrative, type NarrativeInput, narrativeContext } from "./check-narrative";
import { evaluateFigure } from "./figures";
import { generateNarrative } from "./generate";
import { type NarrativeSection, paragraphText } from "./model";

function generated(input: NarrativeInput) {
  const ctx = narrativeContext(input);
  const narrative = generateNarrative(ctx);
  const text = (id: string) =>
    (narrative.find((s: NarrativeSection) => s.id === id)?.paragraphs ?? [])
      .map((p) => `${p.title ?? ""}${paragraphText(p, (run) => evaluateFigure(run.figure, ctx).text ?? "—")}`)
      .join("\n");
  const findings = checkNarrative({ ...input, publication: { ...input.publication, narrative } });
  return { narrative, text, findings };
}

describe("生成情况说明 with blank 补充数据", () => {
  const sample = seedInput();
  const { text, findings } = generated({ ...sample, supplement: {} });

  it("writes no 年初预算 of 0.00: a placeholder, and no 完成率 over the blank budget", () => {
    const five = text("五");
    expect(five).not.toMatch(/年初预算为 0\.00/);
    expect(five).toContain(
      "年度一般公共预算财政拨款支出年初预算为 （请在补充数据中填写年初预算） 万元，支出决算为 507.92 万元。其中：",
    );
    expect(five).toContain(
      "年初预算为 （请在补充数据中填写年初预算） 万元，支出决算为 17.11 万元。决算数与年初预算数存在差异的主要原因是",
    );
    expect(five).not.toContain("完成年初预算的");
    // No change against a blank 上年数 either.
    expect(text("一")).toBe("2023 年度收、支总计均为 507.92 万元。");
  });

  it("does not claim 没有机关运行经费 for a blank field; it does for an entered 0", () => {
    expect(text("十")).toBe("（请在补充数据中填写机关运行经费支出）");
    expect(findings.some((f) => f.rule === "N-15" && f.message.includes("没有机关运行经费"))).toBe(false);
    const zero = generated({ ...sample, supplement: { 机关运行经费: "0.00" } });
    expect(zero.text("十")).toBe("我单位不是行政机关，也不是参照公务员管理事业单位，没有机关运行经费支出。");
  });

  it("writes 十一 and 十二 as one placeholder naming the fields, not 0.00 万元 and 0 辆", () => {
    expect(text("十一")).toBe(
      "（请在补充数据中填写政府采购货物支出、政府采购工程支出、政府采购服务支出、授予中小企业合同金额、其中授予小微企业合同金额）",
    );
    expect(text("十二")).toMatch(
      /^（请在补充数据中填写省级领导干部用车、.*、单位价值 100 万元（含）以上设备）$/,
    );
    expect(text("九")).not.toMatch(/ 0 (?:辆|个|台|人次)/);
    expect(text("九")).toContain("保有量为 （请在补充数据中填写期末公务用车保有量） 辆");
  });

  it("states 公务用车 预算 3.00 from 09's blank 小计, as its formula gives it", () => {
    expect(text("九")).toContain("2. 公务用车购置及运行费预算数为 3.00 万元");
  });

  it("gives one 提示 per placeholder, naming its blank fields and leading to them, no error", () => {
    const missing = findings.filter((f) => f.message.includes("未填写"));
    expect(missing.every((f) => f.severity === "warning")).toBe(true);
    // The 附件 keeps the sample's own mistakes (N-19); the generated text has no error.
    expect(findings.filter((f) => f.severity === "error" && f.place.section !== "附件")).toEqual([]);
    const of = (section: string) => missing.filter((f) => f.place.section === section);
    expect(of("十").map((f) => [f.rule, f.fields])).toEqual([["N-15", ["机关运行经费"]]]);
    expect(of("十一").map((f) => f.message)).toEqual([
      "十一、补充数据“政府采购货物支出”、“政府采购工程支出”、“政府采购服务支出”等 5 项未填写：请在补充数据中填写（空白不是 0）",
    ]);
    expect(of("十一")[0]?.fields).toEqual([
      "政府采购货物",
      "政府采购工程",
      "政府采购服务",
      "授予中小企业",
      "授予小微企业",
    ]);
    expect(of("十二")).toHaveLength(1);
    expect(of("十二")[0]?.fields).toHaveLength(9);
    const keys = missing.map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("reports a live figure that reads a blank field (text generated before the field was cleared)", () => {
    const full = generated(sample);
    const cleared = { ...sample.supplement, 年初预算·2010301: "" };
    const findings = checkNarrative({
      ...sample,
      supplement: cleared,
      publication: { ...sample.publication, narrative: full.narrative },
    });
    // Once, where the 年初预算 are summed (五(三)), not again in the 项's own paragraph. (The sample leaves
    // 机关运行经费 blank: its 十 is generated as a placeholder.)
    const missing = findings.filter((f) => f.message.includes("未填写"));
    expect(missing.map((f) => [f.place.section, f.place.paragraph, f.fields])).toEqual([
      ["五", 5, ["年初预算·2010301"]],
      ["十", 0, ["机关运行经费"]],
    ]);
    expect(missing[0]?.message).toBe(
      "五、补充数据“年初预算（一般公共预算财政拨款，按项）”有 1 项未填写：请在补充数据中填写（空白不是 0）",
    );
  });

  it("reports the blank 年初预算 of every 项 once, with each of their fields", () => {
    const budget = findings.filter((f) => f.message.includes("年初预算（"));
    expect(budget).toHaveLength(1);
    expect(budget[0]?.fields).toHaveLength(8);
  });
});

describe("生成情况说明 for an empty document", () => {
  const workbook = new Workbook(blankDocument());
  const sample = seedInput();
  const { narrative, text, findings } = generated({ ...sample, workbook, supplement: {} });

  it("leaves out empty lists with their lead-in: no “其中：。” or “以下方面：。”", () => {
    const all = narrative.map((s) => text(s.id)).join("\n");
    expect(all).not.toMatch(/[：，、；]。|：；/);
    expect(text("二")).toBe("2023 年度收入合计 0.00 万元。");
    expect(text("六")).toBe(
      "2023 年度一般公共预算财政拨款基本支出 0.00 万元。其中：人员经费 0.00 万元；公用经费 0.00 万元。",
    );
  });

  it("reports no 明细 or 类 with an empty name, also for an empty list typed by hand", () => {
    expect(findings.filter((f) => /“”/.test(f.message))).toEqual([]);
    const typed = narrative.map((s) =>
      s.id === "六"
        ? {
            ...s,
            paragraphs: [
              {
                role: "六",
                runs: [{ text: "其中：人员经费 0.00 万元，主要包括：；公用经费 0.00 万元，主要包括：。" }],
              },
            ],
          }
        : s,
    );
    const checked = checkNarrative({
      ...sample,
      workbook,
      supplement: {},
      publication: { ...sample.publication, narrative: typed },
    });
    expect(checked.filter((f) => f.place.section === "六")).toEqual([]);
  });
});
