import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Amount } from "../document/model";
import { cellId, parseCellId } from "../engine/cell-id";
import type { TableId } from "../templates/types";
import { allCells, arbCellValue, arbDocument, arbSubjectCode, smallDocument } from "../testing/documents";
import type { Edit } from "../workbook/edits";
import { Workbook } from "../workbook/workbook";
import { plainFindings as plain } from "./describe";
import { CheckSession } from "./session";

type Step =
  | { kind: "set"; pick: number; value: Amount | undefined }
  | { kind: "rename"; pick: number; name: string | undefined }
  | { kind: "addRow"; table: TableId; code: string }
  | { kind: "dropRow"; table: TableId; pick: number }
  | { kind: "note"; table: "07" | "08"; text: string };

const SUBJECT = ["02", "03", "05", "07", "08"] as const;

const arbStep: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record({
      kind: fc.constant("set" as const),
      pick: fc.nat(),
      value: fc.oneof(
        { weight: 9, arbitrary: arbCellValue() },
        { weight: 1, arbitrary: fc.constant("0.125") },
      ),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("rename" as const),
      pick: fc.nat(),
      name: fc.option(fc.constantFrom("行政运行", "公务员医疗保险", "七、附属部门上缴收入", "其他"), {
        nil: undefined,
      }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("addRow" as const),
      table: fc.constantFrom(...SUBJECT),
      code: arbSubjectCode(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("dropRow" as const),
      table: fc.constantFrom(...SUBJECT),
      pick: fc.nat(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("note" as const),
      table: fc.constantFrom("07", "08"),
      text: fc.constantFrom("", "本表无数据。"),
    }),
  },
);

/** Applies one step; returns what the session needs to know, or null when the step does nothing. */
function apply(wb: Workbook, session: CheckSession, step: Step): void {
  if (step.kind === "note") {
    wb.doc.notes = { ...wb.doc.notes, [step.table]: step.text };
    session.update({ changed: new Set(), rowsAdded: [], rowsRemoved: [], meta: true, reset: false });
    return;
  }
  let edit: Edit | undefined;
  if (step.kind === "set" || step.kind === "rename") {
    const cells = allCells(wb);
    const { table, row, col } = parseCellId(cells[step.pick % cells.length] as string);
    edit =
      step.kind === "set"
        ? { kind: "set", table, row, col, value: step.value }
        : { kind: "rename", table, row, name: step.name };
  } else if (step.kind === "addRow") {
    if (!wb.hasRow(step.table, step.code)) {
      edit = {
        kind: "putRow",
        table: step.table,
        row: step.code,
        snapshot: { name: `科目${step.code}`, cells: {} },
      };
    }
  } else {
    const rows = wb.rows(step.table).filter((r) => r !== "合计");
    const row = rows[step.pick % Math.max(rows.length, 1)];
    if (row !== undefined) edit = { kind: "putRow", table: step.table, row, snapshot: undefined };
  }
  if (!edit) return;
  const result = wb.apply([edit]);
  session.update(result);
}

describe("CheckSession: incremental evaluation", () => {
  it("equals a full evaluation after every edit (random documents with stated values, random edits)", () => {
    fc.assert(
      fc.property(
        arbDocument({ stated: true, maxRows: 6 }),
        fc.array(arbStep, { maxLength: 10 }),
        (doc, steps) => {
          const wb = new Workbook(doc);
          const session = new CheckSession(wb);
          for (const step of steps) {
            apply(wb, session, step);
            expect(plain(session.findings())).toEqual(plain(new CheckSession(wb).findings()));
          }
        },
      ),
      { numRuns: 80 },
    );
  }, 120_000);

  it("finds the same when the indexes the first edit needs were built beforehand (prepareEdits)", () => {
    fc.assert(
      fc.property(
        arbDocument({ stated: true, maxRows: 6 }),
        fc.array(fc.tuple(arbStep, fc.boolean()), { maxLength: 8 }),
        (doc, steps) => {
          const wb = new Workbook(doc);
          const session = new CheckSession(wb);
          session.prepareEdits();
          for (const [step, prepare] of steps) {
            apply(wb, session, step);
            if (prepare) session.prepareEdits();
            expect(plain(session.findings())).toEqual(plain(new CheckSession(wb).findings()));
          }
        },
      ),
      { numRuns: 40 },
    );
  }, 120_000);

  it("answers with the same array while no finding changes, and keeps unchanged findings' objects", () => {
    const wb = new Workbook(smallDocument());
    const session = new CheckSession(wb);
    const stated = wb.apply([{ kind: "set", table: "03", row: "合计", col: "基本支出", value: "99.00" }]);
    session.update(stated);
    const before = session.findings();
    expect(session.findings()).toBe(before);

    // The checks reading those cells run again and find the same.
    session.update(stated);
    expect(session.findings()).toBe(before);

    // The stated total moves: its finding changes, the others stay the same objects.
    const moved = wb.apply([{ kind: "set", table: "03", row: "合计", col: "基本支出", value: "98.00" }]);
    session.update(moved);
    const after = session.findings();
    expect(after).not.toBe(before);
    const kept = after.filter((f) => before.includes(f));
    expect(kept.length).toBeGreaterThan(0);
    expect(after.length - kept.length).toBeGreaterThanOrEqual(1);
    expect(plain(after)).toEqual(plain(new CheckSession(wb).findings()));
  });

  it("re-evaluates only the checks that read a changed cell", () => {
    const wb = new Workbook(smallDocument());
    const session = new CheckSession(wb);
    const leaf = cellId("03", "2010301", "基本支出");
    expect(session.rulesReading(leaf).sort()).toEqual(["X-11"]);
    expect(session.rulesReading(cellId("03", "合计", "本年支出合计"))).toContain("X-04");
  });

  it("a derived cell that gains a stated value gets its identity checks", () => {
    const wb = new Workbook(smallDocument());
    const session = new CheckSession(wb);
    expect(session.findings().filter((f) => f.rule === "R03-2")).toEqual([]);
    const result = wb.apply([{ kind: "set", table: "03", row: "合计", col: "基本支出", value: "99.00" }]);
    session.update(result);
    expect(
      session
        .findings()
        .filter((f) => f.rule === "R03-2")
        .map((f) => f.values),
    ).toEqual([{ left: "99.00", right: "12.00", difference: "87.00" }]);
  });
});
