import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { numberUnitsToString, toUnits, unitsAsNumber, unitsToString } from "../money";
import { arbDocument, blankDocument, withTables } from "../testing/documents";
import { Workbook } from "../workbook/workbook";
import { plainFindings as plain } from "./describe";
import { RULES } from "./rules/index";
import { CheckSession } from "./session";

/** toUnits, or NaN where it throws or leaves the safe integers. */
function expectedUnits(text: string, scale: number): number {
  try {
    const units = toUnits(text, scale);
    const abs = units < 0n ? -units : units;
    return abs > BigInt(Number.MAX_SAFE_INTEGER) ? Number.NaN : Number(units);
  } catch {
    return Number.NaN;
  }
}

describe("float64 units (money.ts)", () => {
  it("unitsAsNumber reads every amount string as toUnits does, and rejects the rest", () => {
    const texts = [
      ...["0", "-0", "0.00", "-0.00", "1", "-1", "0.5", "12.345", "507.92", "-3.20", "1.2345"],
      ...["", "-", ".5", "5.", "01", "-01.5", "1.2.3", "1e5", "+1", " 1", "1,000", "１"],
      ...["9007199254740.991", "9007199254740.992", "123456789012345678901234.5"],
    ];
    for (const scale of [2, 3, 4])
      for (const text of texts) expect(unitsAsNumber(text, scale)).toBe(expectedUnits(text, scale));
    fc.assert(
      fc.property(
        fc.stringMatching(/^-?(0|[1-9]\d{0,17})(\.\d{1,5})?$/),
        fc.integer({ min: 0, max: 6 }),
        (text, scale) => {
          expect(unitsAsNumber(text, scale)).toBe(expectedUnits(text, scale));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("numberUnitsToString prints as unitsToString", () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), fc.integer({ min: 0, max: 9 }), (units, scale) => {
        expect(numberUnitsToString(units, scale)).toBe(unitsToString(BigInt(units), scale));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("exact arithmetic", () => {
  it("float64 and bigint sessions find the same (random documents)", () => {
    fc.assert(
      fc.property(arbDocument({ stated: true, maxRows: 8 }), fc.constantFrom("万元", "元"), (doc, unit) => {
        doc.meta.unit = unit as "万元" | "元";
        const workbook = new Workbook(doc);
        const fast = new CheckSession(workbook);
        const exact = new CheckSession(workbook, RULES, { exact: true });
        expect(fast.exactArithmetic).toBe(false);
        expect(plain(exact.findings())).toEqual(plain(fast.findings()));
      }),
      { numRuns: 150 },
    );
  });

  // 2^53 - 1 units twice and one more: 18014398509481983 units, which float64 cannot hold.
  const huge = (stated: string) =>
    withTables(blankDocument("2023", "元"), {
      "03": {
        "201": { 基本支出: stated },
        "20103": {},
        "2010301": { 基本支出: "9007199254740.991" },
        "2010302": { 基本支出: "9007199254740.991" },
        "2010303": { 基本支出: "0.001" },
      },
    });
  const r033 = (session: CheckSession) => session.findings().filter((f) => f.rule === "R03-3");

  it("a document whose sums leave the safe integers is evaluated with bigint", () => {
    const holds = new CheckSession(new Workbook(huge("18014398509481.983")));
    expect(holds.exactArithmetic).toBe(true);
    expect(r033(holds)).toEqual([]);
    const off = new CheckSession(new Workbook(huge("18014398509481.984")));
    expect(r033(off).map((f) => f.values)).toEqual([
      { left: "18014398509481.984", right: "18014398509481.983", difference: "0.001" },
    ]);
  });

  it("an edit that makes a sum leave the safe integers switches the session to bigint", () => {
    const workbook = new Workbook(huge("2.001"));
    const small = ["2010301", "2010302"].map((row) => ({
      kind: "set" as const,
      table: "03" as const,
      row,
      col: "基本支出",
      value: "1.00",
    }));
    const edit = workbook.apply(small);
    const session = new CheckSession(workbook);
    expect(session.exactArithmetic).toBe(false);
    expect(r033(session)).toEqual([]);
    const undo = workbook.apply(edit.patch.inverse);
    session.update(undo);
    expect(session.exactArithmetic).toBe(true);
    expect(r033(session).map((f) => f.values?.difference)).toEqual(["-18014398509479.982"]);
    expect(plain(session.findings())).toEqual(
      plain(new CheckSession(workbook, RULES, { exact: true }).findings()),
    );
  });
});
