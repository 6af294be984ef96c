import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDocumentText } from "../document/parse";
import { cellAddress, formulaInWords, formulaTerms } from "./explain";
import { Workbook } from "./workbook";

function sample(): Workbook {
  const parsed = parseDocumentText(readFileSync("public/samples/seed-2023.json", "utf8"));
  if (!parsed.ok) throw new Error("sample does not parse");
  return new Workbook(parsed.document);
}

describe("cells in words", () => {
  it("names a cell by table, row and column", () => {
    expect(cellAddress(sample(), "03|201|本年支出合计")).toBe("03表 · 201 一般公共服务支出 · 本年支出合计");
    expect(cellAddress(sample(), "01|收入总计|决算数")).toBe("01表 · 总计 · 决算数");
  });

  it("explains a derived 科目 total with the rows it sums and their values", () => {
    expect(formulaInWords(sample(), "03|201|基本支出")).toBe("= 20103 政府办公厅（室）及机关机构事务 84.58");
    expect(formulaInWords(sample(), "03|201|本年支出合计")).toMatch(/^= 基本支出 84\.58 \+ 项目支出 空白 \+/);
  });

  it("explains a row total by its columns and a cross-table repeat by its full address", () => {
    const wb = sample();
    expect(formulaInWords(wb, "05|2010301|小计")).toBe("= 本年支出·基本支出 17.11 + 本年支出·项目支出 空白");
    expect(formulaTerms(wb, "01|201|决算数")?.[0]?.label).toBe("03表 · 201 一般公共服务支出 · 本年支出合计");
  });

  it("has no formula for an entered cell", () => {
    expect(formulaInWords(sample(), "03|2010301|基本支出")).toBeNull();
  });
});

describe("formula values", () => {
  it("shows the derived value of a derived term, not its stated blank (09 小计 is printed blank)", () => {
    const text = formulaInWords(sample(), "09|三公经费|预算数·合计");
    expect(text).toContain("预算数·公务用车购置及运行维护费·小计 3.00");
  });
});
