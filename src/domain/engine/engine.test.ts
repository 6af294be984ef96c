import { describe, expect, it } from "vitest";
import type { JuesuanDocument } from "../document/model";
import { type Money, toFileString } from "../money";
import type { TableId } from "../templates/types";
import {
  blankDocument,
  rowsOfDocument,
  smallDocument,
  templateOf,
  withRows,
  withTables,
} from "../testing/documents";
import { type CellId, cellId, parseCellId } from "./cell-id";
import { type CellFormula, expandFormulas, parentCode, subjectChildren } from "./expand";
import { buildGraph, CycleError, type Graph } from "./graph";
import { compilePlan } from "./plan";
import { PlanValues } from "./unit-values";

interface Computed {
  doc: JuesuanDocument;
  graph: Graph;
  /** Every derived cell's value (null: blank), by cell id. */
  values: { size: number; values: () => (Money | null)[]; get: (id: CellId) => Money | null | undefined };
  /** Writes an entered value into the document (null: blank), without deriving anything. */
  enter: (id: CellId, value: string | null) => void;
  /** Derives again what the changed cells reach; the derived cells whose value changed. */
  update: (changed: CellId[]) => CellId[];
  /** Derivations made since `compute` or the last `update` began. */
  evaluations: () => number;
  /** A derived cell's value as a file string, null when blank. */
  get: (table: TableId, row: string, col: string) => string | null;
}

function compute(doc: JuesuanDocument): Computed {
  const template = templateOf(doc.meta.template);
  const graph = buildGraph(expandFormulas(template, rowsOfDocument(template, doc)));
  const plan = compilePlan(template, rowsOfDocument(template, doc));
  const units = new PlanValues(doc, plan, false);
  units.deriveAll();
  let since = units.derivations;
  const slot = (id: CellId) => plan.cells.find(id) ?? -1;
  const value = (id: CellId): Money | null | undefined => {
    const f = units.formulaAt(slot(id));
    return f < 0 ? undefined : units.derivedMoney(f);
  };
  return {
    doc,
    graph,
    values: { size: plan.count, values: () => [...graph.order].map((id) => value(id) ?? null), get: value },
    enter: (id, text) => {
      const { table, row, col } = parseCellId(id);
      doc.tables[table] ??= { rows: {} };
      const rows = (doc.tables[table] as { rows: Record<string, Record<string, string | null>> }).rows;
      rows[row] ??= {};
      (rows[row] as Record<string, string | null>)[col] = text;
    },
    update: (changed) => {
      since = units.derivations;
      return units.update(changed.map(slot)).map((s) => plan.cells.idOf(s));
    },
    evaluations: () => units.derivations - since,
    get: (table, row, col) => {
      const id = cellId(table, row, col);
      if (!graph.formulas.has(id)) throw new Error(`${id} is not derived`);
      const v = value(id) ?? null;
      return v === null ? null : toFileString(v);
    },
  };
}

/** Every derived cell that (transitively) reads `id`. */
function ancestors(graph: Graph, id: CellId): Set<CellId> {
  const seen = new Set<CellId>();
  const stack = [...(graph.dependents.get(id) ?? [])];
  while (stack.length > 0) {
    const next = stack.pop() as CellId;
    if (seen.has(next)) continue;
    seen.add(next);
    stack.push(...(graph.dependents.get(next) ?? []));
  }
  return seen;
}

const termsOf = (c: Computed, table: TableId, row: string, col: string) =>
  c.graph.formulas.get(cellId(table, row, col))?.terms.map(parseCellId);

