import { describe, expect, it } from "vitest";
import { cellId } from "../../domain/engine/cell-id";
import { type Place, sumFormula, termReferences } from "./formulas";

const places = new Map<string, Place>([
  [cellId("03", "201", "基本支出"), { sheet: "公开03表", row: 8, col: 5 }],
  [cellId("03", "208", "基本支出"), { sheet: "公开03表", row: 9, col: 5 }],
  [cellId("03", "210", "基本支出"), { sheet: "公开03表", row: 10, col: 5 }],
  [cellId("03", "221", "基本支出"), { sheet: "公开03表", row: 14, col: 5 }],
  [cellId("03", "201", "项目支出"), { sheet: "公开03表", row: 8, col: 6 }],
  [cellId("03", "201", "经营支出"), { sheet: "公开03表", row: 8, col: 7 }],
  [cellId("04", "201", "合计"), { sheet: "公开04表", row: 7, col: 3 }],
]);

describe("formulas of the exported workbook", () => {
  it("sums consecutive rows and columns as ranges, other sheets by name", () => {
    const terms = ["201", "208", "210", "221"].map((r) => cellId("03", r, "基本支出"));
    expect(termReferences(terms, places, "公开03表")).toEqual(["E8:E10", "E14"]);
    const row = ["项目支出", "经营支出"].map((c) => cellId("03", "201", c));
    expect(termReferences(row, places, "公开03表")).toEqual(["F8:G8"]);
    expect(termReferences([cellId("04", "201", "合计")], places, "公开01表")).toEqual(["'公开04表'!C7"]);
    expect(termReferences([cellId("04", "999", "合计")], places, "公开01表")).toBeNull();
  });

  it("writes SUM, a plain reference for one cell, and keeps an all-blank sum blank", () => {
    expect(sumFormula(["E8:E10", "E14"], false)).toBe("SUM(E8:E10,E14)");
    expect(sumFormula(["D8:H8"], false)).toBe("SUM(D8:H8)");
    expect(sumFormula(["'公开04表'!C7"], false)).toBe("'公开04表'!C7");
    expect(sumFormula(["E8"], true)).toBe('IF(COUNT(E8)=0,"",SUM(E8))');
  });
});
