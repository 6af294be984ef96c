import { describe, expect, it } from "vitest";
import { seedWorkbook } from "../testing/narrative";
import { checkDocumentNarrative } from "./document-narrative";
import {
  withFigureAsText,
  withGeneratedNarrative,
  withLinkedFigures,
  withRunText,
  withSupplement,
} from "./edit-publication";
import type { NarrativeSection } from "./model";

describe("editing the publication", () => {
  it("a figure typed into a sentence stays text and is reported by its N-rule", () => {
    const workbook = seedWorkbook();
    const publication = workbook.doc.publication;
    if (!publication) throw new Error("no publication");
    // 一、: "2023 年度收、支总计均为 " [figure] …; the first run is text.
    const edited = withRunText(
      publication,
      { section: 0, paragraph: 0, run: 0 },
      "2023 年度收、支总计均为 600.00 万元，",
    );
    expect(edited).not.toBeNull();
    const runs = edited?.narrative[0]?.paragraphs[0]?.runs ?? [];
    expect(runs[0]).toEqual({ text: "2023 年度收、支总计均为 600.00 万元，" });
    workbook.doc.publication = edited ?? publication;
    const rules = checkDocumentNarrative(workbook).map((f) => `${f.rule} ${f.place.section}`);
    expect(rules.filter((r) => r.endsWith(" 一"))).not.toEqual([]);
  });

  it("a figure turned into text and rewritten wrong: N-1 points at it, with the cell it should read", () => {
    const workbook = seedWorkbook();
    const publication = workbook.doc.publication;
    if (!publication) throw new Error("no publication");
    const asText = withFigureAsText(publication, { section: 0, paragraph: 0, run: 1 }, "507.92");
    const runs = asText?.narrative[0]?.paragraphs[0]?.runs ?? [];
    expect(runs[0]).toEqual({ text: "2023 年度收、支总计均为 507.92 万元。与上年度相比，收、支总计各增加 " });
    expect(runs).toHaveLength(5);
    workbook.doc.publication = asText ?? publication;
    expect(checkDocumentNarrative(workbook).filter((f) => f.place.section === "一")).toEqual([]);
    const wrong = withRunText(
      workbook.doc.publication,
      { section: 0, paragraph: 0, run: 0 },
      "2023 年度收、支总计均为 600.00 万元。与上年度相比，收、支总计各增加 ",
    );
    workbook.doc.publication = wrong ?? publication;
    const found = checkDocumentNarrative(workbook).filter((f) => f.place.section === "一");
    expect(found.map((f) => [f.rule, f.severity, f.values?.left, f.values?.right])).toEqual([
      ["N-1", "error", "600.00", "507.92"],
    ]);
    expect(found[0]?.cells).toEqual([{ table: "01", row: "收入总计", col: "决算数" }]);
  });

  it("refuses to rewrite a figure run as text (it stays a reference)", () => {
    const publication = seedWorkbook().doc.publication;
    if (!publication) throw new Error("no publication");
    const figureRun = publication.narrative[0]?.paragraphs[0]?.runs.findIndex((r) => "figure" in r) ?? -1;
    expect(figureRun).toBeGreaterThan(0);
    expect(withRunText(publication, { section: 0, paragraph: 0, run: figureRun }, "1")).toBeNull();
  });

  it("生成情况说明 writes every section of the template with live figures and no error", () => {
    const workbook = seedWorkbook();
    const publication = withGeneratedNarrative(workbook);
    expect(publication.narrative.map((s) => s.id)).toHaveLength(13);
    expect(publication.overview).toEqual(workbook.doc.publication?.overview);
    workbook.doc.publication = publication;
    const errors = checkDocumentNarrative(workbook).filter(
      (f) => f.severity === "error" && f.place.section !== "附件",
    );
    // The generated text says what the tables and 补充数据 say (the 附件 keeps its own mistake, N-19).
    expect(errors.map((f) => f.rule)).toEqual([]);
  });

  it("把文中数字改为引用 links in the sample only the figures over 09's blank 公务用车 小计", () => {
    // Its other matching figures are linked already. A blank stated 小计 reads as its formula derives it
    // (3.00), so the typed 预算数 3.00 and the two 完成率 0.00% of 公务用车 now match and are linked.
    const CAR_BUDGET = "预算数·公务用车购置及运行维护费·小计";
    const overCarBudget = (narrative: readonly NarrativeSection[]) =>
      narrative
        .flatMap((s) => s.paragraphs)
        .flatMap((p) => p.runs)
        .filter((run) => "figure" in run && JSON.stringify(run.figure).includes(CAR_BUDGET)).length;
    const workbook = seedWorkbook();
    const before = overCarBudget(workbook.doc.publication?.narrative ?? []);
    const { linked, publication } = withLinkedFigures(workbook);
    expect(linked).toBe(3);
    expect(overCarBudget(publication.narrative) - before).toBe(3);
  });

  it("a text edit is undone exactly, its undo entry sharing the unchanged sections (no copy of the text)", () => {
    const workbook = seedWorkbook();
    const before = workbook.doc.publication;
    if (!before) throw new Error("no publication");
    const edited = withRunText(before, { section: 0, paragraph: 0, run: 0 }, "改写的文字 ");
    const { patch } = workbook.apply([{ kind: "field", field: "publication", value: edited }]);
    expect(edited?.narrative[1]).toBe(before.narrative[1]);
    expect(patch.inverse).toEqual([{ kind: "field", field: "publication", value: before }]);
    expect((patch.inverse[0] as { value: unknown }).value).toBe(before);
    workbook.apply(patch.inverse);
    expect(workbook.doc.publication).toBe(before);
  });

  it("补充数据: values merged, blanks removed", () => {
    expect(withSupplement({ a: "1", b: "2" }, { b: " ", c: " 3 " })).toEqual({ a: "1", c: "3" });
  });
});
