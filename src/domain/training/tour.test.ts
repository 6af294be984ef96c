import { describe, expect, it } from "vitest";
import { CheckSession } from "../checks";
import { Workbook } from "../workbook/workbook";
import { cellRoles } from "./roles";
import { sampleWithFindings } from "./testing";
import { figureValue, SAMPLE_TOUR, stepCells, verifyTour } from "./tour";
import { allPrecedents, checksOf } from "./trace";

const { workbook, findings } = sampleWithFindings();
const step = (id: string) => {
  const found = SAMPLE_TOUR.find((s) => s.id === id);
  if (!found) throw new Error(`no step ${id}`);
  return found;
};

describe("the guided tour on the sample", () => {
  it("covers the topics in order", () => {
    expect(SAMPLE_TOUR.map((s) => [s.id, s.table])).toEqual([
      ["entered-derived", "03"],
      ["hierarchy", "03"],
      ["mirror", "01"],
      ["failing-check", "02"],
      ["stated-total", "01"],
      ["basic-06-05", "06"],
      ["sangong", "09"],
    ]);
    expect(new Set(SAMPLE_TOUR.map((s) => s.id)).size).toBe(SAMPLE_TOUR.length);
  });

  it("fits the sample: every cell exists, every figure matches, every check is as described", () => {
    expect(verifyTour(workbook, findings)).toEqual([]);
  });

  it("quotes no amount without saying where it comes from", () => {
    for (const s of SAMPLE_TOUR) {
      const amounts = [...`${s.title}${s.explanation}`.matchAll(/\d+\.\d{2}/g)].map((m) => m[0]);
      const quoted = new Set(s.figures.map((f) => f.text));
      for (const amount of amounts) expect(quoted.has(amount), `${s.id}: ${amount}`).toBe(true);
      expect(s.explanation.length).toBeGreaterThan(40);
    }
  });

  it("agrees with the domain's own view of the cells it explains", () => {
    // entered vs derived
    const roles = cellRoles(workbook, "03");
    expect(roles.get("03|2010301|基本支出")?.derived).toBe(false);
    expect(roles.get("03|2010301|本年支出合计")?.derived).toBe(true);
    // the hierarchy really runs 项 → 款 → 类 → 合计
    const up = allPrecedents(workbook, "03|合计|基本支出");
    const depth = new Map(up.steps.map((s) => [s.id, s.depth]));
    expect([
      depth.get("03|201|基本支出"),
      depth.get("03|20103|基本支出"),
      depth.get("03|2010301|基本支出"),
    ]).toEqual([1, 2, 3]);
    // the mirrors: 01 201 is computed from 03 201, 01's 一般公共预算 income from 04
    expect(allPrecedents(workbook, "01|201|决算数").steps[0]?.id).toBe("03|201|本年支出合计");
    expect(allPrecedents(workbook, "01|一般公共预算财政拨款收入|决算数").steps[0]?.id).toBe(
      "04|一般公共预算财政拨款|金额",
    );
    // 06 → 05 基本支出
    const x12 = checksOf(workbook, "06|人员经费合计|决算数", findings).find((l) => l.rule === "X-12");
    expect(x12?.partners.map((p) => p.id)).toEqual(["05|合计|基本支出"]);
  });

  it("quotes a difference and a blank as the grid shows them", () => {
    const stated = step("stated-total");
    expect(stated.figures.map((f) => figureValue(workbook, f))).toEqual([
      "507.92",
      "84.58",
      "7.08",
      "5.97",
      "403.55",
      "6.75",
      "507.93",
      "0.01",
    ]);
    expect(
      figureValue(workbook, { text: "", shown: ["09|三公经费|预算数·公务用车购置及运行维护费·小计"] }),
    ).toBe("空白");
    expect(stepCells(step("failing-check"))).toContain("05|2101103|小计");
  });

  it("says so when the document no longer matches (a corrected 02)", () => {
    const fixed = structuredClone(workbook.doc);
    const rows = fixed.tables["02"]?.rows;
    if (!rows) throw new Error("no 02");
    rows["2101103"] = { 本年收入合计: "2.65", 财政拨款收入: "2.65" };
    const book = new Workbook(fixed);
    const problems = verifyTour(book, new CheckSession(book).findings());
    expect(problems).toEqual(["导览“审核发现的错误：02表漏列一行”：R02-3 应为 error，文档为 ok"]);
  });

  it("says so when a quoted figure changed", () => {
    const book = new Workbook(structuredClone(workbook.doc));
    book.apply([{ kind: "set", table: "03", row: "2010301", col: "基本支出", value: "17.12" }]);
    const problems = verifyTour(book, new CheckSession(book).findings());
    expect(problems).toContain("导览“填报数与计算数”：说明写 17.11，文档为 17.12");
    expect(problems).toContain("导览“项 → 款 → 类 → 合计”：说明写 84.58，文档为 84.59");
    // The stated 20103 (84.58) now trails its 项 (84.59) by 0.01: within rounding, a 尾差 the step does not describe.
    expect(problems).toContain("导览“项 → 款 → 类 → 合计”：R03-3 应为 ok，文档为 尾差");
  });
});
