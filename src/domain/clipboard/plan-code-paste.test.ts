import { describe, expect, it } from "vitest";
import { cellId } from "../engine/cell-id";
import { smallDocument } from "../testing/documents";
import { Workbook } from "../workbook/workbook";
import { describeCodePaste, planCodePaste } from "./plan-code-paste";

const fresh = () => new Workbook(smallDocument());
const AT_CODE = { column: null } as const;

/** Applies a plan as the store does: created rows first, then the cells, as one batch. */
function applied(wb: Workbook, plan: NonNullable<ReturnType<typeof planCodePaste>>) {
  wb.apply([...plan.rows, ...plan.edits]);
  return wb;
}

describe("planCodePaste: rows matched by 科目编码", () => {
  it("puts amounts in the row of the code, whatever row the paste lands on", () => {
    const wb = fresh();
    const plan = planCodePaste(wb, "03", [["2080501", "行政运行", "", "9.00", "1.00"]], {
      column: null,
    });
    expect(plan?.edits).toEqual([
      { kind: "set", table: "03", row: "2080501", col: "基本支出", value: "9.00" },
      { kind: "set", table: "03", row: "2080501", col: "项目支出", value: "1.00" },
    ]);
    // 本年支出合计 of a 项 row is derived: the blank under it is skipped without counting.
    expect(plan?.skippedDerived).toBe(0);
    expect(plan?.matched).toBe(1);
  });

  it("starts the amounts at the amount column it lands on; a code never becomes an amount", () => {
    const wb = fresh();
    const plan = planCodePaste(wb, "03", [["2010301", "行政运行", "5"]], { column: "项目支出" });
    expect(plan?.edits).toEqual([
      { kind: "set", table: "03", row: "2010301", col: "项目支出", value: "5.00" },
    ]);
    expect(plan?.edits.some((e) => e.value === "2010301.00")).toBe(false);
  });

  it("reads codes spaced, bracketed and split into 类/款/项 columns", () => {
    const wb = fresh();
    const spaced = planCodePaste(
      wb,
      "03",
      [
        ["201 03 01", "", "3"],
        ["[2010350]", "", "4"],
      ],
      AT_CODE,
    );
    expect(spaced?.edits.map((e) => [e.row, e.col, e.value])).toEqual([
      ["2010301", "基本支出", "3.00"],
      ["2010350", "基本支出", "4.00"],
    ]);
    const split = planCodePaste(
      wb,
      "03",
      [
        ["201", "", "", "一般公共服务支出", "", "1"],
        ["201", "03", "01", "行政运行", "", "2"],
      ],
      AT_CODE,
    );
    expect(split?.edits.map((e) => [e.row, e.col, e.value])).toEqual([["2010301", "基本支出", "2.00"]]);
    expect(split?.skippedDerived).toBe(1);
  });

  it("creates missing rows and their 类/款, named from the block or the catalog, in one batch", () => {
    const wb = fresh();
    const plan = planCodePaste(
      wb,
      "03",
      [
        ["2120101", "", "", "6"],
        ["2120102", "城管执法（自编）", "", "7"],
      ],
      AT_CODE,
    );
    expect(plan?.created).toEqual(["212", "21201", "2120101", "2120102"]);
    applied(wb, plan ?? expect.unreachable());
    expect(wb.rowName("03", "2120101")).toBe("行政运行");
    expect(wb.rowName("03", "2120102")).toBe("城管执法（自编）");
    expect(wb.stored(cellId("03", "2120102", "基本支出"))).toBe("7.00");
    expect(wb.shown(cellId("03", "21201", "基本支出"))?.toString()).toBe("13");
  });

  it("refuses a code that is no 科目, with a message, and pastes the other rows", () => {
    const wb = fresh();
    const plan = planCodePaste(
      wb,
      "03",
      [
        ["2010301", "行政运行", "", "1"],
        ["20103011", "错误编码", "", "2"],
        ["2999999", "", "", "3"],
      ],
      AT_CODE,
    );
    expect(plan?.edits).toHaveLength(1);
    expect(plan?.refusedRows.map((r) => r.code)).toEqual(["20103011", "2999999"]);
    const text = describeCodePaste(plan ?? expect.unreachable());
    expect(text).toContain("已按科目编码粘贴 1 行、1 个单元格");
    expect(text).toContain("2 行未粘贴：“20103011”不是有效的科目编码 等");
  });

  it("sends the 合计 row's figures to the 合计 row (derived: skipped) and ignores headings", () => {
    const wb = fresh();
    const plan = planCodePaste(
      wb,
      "03",
      [
        ["科目编码", "科目名称", "本年支出合计", "基本支出"],
        ["合计", "", "20", "12"],
        ["2010301", "行政运行", "", "8"],
      ],
      AT_CODE,
    );
    expect(plan?.ignoredRows).toBe(1);
    expect(plan?.skippedDerived).toBe(2);
    expect(plan?.edits.map((e) => [e.row, e.col])).toEqual([["2010301", "基本支出"]]);
  });

  it("leaves a block of amounts to the positional paste", () => {
    const wb = fresh();
    expect(planCodePaste(wb, "03", [["17.11", "5"]], { column: "基本支出" })).toBeNull();
    // Plain numbers that could be codes but name no known 科目 and carry no name: amounts.
    expect(planCodePaste(wb, "03", [["20000"], ["21000"]], { column: "基本支出" })).toBeNull();
    expect(planCodePaste(wb, "03", [["201", "15", "30"]], { column: "基本支出" })).toBeNull();
    // Tables whose rows carry no codes take none.
    expect(planCodePaste(wb, "09", [["2010301", "行政运行", "5"]], { column: null })).toBeNull();
  });

  it("takes a known code followed by amounts as a code even without a name", () => {
    const wb = fresh();
    const plan = planCodePaste(wb, "03", [["2010350", "6"]], { column: "基本支出" });
    expect(plan?.edits).toEqual([
      { kind: "set", table: "03", row: "2010350", col: "基本支出", value: "6.00" },
    ]);
  });

  it("matches 06's 经济分类 rows by code and refuses a code 06 does not print", () => {
    const wb = fresh();
    const plan = planCodePaste(
      wb,
      "06",
      [
        ["30101", "基本工资", "6"],
        ["30201", "办公费", "2"],
        ["30188", "其他", "1"],
      ],
      { column: "决算数" },
    );
    expect(plan?.edits.map((e) => [e.row, e.col, e.value])).toEqual([
      ["30101", "决算数", "6.00"],
      ["30201", "决算数", "2.00"],
    ]);
    expect(plan?.created).toEqual([]);
    expect(plan?.refusedRows).toEqual([{ code: "30188", message: "06表没有科目 30188" }]);
  });
});
