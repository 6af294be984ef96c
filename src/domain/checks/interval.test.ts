import { describe, expect, it } from "vitest";
import type { JuesuanDocument, Unit } from "../document/model";
import { blankDocument, withTables } from "../testing/documents";
import { Workbook } from "../workbook/workbook";
import { checkWorkbook } from "./session";
import type { Finding } from "./types";

const run = (doc: JuesuanDocument) => checkWorkbook(new Workbook(doc));
const byRule = (findings: readonly Finding[], rule: string) => findings.filter((f) => f.rule === rule);

/** 03: 201 states 基本支出 150.00 over 20103 (not stated) = 100.00 + 50.01. */
function statedParent(unit: Unit): JuesuanDocument {
  return withTables(blankDocument("2023", unit), {
    "03": {
      "201": { 基本支出: "150.00" },
      "20103": {},
      "2010301": { 基本支出: "100.00" },
      "2010302": { 基本支出: "50.01" },
    },
  });
}

describe("interval semantics (DESIGN.md: Amounts and rounding)", () => {
  it("万元: a 0.01 gap within 0.005 × n is info 尾差, with both values and the tolerance", () => {
    const [finding, ...rest] = byRule(run(statedParent("万元")), "R03-3");
    expect(rest).toEqual([]);
    expect(finding?.severity).toBe("info");
    expect(finding?.values).toEqual({ left: "150.00", right: "150.01", difference: "-0.01" });
    // target + two entered leaves: 3 × 0.005
    expect(finding?.message).toContain("±0.015");
    expect(finding?.cells.map((c) => c.row)).toEqual(["201", "20103"]);
  });

  it("元: every amount is exact, so the same 0.01 gap is an error", () => {
    const [finding] = byRule(run(statedParent("元")), "R03-3");
    expect(finding?.severity).toBe("error");
    expect(finding?.message).toContain("相差 -0.01 元");
  });

  it("万元: a gap beyond the tolerance is an error", () => {
    const doc = statedParent("万元");
    (doc.tables["03"] as { rows: Record<string, Record<string, string>> }).rows["201"] = {
      基本支出: "150.03",
    };
    expect(byRule(run(doc), "R03-3").map((f) => f.severity)).toEqual(["error"]);
  });

  it("A ≤ B holds when lo(A) ≤ hi(B): 05 may exceed 03 by the rounding of the two amounts", () => {
    const doc = (unit: Unit, part: string) =>
      withTables(blankDocument("2023", unit), {
        "03": { "2010301": { 基本支出: "10.00" } },
        "05": { "2010301": { 基本支出: part } },
      });
    const x11 = (unit: Unit, part: string) =>
      byRule(run(doc(unit, part)), "X-11")
        .filter((f) => f.cells[0]?.row === "2010301" && f.cells[0]?.col === "基本支出")
        .map((f) => f.severity);
    expect(x11("万元", "10.01")).toEqual(["info"]);
    expect(x11("万元", "10.02")).toEqual(["error"]);
    expect(x11("万元", "9.99")).toEqual([]);
    expect(x11("元", "10.01")).toEqual(["error"]);
  });

  it("a derived cell is the interval sum of its inputs: the tolerance grows with the amounts summed", () => {
    // 01 年初结转和结余 carries the gap; 收入总计 (derived from 3 amounts in 04/01) vs 支出总计 (2 in 03).
    const doc = (carry: string) =>
      withTables(blankDocument("2023", "万元"), {
        "03": { "201": {}, "20103": {}, "2010301": { 基本支出: "10.00", 项目支出: "5.00" } },
        "05": { "201": {}, "20103": {}, "2010301": { 基本支出: "10.00", 项目支出: "5.00" } },
        "02": { "201": {}, "20103": {}, "2010301": { 财政拨款收入: "14.98" } },
        "04": { 一般公共预算财政拨款: { 金额: "14.98" } },
        "01": { 年初结转和结余: { 决算数: carry } },
      });
    // 14.98 + 0.00 (2 amounts) vs 15.00 (2 amounts): |−0.02| ≤ 4 × 0.005 → 尾差
    expect(byRule(run(doc("0.00")), "R01-5").map((f) => f.severity)).toEqual(["info"]);
    // 14.98 + 0.01 vs 15.00: still within → 尾差; 14.98 − 0.02 → error
    expect(byRule(run(doc("0.01")), "R01-5").map((f) => f.severity)).toEqual(["info"]);
    expect(byRule(run(doc("-0.02")), "R01-5").map((f) => f.severity)).toEqual(["error"]);
  });

  it("blank counts as 0 and a stated blank over blank parts holds", () => {
    const doc = withTables(blankDocument("2023", "万元"), {
      "09": { 三公经费: { 决算数·合计: null, 决算数·公务用车购置及运行维护费·小计: null } },
    });
    expect(run(doc).filter((f) => f.rule.startsWith("R09"))).toEqual([]);
  });
});
