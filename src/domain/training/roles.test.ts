import { describe, expect, it } from "vitest";
import { cellId } from "../engine/cell-id";
import { rowColumns, tableOf } from "../templates/structure";
import { CANONICAL_TABLE_IDS } from "../templates/types";
import { template2023, template2023Rows24 } from "../testing/templates";
import { blankWorkbook, cellRoles, roleCounts } from "./roles";
import { openSample } from "./testing";

const roleOf = (table: Parameters<typeof cellRoles>[1], id: string, source = template2023) =>
  cellRoles(source, table).get(id);

describe("cell roles on the blank 2023 template", () => {
  it("01: income rows from 02 are 计算, own balances 填报 or 校验, class rows 校验 (X-07 against 04)", () => {
    expect(roleOf("01", "01|上级补助收入|决算数")).toMatchObject({ role: "计算", derived: true, rules: [] });
    expect(roleOf("01", "01|使用非财政拨款结余|决算数")).toMatchObject({ role: "填报", derived: false });
    expect(roleOf("01", "01|年初结转和结余|决算数")).toMatchObject({
      role: "校验",
      derived: false,
      rules: ["X-08"],
    });
    expect(roleOf("01", "01|201|决算数")).toMatchObject({ role: "校验", derived: true, rules: ["X-07"] });
    expect(roleOf("01", "01|本年支出合计|决算数")?.rules).toEqual(["X-04", "X-07"]);
    expect(roleOf("01", "01|收入总计|决算数")?.rules).toEqual(["R01-5"]);
  });

  it("06: items are 填报, classes 计算, the two 合计 rows 校验 against 05 (X-12)", () => {
    expect(roleOf("06", "06|30101|决算数")).toMatchObject({ role: "填报", rules: [] });
    expect(roleOf("06", "06|301|决算数")).toMatchObject({ role: "计算", derived: true });
    expect(roleOf("06", "06|人员经费合计|决算数")).toMatchObject({
      role: "校验",
      derived: true,
      rules: ["X-12"],
    });
    expect(roleOf("06", "06|公用经费合计|决算数")?.rules).toEqual(["X-12"]);
    expect(roleOf("06", "06|30217|决算数")).toMatchObject({ role: "校验", rules: ["X-16"] });
    // R06-4 compares 307 only with 0 (an unusual row in 基本支出): not a 校验 role.
    expect(roleOf("06", "06|307|决算数")).toMatchObject({ role: "计算" });
  });

  it("04: fund income is 填报 but balanced per fund (R04-8); class columns come from 05/07/08", () => {
    expect(roleOf("04", "04|一般公共预算财政拨款|金额")).toMatchObject({
      role: "校验",
      derived: false,
      rules: ["R04-8"],
    });
    expect(roleOf("04", "04|201|一般公共预算财政拨款")).toMatchObject({ role: "计算", derived: true });
    expect(roleOf("04", "04|本年支出合计|一般公共预算财政拨款")?.rules).toEqual(["R04-8", "X-09"]);
  });

  it("09: 决算 against 预算 (R09-6) and against 06 (X-16)", () => {
    expect(roleOf("09", "09|三公经费|决算数·公务接待费")?.rules).toEqual(["R09-6", "X-16"]);
    expect(roleOf("09", "09|三公经费|预算数·合计")).toMatchObject({ role: "校验", derived: true });
  });

  it("a 科目 table has only its 合计 row on a blank template", () => {
    const roles = cellRoles(template2023, "03");
    expect([...roles.keys()]).toEqual([
      "03|合计|本年支出合计",
      "03|合计|基本支出",
      "03|合计|项目支出",
      "03|合计|上缴上级支出",
      "03|合计|经营支出",
      "03|合计|对附属单位补助支出",
    ]);
    expect(roles.get("03|合计|本年支出合计")?.rules).toEqual(["X-04", "X-11"]);
    expect(roles.get("03|合计|上缴上级支出")?.role).toBe("计算");
  });

  it("every cell of every table has exactly one role, and the counts add up", () => {
    for (const source of [template2023, template2023Rows24]) {
      const workbook = blankWorkbook(source);
      for (const table of CANONICAL_TABLE_IDS) {
        const roles = cellRoles(source, table);
        const expected = workbook
          .rows(table)
          .flatMap((row) => rowColumns(tableOf(source, table), row).map((col) => cellId(table, row, col)));
        expect([...roles.keys()]).toEqual(expected);
        const counts = roleCounts(roles);
        expect(counts.填报 + counts.计算 + counts.校验).toBe(expected.length);
      }
    }
    // 06: 8 classes and 2 合计 rows derived, the 合计 rows checked; items checked by X-18 (30108,
    // 30109, 30110, 30111, 30113) and X-16 (30212, 30217, 30231, 31013); the other 73 items only typed.
    expect(roleCounts(cellRoles(template2023, "06"))).toEqual({ 填报: 73, 计算: 8, 校验: 11 });
  });
});

describe("cell roles on the sample", () => {
  const sample = openSample();

  it("03's 项 rows are 填报 on a blank template's terms, but 校验 where the sample states the totals", () => {
    const roles = cellRoles(sample, "03");
    expect(roles.get("03|2010301|基本支出")).toMatchObject({ role: "校验", derived: false });
    expect(roles.get("03|2010301|基本支出")?.rules).toContain("R03-1");
    expect(roles.get("03|2101103|本年支出合计")?.rules).toContain("X-17");
    expect(roles.size).toBe(19 * 6);
  });
});
