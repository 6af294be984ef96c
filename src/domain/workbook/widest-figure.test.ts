import { describe, expect, it } from "vitest";
import { blankDocument } from "../testing/documents";
import { shownRowNames, widestFigure } from "./widest-figure";
import { Workbook } from "./workbook";

describe("widestFigure", () => {
  it("is the largest amount of the document, negative or derived ones included, as displayed", () => {
    const doc = blankDocument("2023", "元");
    doc.tables["03"] = {
      rows: {
        "2010301": { 基本支出: "600000.00", 项目支出: "500000.00" },
        "2010350": { 基本支出: "-999999.99" },
      },
    };
    // 2010301 本年支出合计 = 1,100,000.00 (derived) is the widest.
    expect(widestFigure(new Workbook(doc))).toBe("1,100,000.00");
    doc.tables["03"].rows["2010350"] = { 基本支出: "-12345678.9" };
    expect(widestFigure(new Workbook(doc))).toBe("-12,345,678.90");
  });

  it("is blank for a document without figures", () => {
    expect(widestFigure(new Workbook(blankDocument()))).toBe("");
  });
});

describe("shownRowNames", () => {
  it("lists the printed labels of a fixed table", () => {
    expect(shownRowNames(new Workbook(blankDocument()), "06")).toContain("人员经费合计");
  });
});
