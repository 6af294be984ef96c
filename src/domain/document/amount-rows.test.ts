import { describe, expect, it } from "vitest";
import { liftAmountRows, restoreAmountRows } from "./amount-rows";
import { parseDocumentValue } from "./parse";

const file = () => ({
  format: "juesuan",
  version: 2,
  meta: { department: "测试部门", year: 2023, unit: "万元", template: "2023" },
  tables: {
    "02": { rows: { "201": { 财政拨款收入: "1.00" }, "20101": { 财政拨款收入: null } } },
    "03": { rows: { "201": { 基本支出: "1,00" } }, names: { "201": "一般公共服务支出" } },
  },
});

describe("liftAmountRows", () => {
  it("lifts well-formed rows only, leaving the input as it was", () => {
    const json = file();
    const lifted = liftAmountRows(json);
    expect([...lifted.rows.keys()]).toEqual(["02"]);
    expect((lifted.value as ReturnType<typeof file>).tables["02"].rows).toEqual({});
    expect((lifted.value as ReturnType<typeof file>).tables["03"]).toBe(json.tables["03"]);
    expect(json.tables["02"].rows["201"]).toEqual({ 财政拨款收入: "1.00" });
    const tables = { "02": { rows: {} } };
    restoreAmountRows(tables, lifted.rows);
    expect(tables["02"].rows).toBe(json.tables["02"].rows);
  });

  it("leaves a malformed amount for the schema to name", () => {
    const parsed = parseDocumentValue(file());
    expect(parsed.ok ? [] : parsed.problems.map((p) => p.path)).toEqual(["tables.03.rows.201.基本支出"]);
  });

  it("gives the document its rows back after the schema", () => {
    const json = file();
    json.tables["03"].rows["201"].基本支出 = "100";
    const parsed = parseDocumentValue(json);
    expect(parsed.ok && parsed.document.tables["02"]?.rows).toEqual(json.tables["02"].rows);
    expect(parsed.ok && parsed.document.tables["03"]?.names).toEqual({ "201": "一般公共服务支出" });
  });
});
