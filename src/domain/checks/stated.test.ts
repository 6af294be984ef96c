import { describe, expect, it } from "vitest";
import { type CellId, parseCellId } from "../engine/cell-id";
import { add, money, toFileString } from "../money";
import { consistentDocument, type Item } from "../testing/consistent-document";
import { Workbook } from "../workbook/workbook";
import { checkWorkbook } from "./session";

const ITEMS: Item[] = [
  { code: "2010301", basic: 1_000_00, project: 0 },
  { code: "2010302", basic: 0, project: 500_00 },
  { code: "2080101", basic: 200_00, project: 50_00 },
];

/** The consistent document with one derived cell stated as its derivation + 100.00. */
function withWrongStated(id: CellId) {
  const doc = consistentDocument(ITEMS, "元");
  const derived = new Workbook(structuredClone(doc)).derivedValue(id);
  const { table, row, col } = parseCellId(id);
  const data = doc.tables[table] ?? { rows: {} };
  data.rows[row] = { ...data.rows[row], [col]: toFileString(add(derived ?? money("0"), money("100.00"))) };
  doc.tables[table] = data;
  return checkWorkbook(new Workbook(doc));
}

describe("stated values on derived cells", () => {
  const derivedCells = [...new Workbook(consistentDocument(ITEMS, "元")).graph.formulas.keys()];

  it("a wrong stated value on any derived cell is an error at that cell, and nothing fires without it", () => {
    expect(derivedCells.length).toBeGreaterThan(200);
    expect(checkWorkbook(new Workbook(consistentDocument(ITEMS, "元")))).toEqual([]);
    for (const id of derivedCells) {
      const stated = withWrongStated(id);
      const at = parseCellId(id);
      const same = (c: { table: string; row: string; col: string }) =>
        c.table === at.table && c.row === at.row && c.col === at.col;
      const own = stated.filter((f) => f.severity === "error" && f.cells[0] && same(f.cells[0]));
      expect(own.length, `no error reported at ${id}`).toBeGreaterThan(0);
      for (const f of stated)
        expect(f.cells.some(same), `${f.rule} ${f.key} does not involve ${id}`).toBe(true);
    }
  }, 120_000);

  it("uses the catalog rule of the derivation (hierarchy R02-3, row sum R02-1, mirror X-05, 01 total R01-2)", () => {
    const rulesAt = (id: CellId) =>
      withWrongStated(id)
        .filter(
          (f) =>
            f.severity === "error" && `${f.cells[0]?.table}|${f.cells[0]?.row}|${f.cells[0]?.col}` === id,
        )
        .map((f) => f.rule)
        .sort();
    expect(rulesAt("02|20103|财政拨款收入")).toEqual(["R02-3"]);
    expect(rulesAt("02|2010301|本年收入合计")).toEqual(["R02-1"]);
    expect(rulesAt("02|20103|本年收入合计")).toEqual(["R02-1", "R02-3"]);
    expect(rulesAt("01|201|决算数")).toEqual(["X-05"]);
    expect(rulesAt("01|本年支出合计|决算数")).toEqual(["R01-2", "X-04"]);
    expect(rulesAt("04|201|一般公共预算财政拨款")).toEqual(["X-10"]);
    expect(rulesAt("09|三公经费|预算数·合计")).toEqual(["R09-1"]);
  });
});

describe("figures in a finding's words", () => {
  it("are thousands separated like the grid; the finding's values stay plain file strings", () => {
    const finding = withWrongStated("03|201|基本支出").find((f) => f.rule === "R03-3");
    expect(finding?.message).toContain("为 1,100.00");
    expect(finding?.message).toContain("相差 100.00 元");
    expect(finding?.values?.left).toBe("1100.00");
  });
});