describe("科目 trees (03)", () => {
  const c = compute(smallDocument());

  it("parent rows sum their children, per column", () => {
    expect(c.get("03", "20103", "基本支出")).toBe("8.00");
    expect(c.get("03", "20103", "项目支出")).toBe("3.50"); // 2.00 + 1.50
    expect(c.get("03", "201", "项目支出")).toBe("3.50");
    expect(c.get("03", "208", "基本支出")).toBe("4.00");
    expect(c.get("03", "20805", "基本支出")).toBe("4.00");
  });

  it("合计 sums the 类 rows only (not every row)", () => {
    expect(c.get("03", "合计", "基本支出")).toBe("12.00"); // 201 8.00 + 208 4.00
    expect(c.get("03", "合计", "项目支出")).toBe("3.50");
    const kids = termsOf(c, "03", "合计", "基本支出")?.map((t) => t.row);
    expect(kids).toEqual(["201", "208"]);
  });

  it("本年支出合计 of every row is the sum of the five part columns", () => {
    const parts = ["基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"];
    const doc = withRows(smallDocument(), "03", {
      "2010399": {
        基本支出: "1.00",
        项目支出: "2.00",
        上缴上级支出: "4.00",
        经营支出: "8.00",
        对附属单位补助支出: "16.00",
      },
    });
    const d = compute(doc);
    expect(d.get("03", "2010399", "本年支出合计")).toBe("31.00");
    expect(termsOf(d, "03", "2010399", "本年支出合计")?.map((t) => t.col)).toEqual(parts);
    expect(d.get("03", "201", "本年支出合计")).toBe("42.50"); // 10.00 + 1.50 + 31.00
    expect(d.get("03", "合计", "本年支出合计")).toBe("46.50");
    expect(d.get("03", "合计", "经营支出")).toBe("8.00");
  });

  it("a 项 row without its 款 row hangs under the nearest existing ancestor (the 类 row, else 合计)", () => {
    const doc = withRows(blankDocument(), "03", {
      "205": {},
      "2050101": { 基本支出: "1.00" },
      "2080501": { 基本支出: "2.00" },
    });
    const d = compute(doc);
    expect(d.get("03", "205", "基本支出")).toBe("1.00");
    expect(termsOf(d, "03", "合计", "基本支出")?.map((t) => t.row)).toEqual(["205", "2080501"]);
    expect(d.get("03", "合计", "基本支出")).toBe("3.00");
    expect(parentCode("2050101", (x) => x === "205")).toBe("205");
    expect(parentCode("2050101", () => false)).toBeUndefined();
    expect(subjectChildren(["合计", "205", "20501", "2050101"], "合计")).toEqual(
      new Map([
        ["合计", ["205"]],
        ["205", ["20501"]],
        ["20501", ["2050101"]],
      ]),
    );
  });

  it("leaf rows have no tree formula (their parts are entered)", () => {
    expect(c.graph.formulas.has(cellId("03", "2010301", "基本支出"))).toBe(false);
    expect(c.graph.formulas.has(cellId("03", "2010301", "本年支出合计"))).toBe(true);
  });
});

