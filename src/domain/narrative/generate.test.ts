import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbDocument } from "../testing/documents";
import { seedInput } from "../testing/narrative";
import { Workbook } from "../workbook/workbook";
import { checkNarrative, narrativeContext } from "./check-narrative";
import { evaluateFigure, type FigureContext } from "./figures";
import { generateNarrative } from "./generate";
import { isFigureRun, type NarrativeSection, paragraphText } from "./model";
import { SEED_PUBLICATION } from "./seed/seed-2023";

const text = (sections: readonly NarrativeSection[], ctx: FigureContext, id: string) =>
  (sections.find((s) => s.id === id)?.paragraphs ?? [])
    .map((p) => `${p.title ?? ""}${paragraphText(p, (run) => evaluateFigure(run.figure, ctx).text ?? "—")}`)
    .join("\n");

describe("生成情况说明", () => {
  const input = seedInput();
  const ctx = narrativeContext(input);
  const generated = generateNarrative(ctx);

  it("writes the thirteen sections of the 2023 template with the seed's titles", () => {
    expect(generated.map((s) => `${s.id}、${s.title}`)).toEqual(
      SEED_PUBLICATION.narrative.map((s) => `${s.id}、${s.title}`),
    );
  });

  it("uses the seed's wording with live figures", () => {
    expect(text(generated, ctx, "一")).toBe(
      "2023 年度收、支总计均为 507.92 万元。与上年度相比，收、支总计各增加 89.11 万元，增长 21.28%。主要原因是（请填写原因）。",
    );
    expect(text(generated, ctx, "三")).toBe(
      "2023 年度支出合计 507.92 万元，其中：基本支出 104.37 万元，占 20.55%；项目支出 403.55 万元，占 79.45%。",
    );
  });

  it("lists only the classes involved (不涉及的不列) and no rate over a budget of 0", () => {
    const five = text(generated, ctx, "五");
    expect(five).not.toContain("外交");
    expect(five).toContain("社会保障和就业支出 7.08 万元，占 1.39%");
    expect(five).toContain("年初预算为 113.83 万元，支出决算为 507.92 万元，完成年初预算的 446.21%");
    expect(five).toContain(
      "7. 资源勘探工业信息等支出（类）工业和信息产业监管（款）产业发展（项）。年初预算为 0.00 万元，支出决算为 403.55 万元。",
    );
  });

  it("lists the 明细 of 六 from the non-zero rows of 06 (no 伙食补助费)", () => {
    const six = text(generated, ctx, "六");
    expect(six).toContain(
      "人员经费 98.13 万元，主要包括：基本工资、津贴补贴、奖金、绩效工资、机关事业单位基本养老保险缴费",
    );
    expect(six).not.toContain("伙食补助费");
  });

  it("says 没有 for the empty 07/08 and writes the amount once 07 has one", () => {
    expect(text(generated, ctx, "七")).toBe(
      "我部门 2023 年度没有政府性基金收入，也没有使用政府性基金安排的支出。",
    );
    const edited = seedInput();
    edited.workbook.apply([
      {
        kind: "putRow",
        table: "07",
        row: "229",
        snapshot: { name: "其他支出", cells: { 项目支出: "2.50" } },
      },
    ]);
    const editedCtx = narrativeContext(edited);
    expect(text(generateNarrative(editedCtx), editedCtx, "七")).toBe(
      "2023 年度政府性基金预算财政拨款支出 2.50 万元。",
    );
  });

  it("generates text that the N-rules find consistent on the sample: errors only in the published 自评表", () => {
    const findings = checkNarrative({
      ...input,
      publication: { ...input.publication, narrative: generated },
    });
    const errors = findings.filter((f) => f.severity === "error");
    // 508.72 against the tables, and its 年初预算数 118.83 against the generated 113.83.
    expect(errors.map((f) => f.rule)).toEqual(["N-19", "N-19"]);
    expect(errors.map((f) => f.message).join()).toMatch(/508\.72.*118\.83.*113\.83/);
  });

  it("property: generated text is consistent with every random document and prints every figure", () => {
    fc.assert(
      fc.property(arbDocument({ maxRows: 6 }), (doc) => {
        const workbook = new Workbook(doc);
        const sample = seedInput();
        const input = { publication: sample.publication, workbook, supplement: {} };
        const narrative = generateNarrative(narrativeContext(input));
        const findings = checkNarrative({ ...input, publication: { ...input.publication, narrative } });
        // N-19 compares the sample's 自评表 with the random tables; N-6/N-10 lists are checked by name.
        const figureErrors = findings.filter((f) => f.severity === "error" && f.rule !== "N-19");
        expect(figureErrors).toEqual([]);
        for (const p of narrative.flatMap((s) => s.paragraphs))
          for (const run of p.runs.filter(isFigureRun))
            expect(evaluateFigure(run.figure, { workbook, supplement: {} }).text).not.toBeNull();
      }),
      { numRuns: 15 },
    );
  });
});
