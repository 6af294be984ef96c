import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Unit } from "../document/model";
import { type CellId, cellId } from "../engine/cell-id";
import type { ClassRowVariant } from "../templates/function-classes";
import { rowColumns, tableOf } from "../templates/structure";
import { tableName } from "../templates/table-names";
import type { TableId } from "../templates/types";
import { consistentDocument, type Item, plainCodes } from "../testing/consistent-document";
import { Workbook } from "../workbook/workbook";
import { CheckSession } from "./session";

/** Every shipped template, with the 类 rows its 01/04 print (24-row templates have no 债务 classes). */
const TEMPLATES = [
  { template: "2023", variant: "label26" },
  { template: "2023-24", variant: "label24" },
  { template: "shanghai-2024", variant: "label26" },
  { template: "shanghai-2024-24", variant: "label24" },
] as const;

const arbItemsOf = (variant: ClassRowVariant): fc.Arbitrary<Item[]> =>
  fc.uniqueArray(
    fc.record({
      code: fc.constantFrom(...plainCodes(60, variant)),
      basic: fc.integer({ min: 0, max: 500_000 }),
      project: fc.integer({ min: 0, max: 500_000 }),
    }),
    { minLength: 1, maxLength: 8, selector: (item) => item.code },
  );

/** Finding keys of every check whose reads reach one of `cells`, through formulas of unstated cells. */
function readersOf(session: CheckSession, wb: Workbook, cells: readonly CellId[]): Set<string> {
  const targets = new Set(cells);
  const reaches = new Map<CellId, boolean>();
  const reach = (id: CellId): boolean => {
    const known = reaches.get(id);
    if (known !== undefined) return known;
    reaches.set(id, false);
    const formula = wb.stored(id) === undefined ? wb.graph.formulas.get(id) : undefined;
    const result = targets.has(id) || (formula?.terms.some(reach) ?? false);
    reaches.set(id, result);
    return result;
  };
  const keys = new Set<string>();
  for (const [key, reads] of session.instanceReads()) if (reads.some(reach)) keys.add(key);
  return keys;
}

const fired = (session: CheckSession) => session.findings().map((f) => f.key);
const firedRules = (session: CheckSession) => [...new Set(session.findings().map((f) => f.rule))].sort();

const leafCells = (items: Item[]) =>
  items.flatMap(({ code }) => [
    cellId("02", code, "财政拨款收入"),
    cellId("03", code, "基本支出"),
    cellId("03", code, "项目支出"),
    cellId("05", code, "基本支出"),
    cellId("05", code, "项目支出"),
  ]);

