import { describe, expect, it } from "vitest";
import { blankDocument, withRows } from "../testing/documents";
import { Workbook } from "../workbook/workbook";
import { checkIndex } from "./check-index";
import { sampleWithFindings } from "./testing";
import { allDependents, allPrecedents, checksOf, dependents, precedents, reach, traceAll } from "./trace";

const { workbook, findings } = sampleWithFindings();
const ids = (cells: readonly { id: string }[]) => cells.map((c) => c.id);

describe("precedents and dependents (direct)", () => {
  it("01 本年支出合计 is the sum of the 01 class rows; an entered cell has none", () => {
    const direct = precedents(workbook, "01|本年支出合计|决算数");
    expect(direct).toHaveLength(26);
    expect(direct[0]).toMatchObject({
      id: "01|201|决算数",
      table: "01",
      address: "01表 · 201 一、一般公共服务支出 · 决算数",
      value: "84.58",
      kind: "stated",
      via: "sum",
      depth: 1,
    });
    expect(precedents(workbook, "03|2010301|基本支出")).toEqual([]);
  });

  it("01's class row 201 is mirrored from 03's 201 本年支出合计", () => {
    expect(precedents(workbook, "01|201|决算数")).toEqual([
      expect.objectContaining({ id: "03|201|本年支出合计", via: "mirror", value: "84.58", present: true }),
    ]);
  });

  it("a 03 项 cell feeds its row total and its 款", () => {
    expect(ids(dependents(workbook, "03|2010301|基本支出"))).toEqual([
      "03|2010301|本年支出合计",
      "03|20103|基本支出",
    ]);
  });
});

describe("transitive trace", () => {
  it("from 01 本年支出合计 down to 03's 类, 款 and 项 rows, grouped by table", () => {
    const up = allPrecedents(workbook, "01|本年支出合计|决算数");
    expect(up.byTable.map((g) => g.table)).toEqual(["01", "03"]);
    expect(up.byTable[1]?.title).toBe("公开03表 支出决算表");
    const depth = new Map(up.steps.map((s) => [s.id, s.depth]));
    expect(depth.get("01|201|决算数")).toBe(1);
    expect(depth.get("03|201|本年支出合计")).toBe(2);
    expect(depth.get("03|201|基本支出")).toBe(3);
    expect(depth.get("03|20103|基本支出")).toBe(4);
    expect(depth.get("03|2010301|基本支出")).toBe(5);
    // 03 has no 202 row: 01's 202 reads a blank cell, and the trace stops there.
    expect(depth.has("01|202|决算数")).toBe(true);
    expect(depth.has("03|202|本年支出合计")).toBe(false);
    // 03 合计 is not a precedent (01 sums its own class rows): it is joined by the check X-04.
    expect(depth.has("03|合计|本年支出合计")).toBe(false);
  });

  it("a 05 项 amount flows up to 04's 一般公共预算 column and 01 does not read it", () => {
    const down = allDependents(workbook, "05|2010301|基本支出");
    const reached = ids(down.steps);
    expect(reached).toContain("05|2010301|小计");
    expect(reached).toContain("05|20103|基本支出");
    expect(reached).toContain("05|合计|基本支出");
    expect(reached).toContain("05|201|小计");
    expect(reached).toContain("05|合计|小计");
    expect(reached).toContain("04|201|一般公共预算财政拨款");
    expect(reached).toContain("04|201|合计");
    expect(reached).toContain("04|本年支出合计|一般公共预算财政拨款");
    expect(reached).toContain("04|支出总计|合计");
    expect(reached.some((id) => id.startsWith("01|"))).toBe(false);
    expect(down.byTable.map((g) => g.table)).toEqual(["04", "05"]);
  });
});