describe("between tables", () => {
  const c = compute(smallDocument());

  it("01 支出 class row 201 mirrors 03 201 本年支出合计", () => {
    expect(c.get("03", "201", "本年支出合计")).toBe("11.50");
    expect(c.get("01", "201", "决算数")).toBe("11.50");
    expect(c.get("01", "208", "决算数")).toBe("4.00");
    expect(termsOf(c, "01", "201", "决算数")).toEqual([{ table: "03", row: "201", col: "本年支出合计" }]);
  });

  it("a class row absent from 03 mirrors as blank, and 01 本年支出合计 sums the class rows", () => {
    expect(c.get("01", "202", "决算数")).toBeNull();
    expect(c.get("01", "本年支出合计", "决算数")).toBe("15.50");
    expect(termsOf(c, "01", "本年支出合计", "决算数")).toHaveLength(26);
    expect(c.get("01", "支出总计", "决算数")).toBe("16.50"); // + 年末结转和结余 1.00
  });

  it("04 fund columns of the class rows mirror 05 小计, 07 本年支出小计 and 08 合计", () => {
    expect(c.get("05", "201", "小计")).toBe("10.00");
    expect(c.get("04", "201", "一般公共预算财政拨款")).toBe("10.00");
    expect(c.get("04", "208", "一般公共预算财政拨款")).toBe("4.00");
    expect(termsOf(c, "04", "201", "一般公共预算财政拨款")).toEqual([
      { table: "05", row: "201", col: "小计" },
    ]);
    expect(c.get("04", "212", "政府性基金预算财政拨款")).toBe("4.00");
    expect(c.get("04", "223", "国有资本经营预算财政拨款")).toBe("0.30");
    expect(c.get("04", "201", "合计")).toBe("10.00");
    expect(c.get("04", "本年支出合计", "一般公共预算财政拨款")).toBe("14.00");
    expect(c.get("04", "本年支出合计", "合计")).toBe("18.30");
    // 支出总计 by fund = 本年支出合计 + 年末财政拨款结转和结余
    expect(c.get("04", "支出总计", "政府性基金预算财政拨款")).toBe("6.00");
    expect(c.get("04", "支出总计", "合计")).toBe("20.30");
  });

  it("01 本年收入合计 sums the eight income rows (rows 1–3 from 04, 4–8 from 02 合计)", () => {
    const doc = withTables(blankDocument(), {
      "04": {
        一般公共预算财政拨款: { 金额: "1.00" },
        政府性基金预算财政拨款: { 金额: "2.00" },
        国有资本经营预算财政拨款: { 金额: "4.00" },
      },
      "02": {
        "2010301": { 上级补助收入: "8.00", 事业收入: "16.00", 经营收入: "32.00" },
        "2080501": { 附属单位上缴收入: "64.00", 其他收入: "128.00", 财政拨款收入: "256.00" },
      },
      "01": { 使用非财政拨款结余: { 决算数: "512.00" }, 年初结转和结余: { 决算数: "1024.00" } },
    });
    const d = compute(doc);
    expect(d.get("01", "一般公共预算财政拨款收入", "决算数")).toBe("1.00");
    expect(d.get("01", "国有资本经营预算财政拨款收入", "决算数")).toBe("4.00");
    expect(d.get("01", "事业收入", "决算数")).toBe("16.00");
    expect(d.get("01", "其他收入", "决算数")).toBe("128.00");
    expect(termsOf(d, "01", "本年收入合计", "决算数")).toHaveLength(8);
    expect(d.get("01", "本年收入合计", "决算数")).toBe("255.00"); // 02 财政拨款收入 (256) is not an 01 row
    expect(d.get("01", "收入总计", "决算数")).toBe("1791.00");
    expect(d.get("04", "本年收入合计", "金额")).toBe("7.00");
  });
});

describe("06 and 09", () => {
  it("06 classes sum their items; 人员经费合计 = 301 + 303; 公用经费合计 = the other classes", () => {
    const doc = withRows(blankDocument(), "06", {
      "30101": { 决算数: "1.00" },
      "30102": { 决算数: "2.00" },
      "30302": { 决算数: "4.00" },
      "30201": { 决算数: "8.00" },
      "30701": { 决算数: "16.00" },
      "31002": { 决算数: "32.00" },
      "39999": { 决算数: "64.00" },
    });
    const d = compute(doc);
    expect(d.get("06", "301", "决算数")).toBe("3.00");
    expect(d.get("06", "303", "决算数")).toBe("4.00");
    expect(d.get("06", "人员经费合计", "决算数")).toBe("7.00");
    expect(termsOf(d, "06", "人员经费合计", "决算数")?.map((t) => t.row)).toEqual(["301", "303"]);
    expect(d.get("06", "公用经费合计", "决算数")).toBe("120.00");
    expect(d.get("06", "312", "决算数")).toBeNull();
  });

  it("09 合计 = 因公出国 + 公务用车小计 + 公务接待; 小计 = 购置 + 运行维护; both halves", () => {
    const car = "公务用车购置及运行维护费";
    const doc = withRows(blankDocument(), "09", {
      三公经费: {
        "预算数·因公出国（境）费": "1.00",
        [`预算数·${car}·公务用车购置费`]: "2.00",
        [`预算数·${car}·公务用车运行维护费`]: "4.00",
        预算数·公务接待费: "8.00",
        "决算数·因公出国（境）费": "0.10",
        [`决算数·${car}·公务用车运行维护费`]: "0.20",
      },
    });
    const d = compute(doc);
    expect(d.get("09", "三公经费", `预算数·${car}·小计`)).toBe("6.00");
    expect(d.get("09", "三公经费", "预算数·合计")).toBe("15.00");
    expect(d.get("09", "三公经费", `决算数·${car}·小计`)).toBe("0.20");
    expect(d.get("09", "三公经费", "决算数·合计")).toBe("0.30");
  });
});

