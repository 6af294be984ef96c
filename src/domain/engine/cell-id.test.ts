import { describe, expect, it } from "vitest";
import { cellId, parseCellId, refId } from "./cell-id";

describe("cell ids", () => {
  it("are the same string for the same cell, however they are made", () => {
    const a = cellId("03", "2010301", "基本支出");
    const b = refId({ table: "03", row: "2010301", col: "基本支出" });
    expect(a).toBe("03|2010301|基本支出");
    expect(b).toBe(a);
    expect(cellId("03", "2010301", "项目支出")).not.toBe(a);
  });

  it("parse back into their parts, also when made elsewhere (e.g. read from a file)", () => {
    expect(parseCellId(cellId("01", "合计", "决算数"))).toEqual({ table: "01", row: "合计", col: "决算数" });
    const foreign = ["09", "三公经费", "预算数·公务接待费"].join("|");
    expect(parseCellId(foreign)).toEqual({ table: "09", row: "三公经费", col: "预算数·公务接待费" });
    expect(parseCellId("05|301|a|b")).toEqual({ table: "05", row: "301", col: "a|b" });
  });
});