describe("checks a cell takes part in", () => {
  it("01 本年支出合计 must agree with 03 合计 (X-04) and bound 04's (X-07); 尾差 against its class rows", () => {
    const links = checksOf(workbook, "01|本年支出合计|决算数", findings);
    const x04 = links.find((l) => l.rule === "X-04");
    expect(x04).toMatchObject({ rel: "=", side: "left", active: true, state: "ok" });
    expect(ids(x04?.partners ?? [])).toEqual(["03|合计|本年支出合计"]);
    const x07 = links.find((l) => l.rule === "X-07");
    expect(x07).toMatchObject({ rel: "≤", side: "right", state: "ok" });
    expect(ids(x07?.partners ?? [])).toEqual(["04|本年支出合计|合计"]);
    // The stated 507.92 against the class rows' 507.93: within rounding.
    expect(links.find((l) => l.rule === "R01-2")).toMatchObject({ state: "尾差", active: true });
  });

  it("02 21011 fails R02-3 against its 项 rows", () => {
    const links = checksOf(workbook, "02|21011|本年收入合计", findings).filter((l) => l.rule === "R02-3");
    // As a part of 210 (which it matches) and as the 款 whose 项 it must equal.
    expect(links.map((l) => [l.side, l.state])).toEqual([
      ["right", "ok"],
      ["left", "error"],
    ]);
    const link = links[1];
    expect(ids(link?.left ?? [])).toEqual(["02|21011|本年收入合计"]);
    expect(ids(link?.right ?? [])).toEqual(["02|2101101|本年收入合计", "02|2101102|本年收入合计"]);
  });

  it("an identity that restates a derivation is checked only where the total is stated", () => {
    // The sample states every total (a published document): R03-1 compares the stated 17.11 with its parts.
    const stated = checksOf(workbook, "03|2010301|基本支出").find((l) => l.rule === "R03-1");
    expect(stated?.active).toBe(true);
    // The target first, then the other parts.
    expect(ids(stated?.partners ?? []).slice(0, 3)).toEqual([
      "03|2010301|本年支出合计",
      "03|2010301|项目支出",
      "03|2010301|上缴上级支出",
    ]);
    // A document prepared in the editor states nothing: the evaluator makes no such check.
    const fresh = new Workbook(withRows(blankDocument(), "03", { "2010301": { 基本支出: "17.11" } }));
    expect(checksOf(fresh, "03|2010301|基本支出").map((l) => l.rule)).not.toContain("R03-1");
    // Replacing the stated value by the computed one: the check no longer runs (active false, state ok).
    const book = new Workbook(structuredClone(workbook.doc));
    checksOf(book, "03|2010301|基本支出");
    book.apply([{ kind: "set", table: "03", row: "2010301", col: "本年支出合计", value: undefined }]);
    const link = checksOf(book, "03|2010301|基本支出", []).find((l) => l.rule === "R03-1");
    expect(link).toMatchObject({ active: false, side: "right", state: "ok" });
  });

  it("a 06 item reaches 05 合计·基本支出 through 301 and 人员经费合计 (X-12)", () => {
    const r = reach(workbook, "06|30101|决算数", findings);
    expect(ids(r.dependents.steps)).toEqual(["06|301|决算数", "06|人员经费合计|决算数"]);
    const x12 = r.checks.find((l) => l.rule === "X-12");
    expect(x12).toMatchObject({ via: "06|人员经费合计|决算数", state: "ok", rel: "=" });
    expect(ids(x12?.partners ?? [])).toEqual(["05|合计|基本支出"]);
    expect(x12?.partners[0]?.value).toBe("104.37");
    expect(r.checks.map((l) => l.rule)).not.toContain("R01-7");
  });

  it("03's 2101103 has spending but no 02 row and no carry-over (X-17, a coverage check)", () => {
    const x17 = checksOf(workbook, "03|2101103|本年支出合计", findings).find((l) => l.rule === "X-17");
    expect(x17).toMatchObject({ rel: null, side: "left", state: "error", active: true });
    // The income cell it looks for is 02's own 2101103 row, which 02 lacks.
    expect(ids(x17?.partners ?? [])).toEqual(["02|2101103|本年收入合计", "01|年初结转和结余|决算数"]);
    expect(x17?.partners.map((p) => p.present)).toEqual([false, true]);
  });

  it("traceAll gives the panel everything in one call", () => {
    const all = traceAll(workbook, "01|201|决算数", findings);
    expect(all.cell).toMatchObject({ id: "01|201|决算数", kind: "stated", value: "84.58", present: true });
    expect(ids(all.precedents)).toEqual(["03|201|本年支出合计"]);
    expect(ids(all.dependents)).toEqual(["01|本年支出合计|决算数"]);
    expect(ids(all.allDependents.steps)).toEqual(["01|本年支出合计|决算数", "01|支出总计|决算数"]);
    expect(all.allPrecedents.byTable.map((g) => g.table)).toEqual(["03"]);
    expect(all.checks.map((l) => l.rule)).toEqual(expect.arrayContaining(["R01-2", "X-05", "X-07"]));
  });

  it("the check index is rebuilt when rows change", () => {
    const book = new Workbook(withRows(workbook.doc, "03", { "2010302": { 基本支出: "1.00" } }));
    const before = checkIndex(book);
    expect(before.ofCell("03|2010302|基本支出").length).toBeGreaterThan(0);
    expect(checkIndex(book)).toBe(before);
    book.apply([{ kind: "putRow", table: "03", row: "2010302", snapshot: undefined }]);
    expect(checkIndex(book)).not.toBe(before);
    expect(checkIndex(book).ofCell("03|2010302|基本支出")).toEqual([]);
  });
});