describe("blank is not zero", () => {
  it("every derived cell of a blank document is blank", () => {
    const c = compute(blankDocument());
    expect(c.values.size).toBeGreaterThan(100);
    for (const value of c.values.values()) expect(value).toBeNull();
  });

  it("0.00 inputs give 0.00 totals; columns left blank stay blank", () => {
    const doc = withTables(blankDocument(), {
      "03": { "201": {}, "2010301": { 基本支出: "0.00" }, "2010302": { 基本支出: null } },
      "09": { 三公经费: { 决算数·公务接待费: "0" } },
    });
    const c = compute(doc);
    expect(c.get("03", "201", "基本支出")).toBe("0.00");
    expect(c.get("03", "2010302", "本年支出合计")).toBeNull(); // given as blank (null) is blank
    expect(c.get("03", "合计", "本年支出合计")).toBe("0.00");
    expect(c.get("01", "201", "决算数")).toBe("0.00");
    expect(c.get("01", "支出总计", "决算数")).toBe("0.00");
    expect(c.get("03", "201", "项目支出")).toBeNull();
    expect(c.get("01", "205", "决算数")).toBeNull();
    expect(c.get("09", "三公经费", "决算数·合计")).toBe("0.00");
    expect(c.get("09", "三公经费", "预算数·合计")).toBeNull();
  });
});

describe("cycles", () => {
  const f = (...terms: CellId[]): CellFormula => ({ terms, spec: "sum" });

  it("a cyclic formula set throws CycleError naming the cycle", () => {
    const formulas = new Map<CellId, CellFormula>([
      ["d", f("a", "x")], // depends on the cycle but is not part of it
      ["a", f("b", "x")],
      ["b", f("c")],
      ["c", f("y", "a")],
      ["e", f("x")],
    ]);
    let error: unknown;
    try {
      buildGraph(formulas);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CycleError);
    const cycle = (error as CycleError).cycle;
    expect(cycle[0]).toBe(cycle[cycle.length - 1]);
    expect(new Set(cycle)).toEqual(new Set(["a", "b", "c"]));
    expect(cycle).toHaveLength(4);
    // consecutive cells really read each other
    for (let i = 0; i + 1 < cycle.length; i++) {
      expect(formulas.get(cycle[i] as CellId)?.terms).toContain(cycle[i + 1]);
    }
    expect((error as Error).message).toContain("循环引用");
    expect((error as Error).message).toContain("a");
  });

  it("a cell reading itself is a cycle", () => {
    expect(() => buildGraph(new Map([["a", f("a")]]))).toThrow(CycleError);
  });

  it("an acyclic set orders every cell after the derived cells it reads", () => {
    const formulas = new Map([
      ["t", f("m", "n")],
      ["m", f("x")],
      ["n", f("m", "y")],
    ]);
    const graph = buildGraph(formulas);
    expect(graph.order).toEqual(["m", "n", "t"]);
    expect(graph.rank.get("t")).toBe(2);
  });

  it("the templates' own formulas are acyclic", () => {
    expect(() => compute(smallDocument())).not.toThrow();
    expect(() => compute(smallDocument("2023-24"))).not.toThrow();
  });
});