describe.each(TEMPLATES)(
  "mutations of a consistent document ($template) fire exactly the checks that read the mutated cell",
  ({ template, variant }) => {
    const arbItems = arbItemsOf(variant);
    const open = (items: Item[], unit: Unit) => {
      const wb = new Workbook(consistentDocument(items, unit, template));
      return { wb, session: new CheckSession(wb) };
    };

    it("a consistent document has no finding at all", () => {
      fc.assert(
        fc.property(arbItems, fc.constantFrom<Unit>("万元", "元"), (items, unit) => {
          expect(open(items, unit).session.findings()).toEqual([]);
        }),
        { numRuns: 40 },
      );
    }, 60_000);

    it("changing one leaf amount fires only checks that read it, and at least one (元: exact)", () => {
      const cell = fc.constantFrom(...["04|一般公共预算财政拨款|金额", "06|30101|决算数"]);
      fc.assert(
        fc.property(
          arbItems,
          fc.nat(),
          fc.integer({ min: -300_000, max: 300_000 }),
          cell,
          (items, pick, delta, fixed) => {
            fc.pre(delta !== 0);
            const { wb, session } = open(items, "元");
            const candidates = [...leafCells(items), fixed];
            const id = candidates[pick % candidates.length] as CellId;
            const readers = readersOf(session, wb, [id]);
            const [table, row, col] = id.split("|") as [TableId, string, string];
            const before = BigInt(Math.round(Number(wb.stored(id) ?? "0") * 100));
            const value = before + BigInt(delta);
            const text = `${value < 0n ? "-" : ""}${(value < 0n ? -value : value) / 100n}.${String((value < 0n ? -value : value) % 100n).padStart(2, "0")}`;
            const result = wb.apply([{ kind: "set", table, row, col, value: text }]);
            session.update(result);
            const keys = fired(session);
            expect(keys.length).toBeGreaterThan(0);
            for (const key of keys) expect(readers).toContain(key);
          },
        ),
        { numRuns: 60 },
      );
    }, 60_000);

    it("dropping one 项 row fires only checks that read its cells (万元: within tolerance nothing fires)", () => {
      fc.assert(
        fc.property(
          arbItems,
          fc.nat(),
          fc.constantFrom<TableId>("02", "03", "05"),
          fc.constantFrom<Unit>("万元", "元"),
          (items, pick, table, unit) => {
            const { wb, session } = open(items, unit);
            const code = (items[pick % items.length] as Item).code;
            const cells = rowColumns(tableOf(wb.template, table), code).map((col) =>
              cellId(table, code, col),
            );
            const readers = readersOf(session, wb, cells);
            const result = wb.apply([{ kind: "putRow", table, row: code, snapshot: undefined }]);
            session.update(result);
            for (const key of fired(session)) expect(readers).toContain(key);
          },
        ),
        { numRuns: 60 },
      );
    }, 60_000);

    const ITEMS: Item[] = [
      { code: "2010301", basic: 1_000_00, project: 0 },
      { code: "2010302", basic: 0, project: 500_00 },
      { code: "2080101", basic: 200_00, project: 50_00 },
    ];

    it("lowering an 03 基本支出 without 05 fires 03↔05 (X-11), 04↔01 (X-07) and 01 收支平衡 (R01-5)", () => {
      const { wb, session } = open(ITEMS, "万元");
      const result = wb.apply([
        { kind: "set", table: "03", row: "2010301", col: "基本支出", value: "900.00" },
      ]);
      session.update(result);
      expect(firedRules(session)).toEqual(["R01-5", "X-07", "X-11"]);
      const x11 = session.findings().filter((f) => f.rule === "X-11");
      expect(x11.map((f) => `${f.cells[0]?.row}|${f.cells[0]?.col}`).sort()).toEqual(
        ["2010301", "20103", "201", "合计"].flatMap((row) => [`${row}|小计`, `${row}|基本支出`]).sort(),
      );
    });

    it("raising it fires only 01 收支平衡 (05 ≤ 03 and 04 ≤ 01 still hold)", () => {
      const { wb, session } = open(ITEMS, "万元");
      const result = wb.apply([
        { kind: "set", table: "03", row: "2010301", col: "基本支出", value: "1100.00" },
      ]);
      session.update(result);
      expect(firedRules(session)).toEqual(["R01-5"]);
    });

    it("dropping an 02 row fires 01↔02 (X-01), 02↔01/04 (X-02) and the missing-income check (X-17)", () => {
      const { wb, session } = open(ITEMS, "万元");
      const result = wb.apply([{ kind: "putRow", table: "02", row: "2080101", snapshot: undefined }]);
      session.update(result);
      expect(firedRules(session)).toEqual(["X-01", "X-02", "X-17"]);
      const x01 = session.findings().find((f) => f.rule === "X-01");
      expect(x01?.likelyCause).toContain(`${tableName(wb.template, "02")}缺少科目 2080101`);
    });

    it("changing 06 without 05 fires only 05↔06 (X-12)", () => {
      const { wb, session } = open(ITEMS, "万元");
      const result = wb.apply([{ kind: "set", table: "06", row: "30101", col: "决算数", value: "1199.00" }]);
      session.update(result);
      expect(firedRules(session)).toEqual(["X-12"]);
    });
  },
);
