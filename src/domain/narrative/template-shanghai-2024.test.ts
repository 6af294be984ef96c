/**
 * 生成情况说明 on 上海 2024/2025 documents: the template's sentences with live figures, "无…" for an empty
 * table, and text the N-rules find consistent.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { JuesuanDocument } from "../document/model";
import { arbDocument, blankDocument, withTables } from "../testing/documents";
import { fullDocument } from "../testing/full-document";
import { Workbook } from "../workbook/workbook";
import { checkNarrative, narrativeContext } from "./check-narrative";
import { evaluateFigure, leafRows } from "./figures";
import { generateNarrative, REASON_PLACEHOLDER } from "./generate";
import { isFigureRun, type NarrativeSection, paragraphText } from "./model";
import { startingPublication } from "./publication-template";
import { type SupplementValues, supplementFields } from "./supplement";

const R = REASON_PLACEHOLDER;

function publicationOf(doc: JuesuanDocument) {
  const { template, year, department } = doc.meta;
  return startingPublication({ templateId: template, year, department });
}

/** The generated text of a section, one line per paragraph (list titles before their paragraph). */
function generate(doc: JuesuanDocument, supplement: SupplementValues = {}) {
  const ctx = narrativeContext({ publication: publicationOf(doc), workbook: new Workbook(doc), supplement });
  const narrative = generateNarrative(ctx);
  return (id: string) =>
    (narrative.find((s) => s.id === id)?.paragraphs ?? []).map(
      (p) => `${p.title ?? ""}${paragraphText(p, (run) => evaluateFigure(run.figure, ctx).text ?? "—")}`,
    );
}

const NAMES_05 = {
  "201": "一般公共服务支出",
  "20103": "政府办公厅（室）及相关机构事务",
  "2010301": "行政运行",
  "2010302": "一般行政管理事务",
};

/** A new 上海 document with a few typed figures: 500.00 of 一般公共预算 spending, 三公 under budget, no 07/08. */
function shanghai(template = "shanghai-2024"): JuesuanDocument {
  const blank = blankDocument(template);
  blank.meta = { ...blank.meta, year: 2024, department: "上海市测试局" };
  const doc = withTables(blank, {
    "01": { 一般公共预算财政拨款收入: { 决算数: "500.00" }, "201": { 决算数: "500.00" } },
    "02": { "201": {}, "20103": {}, "2010301": { 财政拨款收入: "500.00" } },
    "03": { "201": {}, "20103": {}, "2010301": { 基本支出: "300.00", 项目支出: "200.00" } },
    "04": { 一般公共预算财政拨款: { 金额: "500.00" }, "201": { 一般公共预算财政拨款: "500.00" } },
    "05": {
      "201": {},
      "20103": {},
      "2010301": { 基本支出: "300.00", 项目支出: "150.00" },
      "2010302": { 项目支出: "50.00" },
    },
    "09": {
      三公经费: {
        "预算数·因公出国（境）费": "4.00",
        "决算数·因公出国（境）费": "3.00",
        预算数·公务用车购置及运行维护费·公务用车购置费: "0.00",
        决算数·公务用车购置及运行维护费·公务用车购置费: "0.00",
        预算数·公务用车购置及运行维护费·公务用车运行维护费: "4.00",
        决算数·公务用车购置及运行维护费·公务用车运行维护费: "4.00",
        预算数·公务接待费: "2.00",
        决算数·公务接待费: "1.00",
      },
    },
  });
  const t05 = doc.tables["05"];
  if (t05) t05.names = NAMES_05;
  return doc;
}

/** Every 补充数据 field of the template entered (counts and amounts alike, distinct per field). */
function everyField(doc: JuesuanDocument): Record<string, string> {
  const workbook = new Workbook(doc);
  const values: Record<string, string> = {};
  supplementFields(doc.meta.template).forEach((field, index) => {
    if (field.perRow)
      for (const row of leafRows(workbook, field.perRow.table))
        values[`${field.key}·${row}`] = `${index + 100}`;
    else values[field.key] = field.kind === "count" ? `${index}` : `${index * 3}.25`;
  });
  return values;
}

