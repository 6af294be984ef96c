import { describe, expect, it } from "vitest";
import { seedInput } from "../testing/narrative";
import { checkNarrative, narrativeContext } from "./check-narrative";
import { evaluateFigure } from "./figures";
import { narrativeTemplate } from "./generate";
import { linkFigures } from "./link-figures";
import { isFigureRun, type NarrativeSection, paragraphText } from "./model";

function linkedSeed() {
  const input = seedInput();
  const ctx = narrativeContext(input);
  const result = linkFigures(input.publication.narrative, narrativeTemplate("2023"), ctx);
  return { input, ctx, ...result };
}

const paragraph = (narrative: readonly NarrativeSection[], role: string, subject?: string) =>
  narrative
    .flatMap((s) => s.paragraphs)
    .find((p) => p.role === role && (subject === undefined || p.subject === subject));

describe("把文中数字改为引用", () => {
  const { ctx, narrative, linked, input } = linkedSeed();
  const print = (role: string, subject?: string) => {
    const p = paragraph(narrative, role, subject);
    return p ? paragraphText(p, (run) => `[${evaluateFigure(run.figure, ctx).text}]`) : "";
  };

  it("turns the figures that match the tables into references and leaves the text as printed", () => {
    expect(print("三")).toBe(
      "2023 年度支出合计 [507.92] 万元，其中：基本支出 [104.37] 万元，占 [20.55]%；项目支出 [403.55] 万元，占 [79.45]%。",
    );
    // 101 before 09's blank 公务用车 小计 read as derived (3.00): its 预算数 and two 完成率 match now.
    expect(linked).toBe(104);
    const printed = (sections: readonly NarrativeSection[]) =>
      sections.flatMap((s) =>
        s.paragraphs.map((p) => paragraphText(p, (run) => evaluateFigure(run.figure, ctx).text ?? "")),
      );
    expect(printed(narrative)).toEqual(printed(input.publication.narrative));
  });

  it("keeps the figures that disagree as text: 118.83, its 427.43 %, 公务接待费 0.00, 外交 0.00", () => {
    expect(print("五.具体")).toContain(
      "年初预算为 118.83 万元，支出决算为 [507.92] 万元，完成年初预算的 427.43%",
    );
    expect(print("九.项", "公务接待费")).toMatch(/^预算数为 0\.00 万元/);
    expect(print("五.结构")).toContain("外交（类）支出 0.00 万元，占 0.00%");
  });

  it("links a list item by its value and a repeated anchor by the paragraph's subject", () => {
    expect(print("五.结构")).toContain("住房保障支出 [6.75] 万元，占 [1.33]%");
    expect(print("五.具体.项", "2150517")).toContain("年初预算为 [0.00] 万元，支出决算为 [403.55] 万元。");
  });

  it("makes linked figures live: an edit of 05 2010301 changes its sentence and its 完成率", () => {
    // The sample states its totals: the edit is of the 小计 as shown (its stated value).
    input.workbook.apply([{ kind: "set", table: "05", row: "2010301", col: "小计", value: "18.85" }]);
    expect(print("五.具体.项", "2010301")).toContain("支出决算为 [18.85] 万元，完成年初预算的 [100.00]%");
    expect(print("五.具体.项", "2010350")).toContain("支出决算为 [67.47] 万元，完成年初预算的 [91.98]%");
  });

  it("changes nothing that the checks report on the sample", () => {
    const fresh = linkedSeed();
    const before = checkNarrative(seedInput()).map((f) => `${f.rule} ${f.severity} ${f.message}`);
    const after = checkNarrative({
      ...fresh.input,
      publication: { ...fresh.input.publication, narrative: fresh.narrative },
    });
    expect(after.map((f) => `${f.rule} ${f.severity} ${f.message}`)).toEqual(before);
  });

  it("links nothing twice: every figure run is a distinct slot of its paragraph", () => {
    for (const p of narrative.flatMap((s) => s.paragraphs)) {
      const figures = p.runs.filter(isFigureRun).map((r) => JSON.stringify(r.figure));
      expect(new Set(figures).size).toBe(figures.length);
    }
  });
});
