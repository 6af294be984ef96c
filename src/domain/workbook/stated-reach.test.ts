import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDocumentText } from "../document/parse";
import { serialiseDocument } from "../document/serialise";
import type { CellId } from "../engine/cell-id";
import { add, money, toFileString } from "../money";
import { enteredCells } from "../testing/documents";
import type { SetCell } from "./edits";
import { statedReach, withStatedReach } from "./stated-reach";
import { Workbook } from "./workbook";

function sample(): Workbook {
  const parsed = parseDocumentText(readFileSync("public/samples/seed-2023.json", "utf8"));
  if (!parsed.ok) throw new Error("sample does not parse");
  return new Workbook(parsed.document);
}

/** An edit adding 1 to an entered cell (blank → 1). */
function plusOne(workbook: Workbook, id: CellId): SetCell {
  const [table, row, col] = id.split("|") as [SetCell["table"], string, string];
  const stored = workbook.stored(id);
  const value = toFileString(add(money(stored ?? "0"), money("1")));
  return { kind: "set", table, row, col, value };
}

const statedCells = (wb: Workbook) =>
  [...wb.graph.formulas.keys()].filter((id) => wb.stored(id) !== undefined);

describe("statedReach", () => {
  it("is exactly the stated cells whose derivation moves when the entered cell moves (sample, every 3rd cell)", () => {
    const base = sample();
    const cells = enteredCells(base).filter((_, i) => i % 3 === 0);
    expect(cells.length).toBeGreaterThan(50);
    let reachedSomething = 0;
    for (const id of cells) {
      const reached = statedReach(base, [id]);
      const wb = sample();
      const before = new Map(statedCells(wb).map((s) => [s, wb.derivedValue(s)]));
      wb.apply([plusOne(wb, id)]);
      const moved = [...before].filter(
        ([s, v]) =>
          toFileString(wb.derivedValue(s) ?? money("0")) !== toFileString(v ?? money("0")) ||
          (v === null) !== (wb.derivedValue(s) === null),
      );
      expect(new Set(reached), id).toEqual(new Set(moved.map(([s]) => s)));
      if (reached.length > 0) reachedSomething++;
    }
    expect(reachedSomething).toBeGreaterThan(10);
  });

  it("reaches across tables: a 05 项 reaches 05's 款/类/合计 and 04's class and total rows, not 09", () => {
    const reached = statedReach(sample(), ["05|2010301|基本支出" as CellId]);
    expect(reached).toEqual(
      expect.arrayContaining(["05|20103|基本支出", "05|合计|基本支出", "04|本年支出合计|合计"]),
    );
    expect(reached.some((id) => id.startsWith("04|"))).toBe(true);
    expect(reached.some((id) => id.startsWith("09|"))).toBe(false);
  });

  it("lists the reached cells in the formula graph's topological order", () => {
    const wb = sample();
    const reached = statedReach(wb, ["05|2010301|基本支出" as CellId, "03|2010301|基本支出" as CellId]);
    const { rank } = wb.graph;
    expect(reached.length).toBeGreaterThan(5);
    expect(reached).toEqual([...reached].sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0)));
  });
});

describe("withStatedReach", () => {
  it("drops the reached stated values in the same step; the rest stay; undo restores the document exactly", () => {
    const wb = sample();
    const original = structuredClone(wb.doc);
    const totalBefore = wb.derivedValue("05|合计|基本支出" as CellId);
    const edit = plusOne(wb, "05|2010301|基本支出" as CellId);
    const { edits, dropped } = withStatedReach(wb, [edit]);
    expect(dropped.length).toBeGreaterThan(5);
    expect(edits[0]).toBe(edit);
    const result = wb.apply(edits);
    for (const id of dropped) {
      expect(wb.stored(id), id).toBeUndefined();
      expect(wb.shown(id)).toEqual(wb.derivedValue(id));
    }
    expect(wb.shown("05|合计|基本支出" as CellId)).toEqual(add(totalBefore ?? money("0"), money("1")));
    const kept = statedCells(wb);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.some((id) => id.startsWith("09|"))).toBe(true);
    wb.apply(result.patch.inverse);
    expect(wb.doc).toEqual(original);
    expect(serialiseDocument(wb.doc)).toBe(serialiseDocument(original));
  });

  it("adds nothing for an edit that reaches no stated value, nor for a derived cell's own edit", () => {
    const wb = sample();
    const edit = plusOne(wb, "05|2010301|基本支出" as CellId);
    wb.apply(withStatedReach(wb, [edit]).edits);
    const again = plusOne(wb, "05|2010301|基本支出" as CellId);
    expect(withStatedReach(wb, [again]).dropped).toEqual([]);
    const clear: SetCell = {
      kind: "set",
      table: "09",
      row: "三公经费",
      col: "预算数·合计",
      value: undefined,
    };
    expect(withStatedReach(wb, [clear]).dropped).toEqual([]);
  });
});
