import { describe, expect, it } from "vitest";
import { seedWorkbook } from "../testing/narrative";
import { checkNarrative, narrativeContext } from "./check-narrative";
import { layoutParagraph } from "./layout";
import type { Publication } from "./model";
import { SEED_PUBLICATION, SEED_SUPPLEMENT } from "./seed/seed-2023";

/** The sample file's own text and 补充数据 (format version 2), as the editor opens them. */
function sampleInput() {
  const workbook = seedWorkbook();
  const { publication, supplement } = workbook.doc;
  if (!publication || !supplement) throw new Error("the sample holds no publication");
  return { publication, workbook, supplement };
}

const printed = (publication: Publication, input: ReturnType<typeof sampleInput>) => {
  const ctx = narrativeContext({ ...input, publication });
  return publication.narrative.map((s) => s.paragraphs.map((p) => layoutParagraph(p, ctx).text));
};

describe("the sample's publication (public/samples/seed-2023.json)", () => {
  it("prints exactly the seed's text as published, although its matching figures are live", () => {
    const input = sampleInput();
    expect(printed(input.publication, input)).toEqual(printed(SEED_PUBLICATION, input));
    const figures = input.publication.narrative.flatMap((s) => s.paragraphs.flatMap((p) => p.runs));
    expect(figures.filter((run) => "figure" in run).length).toBeGreaterThan(50);
  });

  it("holds the seed's 补充数据, 部门概况, 名词解释 and 附件", () => {
    const { publication, supplement } = sampleInput();
    expect(supplement).toEqual(SEED_SUPPLEMENT);
    expect(publication.overview).toEqual(SEED_PUBLICATION.overview);
    expect(publication.glossary).toEqual(SEED_PUBLICATION.glossary);
    expect(publication.attachments).toEqual(SEED_PUBLICATION.attachments);
  });

  it("keeps the publication's mistakes: the same three errors as the text typed (N-7, N-13, N-19)", () => {
    const errors = checkNarrative(sampleInput()).filter((f) => f.severity === "error");
    expect(errors.map((f) => f.rule)).toEqual(["N-7", "N-13", "N-19"]);
  });

  it("a live 完成率 follows its cell: 05 2010301 changed, its paragraph's 决算 and 完成率 change", () => {
    const input = sampleInput();
    const item = () =>
      printed(input.publication, input)[4]?.find((text) => text.includes("年初预算为 18.85"));
    expect(item()).toContain("支出决算为 17.11 万元，完成年初预算的 90.77%");
    // The sample states 小计; an edit drops the stated totals it reaches (issue 11, item 2).
    input.workbook.apply([
      { kind: "set", table: "05", row: "2010301", col: "基本支出", value: "30.00" },
      { kind: "set", table: "05", row: "2010301", col: "小计", value: undefined },
    ]);
    expect(item()).toContain("支出决算为 30.00 万元，完成年初预算的 159.15%");
  });
});
