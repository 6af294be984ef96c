import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { largeDocument } from "../../../bench/large-document";
import type { JuesuanDocument } from "../document/model";
import { parseDocumentText } from "../document/parse";
import { type CellId, cellId } from "../engine/cell-id";
import { planFormulas } from "../engine/expand";
import { compilePlan } from "../engine/plan";
import { consistentDocument, plainCodes } from "../testing/consistent-document";
import { allCells, arbDocument, rowsOfDocument, smallDocument, templateOf } from "../testing/documents";
import { referenceFormulas } from "../testing/reference-formulas";
import { Workbook } from "../workbook/workbook";
import { CheckContext } from "./context";

/** The formula plan the checks read, as the engine's map: target id → term ids. */
function compiled(workbook: Workbook): Map<CellId, CellId[]> {
  const formulas = workbook.plan;
  const { cells } = formulas;
  const out = new Map<CellId, CellId[]>();
  for (let f = 0; f < formulas.count; f++) {
    const terms: CellId[] = [];
    for (let i = formulas.starts[f] as number; i < (formulas.starts[f + 1] as number); i++)
      terms.push(cells.idOf(formulas.terms[i] as number));
    out.set(cells.idOf(formulas.targets[f] as number), terms);
  }
  return out;
}

const engine = (workbook: Workbook) =>
  new Map([...workbook.graph.formulas].map(([id, formula]) => [id, [...formula.terms]]));

const seed = () => {
  const parsed = parseDocumentText(
    readFileSync(new URL("../../../public/samples/seed-2023.json", import.meta.url), "utf8"),
  );
  if (!parsed.ok) throw new Error("seed does not parse");
  return parsed.document;
};

describe("the formula plan in slot space (engine/plan.ts)", () => {
  it("the engine's graph holds exactly the plan: same derived cells, same terms in the same order", () => {
    for (const doc of [smallDocument(), smallDocument("2023-24"), seed(), consistentDocument([])]) {
      const workbook = new Workbook(doc);
      expect(compiled(workbook)).toEqual(engine(workbook));
    }
    fc.assert(
      fc.property(arbDocument({ stated: true, maxRows: 10 }), (doc) => {
        const workbook = new Workbook(doc);
        expect(compiled(workbook)).toEqual(engine(workbook));
      }),
      { numRuns: 150 },
    );
  });

  it("expands as the plain reference expansion does: same cells, same terms, same order", () => {
    const same = (doc: JuesuanDocument) => {
      const template = templateOf(doc.meta.template);
      const rowsOf = rowsOfDocument(template, doc);
      const plan = [...planFormulas(compilePlan(template, rowsOf))].map(([id, f]) => [id, [...f.terms]]);
      expect(plan).toEqual([...referenceFormulas(template, rowsOf)]);
    };
    for (const doc of [
      seed(),
      largeDocument({ leaves: 400 }).doc,
      largeDocument({ leaves: 300, template: "2023-24" }).doc,
    ])
      same(doc);
    fc.assert(fc.property(arbDocument({ stated: true, maxRows: 12 }), same), { numRuns: 150 });
  });

  it("a 审核 session's own cells leave the plan's numbering alone", () => {
    const workbook = new Workbook(seed());
    const size = workbook.plan.cells.size;
    const ctx = new CheckContext(workbook);
    ctx.slot("03", "2299999", "基本支出");
    expect(ctx.cells.size).toBeGreaterThan(size);
    expect(workbook.plan.cells.size).toBe(size);
  });

  it("number every cell of the workbook once, and read back its table, row and column", () => {
    const workbook = new Workbook(
      consistentDocument(plainCodes(30).map((code, i) => ({ code, basic: i * 100, project: 50 }))),
    );
    const ctx = new CheckContext(workbook);
    const seen = new Set<number>();
    for (const id of allCells(workbook)) {
      const [table, row, col] = id.split("|") as [never, string, string];
      const slot = ctx.slot(table, row, col);
      expect(slot).toBeGreaterThanOrEqual(0);
      expect(seen.has(slot)).toBe(false);
      seen.add(slot);
      expect(ctx.idOf(slot)).toBe(id);
      expect(ctx.cells.find(id)).toBe(slot);
      expect(ctx.hasCell(table, row, col)).toBe(true);
    }
    // A code row the table does not have is a cell (blank); a non-code row or unknown column is not.
    const absent = ctx.slot("03", "2299999", "基本支出");
    expect(absent).toBeGreaterThanOrEqual(0);
    expect(ctx.idOf(absent)).toBe(cellId("03", "2299999", "基本支出"));
    expect(ctx.value(absent).blank).toBe(true);
    expect(ctx.slot("03", "附注", "基本支出")).toBe(-1);
    expect(ctx.slot("03", "201", "没有的栏")).toBe(-1);
    expect(ctx.slot("01", "本年收入合计", "基本支出")).toBe(-1);
  });
});
