import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CellId, cellId } from "../engine/cell-id";
import { add, formatAmount, money } from "../money";
import { seedInput } from "../testing/narrative";
import { checkNarrative, narrativeContext } from "./check-narrative";
import { evaluateFigure } from "./figures";
import { narrativeTemplate } from "./generate";
import { linkFigures } from "./link-figures";
import { isFigureRun } from "./model";

/** The sample with its matching figures linked, its figure runs and the cells they read. */
function linkedSample() {
  const input = seedInput();
  const ctx = narrativeContext(input);
  const { narrative } = linkFigures(input.publication.narrative, narrativeTemplate("2023"), ctx);
  const linked = { ...input, publication: { ...input.publication, narrative } };
  const figures = narrative.flatMap((s) => s.paragraphs.flatMap((p) => p.runs.filter(isFigureRun)));
  return { linked, ctx: narrativeContext(linked), figures };
}

const sample = linkedSample();
const readCells = [
  ...new Set(
    sample.figures.flatMap((run) =>
      evaluateFigure(run.figure, sample.ctx).cells.map((c) => cellId(c.table, c.row, c.col)),
    ),
  ),
].sort();
type Ref = { table: string; row: string; col: string };
const refersTo = (cells: readonly Ref[], ids: ReadonlySet<string>) =>
  cells.some((c) => ids.has(cellId(c.table as "01", c.row, c.col)));

describe("a changed table cell changes exactly what references it", () => {
  it("figures and findings follow the cells whose shown value the edit changed (the cell and its totals)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...readCells), fc.integer({ min: 1, max: 900 }), (id, raise) => {
        const { linked, ctx, figures } = linkedSample();
        const [table, row, col] = id.split("|") as ["01", string, string];
        const before = figures.map((run) => evaluateFigure(run.figure, ctx).text);
        const findingsBefore = checkNarrative(linked);
        // What figures read: the shown value, or for a stated total left blank its derived value.
        const read = (c: CellId) =>
          linked.workbook.shown(c) ?? (linked.workbook.isDerived(c) ? linked.workbook.derivedValue(c) : null);
        const old = read(id) ?? money("0");
        // The sample states its totals, so the cell's shown value is written (entered or stated).
        const value = formatAmount(add(old, money(String(raise))));
        const shownBefore = new Map(readCells.map((c) => [c, read(c)]));
        const { changed } = linked.workbook.apply([{ kind: "set", table, row, col, value }]);
        const shownChanged = new Set(
          [...changed].filter((c) => {
            const now = read(c);
            const was = shownBefore.get(c) ?? null;
            return (now === null ? "" : formatAmount(now)) !== (was === null ? "" : formatAmount(was));
          }),
        );
        expect(shownChanged.has(id)).toBe(true);
        figures.forEach((run, i) => {
          const now = evaluateFigure(run.figure, ctx);
          const label = `${id} → ${JSON.stringify(run.figure)}`;
          // Nothing else moves; an amount that reads a changed cell moves with it (a rate of 0 may not).
          if (now.text !== before[i]) expect(refersTo(now.cells, shownChanged), label).toBe(true);
          if (run.figure.kind === "amount" && refersTo(now.cells, shownChanged))
            expect(now.text, label).not.toBe(before[i]);
        });
        const untouched = (f: { cells: Ref[] }) => !refersTo(f.cells, shownChanged);
        const summary = (f: { key: string; message: string }) => `${f.key} ${f.message}`;
        expect(checkNarrative(linked).filter(untouched).map(summary)).toEqual(
          findingsBefore.filter(untouched).map(summary),
        );
      }),
      { numRuns: 40 },
    );
  });
});
