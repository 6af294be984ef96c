/**
 * 生成情况说明 on a new, half-filled document: every standard sentence says what the figures say. "均为" only
 * for equal totals, "持平" for an equal 预算/决算 (no reason asked), no share of 0, no "其中：" before
 * nothing, and a change against last year whenever the 上年数 is entered.
 */
import { describe, expect, it } from "vitest";
import type { JuesuanDocument } from "../document/model";
import { blankDocument, withTables } from "../testing/documents";
import { seedInput } from "../testing/narrative";
import { Workbook } from "../workbook/workbook";
import { narrativeContext } from "./check-narrative";
import { evaluateFigure } from "./figures";
import { generateNarrative, REASON_PLACEHOLDER } from "./generate";
import { paragraphText } from "./model";
import type { SupplementValues } from "./supplement";

/** The generated text of a section, one line per paragraph (list titles before their paragraph). */
function generate(doc: JuesuanDocument, supplement: SupplementValues = {}) {
  const sample = seedInput();
  const ctx = narrativeContext({ ...sample, workbook: new Workbook(doc), supplement });
  const narrative = generateNarrative(ctx);
  return (id: string) =>
    (narrative.find((s) => s.id === id)?.paragraphs ?? [])
      .filter((p) => !p.heading)
      .map(
        (p) => `${p.title ?? ""}${paragraphText(p, (run) => evaluateFigure(run.figure, ctx).text ?? "—")}`,
      );
}

/** Only 03 and 05 typed, as the reviewer's new document: 支出 500.00, 收入 blank. */
const spendingOnly = withTables(blankDocument(), {
  "03": { "201": {}, "20103": {}, "2010301": { 基本支出: "500.00" } },
  "05": { "201": {}, "20103": {}, "2010301": { 基本支出: "500.00" } },
});

describe("收、支总计 (一, 四)", () => {
  it("states both totals when 收入总计 and 支出总计 differ, never 均为", () => {
    const text = generate(spendingOnly);
    expect(text("一")).toEqual(["2023 年度收入总计 0.00 万元，支出总计 500.00 万元。"]);
    expect(text("四")).toEqual(["2023 年度财政拨款收入总计 0.00 万元，财政拨款支出总计 500.00 万元。"]);
  });

  it("compares each total with last year's, also a total of 0 (下降 100.00%)", () => {
    const text = generate(spendingOnly, { 上年收支总计: "400", 上年财政拨款收支总计: "500.00" });
    expect(text("一")).toEqual([
      `2023 年度收入总计 0.00 万元，支出总计 500.00 万元。与上年度相比，收入总计减少 400.00 万元，下降 100.00%；支出总计增加 100.00 万元，增长 25.00%。主要原因是${REASON_PLACEHOLDER}。`,
    ]);
    expect(text("四")[0]).toContain(
      "与上年度相比，财政拨款收入总计减少 500.00 万元，下降 100.00%；财政拨款支出总计持平。主要原因是",
    );
  });

  it("says 均为 for equal totals, and 持平 with no reason when last year's equals them", () => {
    const equal = withTables(spendingOnly, { "04": { 一般公共预算财政拨款: { 金额: "500.00" } } });
    const text = generate(equal, { 上年收支总计: "500" });
    expect(text("一")).toEqual(["2023 年度收、支总计均为 500.00 万元。与上年度相比，收、支总计持平。"]);
  });

  it("states a change over a 上年数 of 0 without a rate, and none over a blank one", () => {
    const equal = withTables(spendingOnly, { "04": { 一般公共预算财政拨款: { 金额: "500.00" } } });
    expect(generate(equal, { 上年收支总计: "0" })("一")).toEqual([
      `2023 年度收、支总计均为 500.00 万元。与上年度相比，收、支总计各增加 500.00 万元。主要原因是${REASON_PLACEHOLDER}。`,
    ]);
    expect(generate(equal)("一")).toEqual(["2023 年度收、支总计均为 500.00 万元。"]);
  });
});

describe("五、一般公共预算财政拨款支出", () => {
  const noFive = withTables(blankDocument(), {
    "03": { "201": {}, "20103": {}, "2010301": { 基本支出: "500.00" } },
  });

  it("gives no share of a 支出 of 0 (no “占支出合计的 0.00%”)", () => {
    expect(generate(noFive)("五")[0]).toBe("2023 年度一般公共预算财政拨款支出 0.00 万元。");
  });

  it("compares a 支出 of 0 with last year's entered one", () => {
    expect(generate(noFive, { 上年一般公共预算财政拨款支出: "100" })("五")[0]).toBe(
      `2023 年度一般公共预算财政拨款支出 0.00 万元。与上年度相比，一般公共预算财政拨款支出减少 100.00 万元，下降 100.00%。主要原因是${REASON_PLACEHOLDER}。`,
    );
  });

  it("writes “其中：” only before 项 that follow", () => {
    expect(generate(noFive)("五")[2]).toBe(
      "2023 年度一般公共预算财政拨款支出年初预算为 0.00 万元，支出决算为 0.00 万元。",
    );
    expect(generate(spendingOnly, { 年初预算·2010301: "400" })("五")[2]).toMatch(
      /完成年初预算的 125\.00%。其中：$/,
    );
  });

  it("says 持平 for a 项 spent as budgeted, and asks a reason only for a difference", () => {
    const items = withTables(spendingOnly, { "05": { "2010302": { 项目支出: "30.00" } } });
    const text = generate(items, { 年初预算·2010301: "500.00", 年初预算·2010302: "20" })("五");
    // The 项 paragraphs after their title (the test document names no 科目).
    expect(text.slice(3).map((line) => line.replace(/^\d\. （类）（款）（项）。/, ""))).toEqual([
      "年初预算为 500.00 万元，支出决算为 500.00 万元，完成年初预算的 100.00%。决算数与年初预算数持平。",
      `年初预算为 20.00 万元，支出决算为 30.00 万元，完成年初预算的 150.00%。决算数与年初预算数存在差异的主要原因是${REASON_PLACEHOLDER}。`,
    ]);
  });
});

