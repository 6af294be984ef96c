import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CellId, cellId, parseCellId } from "../engine/cell-id";
import { add, formatAmount, money } from "../money";
import { seedInput } from "../testing/narrative";
import { narrativeContext } from "./check-narrative";
import { checkDocumentNarrative } from "./document-narrative";
import { evaluateFigure } from "./figures";
import { narrativeTemplate } from "./generate";
import { linkFigures } from "./link-figures";
import { isFigureRun } from "./model";
import { NarrativeSession } from "./session";

/** The sample's workbook holding its text with every matching figure a reference, and the cells they read. */
function linkedSample() {
  const input = seedInput();
  const { narrative } = linkFigures(
    input.publication.narrative,
    narrativeTemplate("2023"),
    narrativeContext(input),
  );
  const { workbook } = input;
  workbook.doc.publication = { ...input.publication, narrative };
  workbook.doc.supplement = input.supplement;
  const ctx = narrativeContext({ ...input, publication: workbook.doc.publication });
  const read = narrativeFiguresCells(
    narrative.flatMap((s) => s.paragraphs.flatMap((p) => p.runs)),
    ctx,
  );
  return { workbook, read };
}

function narrativeFiguresCells(
  runs: Parameters<typeof isFigureRun>[0][],
  ctx: ReturnType<typeof narrativeContext>,
) {
  const ids = new Set<CellId>();
  for (const run of runs.filter(isFigureRun))
    for (const c of evaluateFigure(run.figure, ctx).cells) ids.add(cellId(c.table, c.row, c.col));
  return [...ids].sort();
}

const summary = (f: { key: string; severity: string; message: string }) =>
  `${f.key} ${f.severity} ${f.message}`;

describe("NarrativeSession", () => {
  it("finds on the sample what the whole 审核 finds: N-7, N-13 and N-19 as its errors", () => {
    const { workbook } = linkedSample();
    const session = new NarrativeSession(workbook);
    expect(session.findings().map(summary)).toEqual(checkDocumentNarrative(workbook).map(summary));
    const errors = session.findings().filter((f) => f.severity === "error");
    expect([...new Set(errors.map((f) => f.rule))].sort()).toEqual(["N-13", "N-19", "N-7"]);
  });

  it("after any run of cell edits, its findings are a full evaluation's, re-evaluating only what read them", () => {
    const { read } = linkedSample();
    const edit = fc.record({ id: fc.constantFrom(...read), raise: fc.integer({ min: -50, max: 900 }) });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        const { workbook } = linkedSample();
        const session = new NarrativeSession(workbook);
        for (const { id, raise } of edits) {
          const { table, row, col } = parseCellId(id);
          const value = formatAmount(add(workbook.shown(id) ?? money("0"), money(String(raise))));
          const before = session.findings();
          const { changed } = workbook.apply([{ kind: "set", table, row, col, value }]);
          const evaluated = session.update(changed);
          expect(evaluated).toBeLessThan(session.unitCount);
          expect(session.findings().map(summary)).toEqual(checkDocumentNarrative(workbook).map(summary));
          if (evaluated === 0) expect(session.findings()).toBe(before);
        }
      }),
      { numRuns: 25 },
    );
  });

  it("follows edits the same whether who-reads-what was noted beforehand (prepareEdits) or on the first edit", () => {
    const { read } = linkedSample();
    const edit = fc.record({ id: fc.constantFrom(...read), raise: fc.integer({ min: -50, max: 900 }) });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), fc.boolean(), (edits, prepare) => {
        const { workbook } = linkedSample();
        const session = new NarrativeSession(workbook);
        if (prepare) session.prepareEdits();
        for (const { id, raise } of edits) {
          const { table, row, col } = parseCellId(id);
          const value = formatAmount(add(workbook.shown(id) ?? money("0"), money(String(raise))));
          const { changed } = workbook.apply([{ kind: "set", table, row, col, value }]);
          expect(session.update(changed)).toBeLessThan(session.unitCount);
          expect(session.findings().map(summary)).toEqual(checkDocumentNarrative(workbook).map(summary));
        }
      }),
      { numRuns: 12 },
    );
  });

  it("re-evaluates only the units that read a changed cell, keeping the findings when none changed", () => {
    const { workbook } = linkedSample();
    const session = new NarrativeSession(workbook);
    const before = session.findings();
    // 06 30107 绩效工资: read by 六's 人员经费 明细 and the sentences of its totals only.
    const { changed } = workbook.apply([
      { kind: "set", table: "06", row: "30107", col: "决算数", value: "0.01" },
    ]);
    const evaluated = session.update(changed);
    expect(evaluated).toBeGreaterThan(0);
    expect(evaluated).toBeLessThan(session.unitCount / 10);
    expect(session.findings()).toBe(before);
  });

  it("evaluates everything again on refresh (the text changed)", () => {
    const { workbook } = linkedSample();
    const session = new NarrativeSession(workbook);
    const publication = workbook.doc.publication;
    if (!publication) throw new Error("no publication");
    const heading = "第二部分 2023 年度部门决算情况说明";
    workbook.apply([
      { kind: "field", field: "publication", value: { ...publication, narrativeHeading: heading } },
    ]);
    session.refresh();
    expect(session.findings().map(summary)).toEqual(checkDocumentNarrative(workbook).map(summary));
    expect(session.findings().some((f) => f.rule === "N-21" && f.message.includes(heading))).toBe(true);
  });
});