describe("上海 2024/2025 情况说明", () => {
  it("writes 一 … 十一 with the 上海 template's titles, on both 上海 layouts", () => {
    for (const template of ["shanghai-2024", "shanghai-2024-24"]) {
      const doc = shanghai(template);
      const ctx = narrativeContext({
        publication: publicationOf(doc),
        workbook: new Workbook(doc),
        supplement: {},
      });
      expect(generateNarrative(ctx).map((s) => `${s.id}、${s.title}`)).toEqual([
        "一、收入支出决算总体情况说明",
        "二、收入决算情况说明",
        "三、支出决算情况说明",
        "四、财政拨款收入支出决算总体情况说明",
        "五、一般公共预算财政拨款支出决算情况说明",
        "六、一般公共预算财政拨款基本支出决算情况说明",
        "七、财政拨款“三公”经费支出决算情况说明",
        "八、政府性基金预算财政拨款收入支出决算情况说明",
        "九、国有资本经营预算财政拨款收入支出决算情况说明",
        "十、预算绩效管理情况",
        "十一、其他重要事项的情况说明",
      ]);
    }
  });

  it("一: the department's 收入支出总计 against last year's, with the reason to write", () => {
    expect(generate(shanghai(), { 上年收支总计: "400" })("一")).toEqual([
      `上海市测试局 2024 年度收入支出总计 500.00 万元。与 2023 年度相比，收入支出总计增加 100.00 万元，增长 25.00%。主要原因：${R}。`,
    ]);
    expect(generate(shanghai(), { 上年收支总计: "500" })("一")).toEqual([
      "上海市测试局 2024 年度收入支出总计 500.00 万元。与 2023 年度相比，收入支出总计持平。",
    ]);
  });

  it("二, 三: 本年收入/支出合计 with each source's share (不涉及的不列)", () => {
    const text = generate(shanghai());
    expect(text("二")).toEqual(["本年收入合计 500.00 万元，其中：财政拨款收入 500.00 万元，占 100.00%。"]);
    expect(text("三")).toEqual([
      "本年支出合计 500.00 万元，其中：基本支出 300.00 万元，占 60.00%；项目支出 200.00 万元，占 40.00%。",
    ]);
  });

  it("五: 总体 持平 with last year, 结构 by 类, 具体 per 项 with the 预算 difference to explain", () => {
    const text = generate(shanghai(), {
      上年一般公共预算财政拨款支出: "500",
      年初预算·2010301: "400",
      年初预算·2010302: "50",
    });
    expect(text("五")).toEqual([
      "（一）一般公共预算财政拨款支出决算总体情况",
      "一般公共预算财政拨款支出 500.00 万元，占本年支出合计的 100.00%。与 2023 年度相比，一般公共预算财政拨款支出持平。",
      "（二）一般公共预算财政拨款支出决算结构情况",
      "一般公共预算财政拨款支出 500.00 万元，主要用于以下方面：一般公共服务支出（类） 500.00 万元，占 100.00%。",
      "（三）一般公共预算财政拨款支出决算具体情况",
      `一般公共预算财政拨款支出年初预算为 450.00 万元，支出决算为 500.00 万元，完成年初预算的 111.11%。决算数大于预算数的主要原因：${R}。其中：`,
      `1、一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）。主要用于：（请填写主要用途）。年初预算为 400.00 万元，支出决算为 450.00 万元。决算数大于预算数的主要原因：${R}。`,
      "2、一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）一般行政管理事务（项）。主要用于：（请填写主要用途）。年初预算为 50.00 万元，支出决算为 50.00 万元。决算数与预算数持平。",
    ]);
  });

  it("七: 三公 against 预算 and against last year, each item's change and the reasons to write", () => {
    const text = generate(shanghai(), {
      上年三公经费: "8.00",
      "上年三公·因公出国（境）费": "2.00",
      上年三公·公务用车购置及运行维护费: "5.00",
      上年三公·公务接待费: "1.00",
    });
    expect(text("七").slice(0, 3)).toEqual([
      "（一）“三公”经费财政拨款支出决算总体情况说明。",
      `“三公”经费财政拨款支出年初预算为 10.00 万元，支出决算为 8.00 万元，完成预算的 80.00%，其中：因公出国（境）费支出决算为 3.00 万元，完成预算的 75.00%；公务用车购置及运行维护费支出决算为 4.00 万元，完成预算的 100.00%；公务接待费支出决算为 1.00 万元，完成预算的 50.00%。2024 年度“三公”经费支出决算数小于预算数的主要原因：${R}。`,
      `2024 年度“三公”经费财政拨款支出决算数与 2023 年度持平，其中：因公出国（境）费支出决算增加 1.00 万元，增长 50.00%；公务用车购置及运行维护费支出决算减少 1.00 万元，下降 20.00%；公务接待费支出决算持平。因公出国（境）费支出变动的主要原因是${R}。公务用车购置及运行维护费支出变动的主要原因是${R}。`,
    ]);
    expect(text("七")).toContain(
      "“三公”经费财政拨款支出决算中，因公出国（境）费支出决算 3.00 万元，占 37.50%；公务用车购置及运行维护费支出决算 4.00 万元，占 50.00%；公务接待费支出决算 1.00 万元，占 12.50%。具体情况如下：",
    );
  });

  it("七: leaves out the comparison with last year until its 上年数 are entered", () => {
    expect(generate(shanghai())("七").some((line) => line.includes("2023 年度"))).toBe(false);
  });

  it("七, 八, 九: the template's “无…” sentence for an empty table, and nothing else of the section", () => {
    const text = generate(shanghai());
    expect(text("八")).toEqual(["上海市测试局 2024 年度无政府性基金预算财政拨款收入和支出。"]);
    expect(text("九")).toEqual(["上海市测试局 2024 年度无国有资本经营预算财政拨款收入和支出。"]);
    const doc = shanghai();
    delete doc.tables["09"]?.rows.三公经费;
    expect(generate(doc)("七")).toEqual(["上海市测试局 2024 年度无“三公”经费财政拨款支出。"]);
  });

  it("八: 07's 收入 and 支出, then each 项 with its 年初预算", () => {
    const doc = withTables(shanghai(), {
      "07": { "229": {}, "22960": {}, "2296002": { 本年收入: "3.00", 项目支出: "2.50" } },
    });
    const t07 = doc.tables["07"];
    if (t07)
      t07.names = {
        "229": "其他支出",
        "22960": "彩票公益金安排的支出",
        "2296002": "用于社会福利的彩票公益金支出",
      };
    expect(generate(doc, { 基金年初预算·2296002: "2.00" })("八")).toEqual([
      "政府性基金预算财政拨款收入 3.00 万元，支出 2.50 万元，支出具体情况如下：",
      `1、其他支出（类）彩票公益金安排的支出（款）用于社会福利的彩票公益金支出（项）。主要用于：（请填写主要用途）。年初预算为 2.00 万元，支出决算为 2.50 万元。决算数大于预算数的主要原因：${R}。`,
    ]);
  });

  it("a changed table cell changes the generated figure", () => {
    const doc = shanghai();
    const row = doc.tables["05"]?.rows["2010302"];
    if (row) row.项目支出 = "150.00";
    expect(generate(doc)("五")[1]).toBe("一般公共预算财政拨款支出 600.00 万元，占本年支出合计的 120.00%。");
  });

  it("第一部分 starts with the 上海 headings; 2023 keeps its own", () => {
    const heads = (templateId: string) =>
      startingPublication({ templateId, year: 2024, department: "测试局" }).overview.map((p) => p.runs[0]);
    expect(heads("shanghai-2024")).toEqual([{ text: "一、主要职能" }, { text: "二、部门决算单位构成" }]);
    expect(heads("shanghai-2024-24")).toEqual(heads("shanghai-2024"));
    expect(heads("2023")).toEqual([{ text: "一、测试局部门职责" }, { text: "二、机构设置" }]);
  });

  it("generated text is consistent: no error on full 上海 documents, with 补充数据 blank or entered", () => {
    for (const template of ["shanghai-2024", "shanghai-2024-24"])
      for (const seed of [1, 2, 3, 4]) {
        const doc = fullDocument(template, { seed });
        for (const supplement of [{}, everyField(doc)]) {
          const input = { publication: publicationOf(doc), workbook: new Workbook(doc), supplement };
          const narrative = generateNarrative(narrativeContext(input));
          const findings = checkNarrative({ ...input, publication: { ...input.publication, narrative } });
          expect(findings.filter((f) => f.severity === "error")).toEqual([]);
          // Blank 补充数据 are 提示 (warnings) only; entered, they leave nothing to report.
          if (supplement === input.supplement && Object.keys(supplement).length > 0)
            expect(findings).toEqual([]);
        }
      }
  });

  it("property: generated text is consistent with every random 上海 document and prints every figure", () => {
    fc.assert(
      fc.property(arbDocument({ templates: ["shanghai-2024", "shanghai-2024-24"], maxRows: 6 }), (doc) => {
        const workbook = new Workbook(doc);
        const input = { publication: publicationOf(doc), workbook, supplement: everyField(doc) };
        const narrative = generateNarrative(narrativeContext(input));
        const findings = checkNarrative({ ...input, publication: { ...input.publication, narrative } });
        expect(findings.filter((f) => f.severity === "error")).toEqual([]);
        for (const p of narrative.flatMap((section) => section.paragraphs))
          for (const run of p.runs.filter(isFigureRun))
            expect(
              evaluateFigure(run.figure, { workbook, supplement: input.supplement }).text,
            ).not.toBeNull();
      }),
      { numRuns: 15 },
    );
  });

  it("checks the new slots: a typed figure that disagrees with its table is an error of its rule", () => {
    const doc = shanghai();
    const input = {
      publication: publicationOf(doc),
      workbook: new Workbook(doc),
      supplement: everyField(doc),
    };
    const narrative = generateNarrative(narrativeContext(input));
    const typed = (id: string, text: string, role = id): NarrativeSection[] =>
      narrative.map((s) => (s.id === id ? { ...s, paragraphs: [{ role, runs: [{ text }] }] } : s));
    const errors = (sections: NarrativeSection[]) =>
      checkNarrative({ ...input, publication: { ...input.publication, narrative: sections } })
        .filter((f) => f.severity === "error")
        .map((f) => f.rule);
    expect(errors(narrative)).toEqual([]);
    expect(errors(typed("一", "上海市测试局 2024 年度收入支出总计 501.00 万元。"))).toEqual(["N-1"]);
    expect(errors(typed("三", "本年支出合计 500.00 万元，其中：基本支出 300.00 万元，占 61.00%。"))).toEqual([
      "N-3",
    ]);
    // 07 is empty: its 收入 and 支出 disagree with it, and so does stating them at all (2023's 七 rule).
    expect(errors(typed("八", "政府性基金预算财政拨款收入 3.00 万元，支出 2.50 万元。", "八.收支"))).toEqual([
      "N-11",
      "N-11",
      "N-11",
    ]);
    const sangong = "“三公”经费财政拨款支出年初预算为 10.00 万元，支出决算为 8.00 万元，完成预算的 81.00%。";
    expect(errors(typed("七", sangong, "七.总体"))).toEqual(["N-12"]);
  });
});