describe("九、“三公”经费", () => {
  it("says 持平 for a 预算 and 决算 both 0, for the total and each item, with no rate or share", () => {
    const text = generate(spendingOnly)("九");
    expect(text[0]).toBe(
      "2023 年度“三公”经费财政拨款支出预算为 0.00 万元，支出决算为 0.00 万元。2023 年度“三公”经费支出决算数与预算数持平。",
    );
    expect(
      text.filter((line) => /^\d\. /.test(line)).every((line) => line.endsWith("决算数与预算数持平。")),
    ).toBe(true);
    expect(text.join("\n")).not.toMatch(/0\.00%|请填写原因/);
  });

  it("gives no share for an item of 0 of a total that is not, and asks a reason for a difference", () => {
    const spent = withTables(spendingOnly, {
      "09": { 三公经费: { 预算数·合计: "4.00", 决算数·合计: "3.00", 决算数·公务接待费: "3.00" } },
    });
    const text = generate(spent)("九");
    expect(text[0]).toBe(
      `2023 年度“三公”经费财政拨款支出预算为 4.00 万元，支出决算为 3.00 万元，完成预算的 75.00%。2023 年度“三公”经费支出决算数与预算数存在差异的主要原因是${REASON_PLACEHOLDER}。`,
    );
    expect(text[1]).toBe(
      "2023 年度“三公”经费财政拨款支出决算中，因公出国（境）费支出决算 0.00 万元；公务用车购置及运行费支出决算 0.00 万元；公务接待费支出决算 3.00 万元，占 100.00%。具体情况如下：",
    );
  });
});

describe("十一、政府采购", () => {
  it("gives no share of a 中小企业 amount of 0", () => {
    const supplement = {
      政府采购货物: "100",
      政府采购工程: "0",
      政府采购服务: "0",
      授予中小企业: "0",
      授予小微企业: "0",
    };
    expect(generate(spendingOnly, supplement)("十一")).toEqual([
      "2023 年度政府采购支出总额 100.00 万元，其中：政府采购货物支出 100.00 万元、政府采购工程支出 0.00 万元、政府采购服务支出 0.00 万元。授予中小企业合同金额 0.00 万元，其中：授予小微企业合同金额 0.00 万元。",
    ]);
  });
});

describe("the sample", () => {
  const input = seedInput();
  const ctx = narrativeContext(input);
  const narrative = generateNarrative(ctx);
  const text = (id: string) =>
    (narrative.find((s) => s.id === id)?.paragraphs ?? []).map(
      (p) => `${p.title ?? ""}${paragraphText(p, (run) => evaluateFigure(run.figure, ctx).text ?? "—")}`,
    );

  it("keeps its wording where its figures differ, and says 持平 for its 因公出国 budget and spending of 0", () => {
    expect(text("四")).toEqual([
      `2023 年度财政拨款收、支总计均为 507.92 万元。与上年度相比，财政拨款收、支总计各增加 89.11 万元，增长 21.28%。主要原因是${REASON_PLACEHOLDER}。`,
    ]);
    expect(text("五")[1]).toBe(
      `2023 年度一般公共预算财政拨款支出 507.92 万元，占支出合计的 100.00%。与上年度相比，一般公共预算财政拨款支出增加 89.11 万元，增长 21.28%。主要原因是${REASON_PLACEHOLDER}。`,
    );
    expect(text("五")[5]).toMatch(/完成年初预算的 446\.21%。其中：$/);
    const three = text("九");
    expect(three[1]).toBe(
      `2023 年度“三公”经费财政拨款支出预算为 4.00 万元，支出决算为 0.00 万元，完成预算的 0.00%。2023 年度“三公”经费支出决算数与预算数存在差异的主要原因是${REASON_PLACEHOLDER}。`,
    );
    expect(three[4]).toBe(
      "1. 因公出国（境）费预算数为 0.00 万元，支出决算为 0.00 万元。决算数与预算数持平。",
    );
    expect(three[6]).toBe(
      `2. 公务用车购置及运行费预算数为 3.00 万元，支出决算为 0.00 万元，完成预算的 0.00%。决算数与预算数存在差异的主要原因是${REASON_PLACEHOLDER}。`,
    );
  });
});