describe("PlanValues.update", () => {
  const leaf = cellId("03", "2010301", "基本支出");

  it("touches exactly the ancestors of an edited leaf", () => {
    const c = compute(smallDocument());
    const expected = new Set([
      cellId("03", "2010301", "本年支出合计"),
      cellId("03", "20103", "基本支出"),
      cellId("03", "20103", "本年支出合计"),
      cellId("03", "201", "基本支出"),
      cellId("03", "201", "本年支出合计"),
      cellId("03", "合计", "基本支出"),
      cellId("03", "合计", "本年支出合计"),
      cellId("01", "201", "决算数"),
      cellId("01", "本年支出合计", "决算数"),
      cellId("01", "支出总计", "决算数"),
    ]);
    expect(ancestors(c.graph, leaf)).toEqual(expected);

    c.enter(leaf, "9.00");
    const updated = c.update([leaf]);
    expect(new Set(updated)).toEqual(expected);
    expect(updated).toHaveLength(expected.size);
    expect(c.evaluations()).toBe(expected.size); // nothing else was evaluated
    // dependents come after what they read
    expect(updated.indexOf(cellId("01", "201", "决算数"))).toBeGreaterThan(
      updated.indexOf(cellId("03", "201", "本年支出合计")),
    );
    expect(c.get("01", "支出总计", "决算数")).toBe("17.50");
    // same as computing everything again
    const all = compute(c.doc);
    for (const id of c.graph.order) expect(c.values.get(id) ?? null).toEqual(all.values.get(id) ?? null);
  });

  it("an edit that does not change the value returns [] after evaluating only the direct dependents", () => {
    const doc = withRows(smallDocument(), "03", { "2010301": { 基本支出: "1.00" } });
    const c = compute(doc);
    c.enter(leaf, "1.00");
    const updated = c.update([leaf]);
    expect(updated).toEqual([]);
    expect(c.evaluations()).toBe(c.graph.dependents.get(leaf)?.length);
    expect(c.evaluations()).toBe(2); // 2010301 本年支出合计 and 20103 基本支出
  });

  it("stops where a value comes out unchanged (two sibling edits that cancel)", () => {
    const c = compute(smallDocument());
    const sibling = cellId("03", "2010350", "项目支出");
    const other = cellId("03", "2010301", "项目支出");
    c.enter(other, "3.00"); // +1.00
    c.enter(sibling, "0.50"); // −1.00
    const updated = c.update([other, sibling]);
    expect(new Set(updated)).toEqual(
      new Set([cellId("03", "2010301", "本年支出合计"), cellId("03", "2010350", "本年支出合计")]),
    );
    // the two row totals and their common parent 20103 项目支出, which did not change: nothing above it
    expect(c.evaluations()).toBe(3);
    expect(c.get("03", "20103", "项目支出")).toBe("3.50");
  });

  it("blanking the only input of a chain makes the whole chain blank again", () => {
    const doc = withRows(blankDocument(), "03", { "2010301": { 基本支出: "5.00" } });
    const c = compute(doc);
    const id = cellId("03", "2010301", "基本支出");
    c.enter(id, null);
    const updated = c.update([id]);
    expect(updated.length).toBeGreaterThan(0);
    for (const x of updated) expect(c.values.get(x)).toBeNull();
    expect(c.get("01", "支出总计", "决算数")).toBeNull();
  });

  it("a changed derived cell (a stated value) re-evaluates itself only", () => {
    const c = compute(smallDocument());
    const total = cellId("03", "201", "本年支出合计");
    const updated = c.update([total]);
    expect(updated).toEqual([]);
    expect(c.evaluations()).toBe(1);
  });
});
