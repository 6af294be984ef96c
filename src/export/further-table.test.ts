import { describe, expect, it } from "vitest";
import { parseDocumentText } from "../domain/document/parse";
import { serialiseDocument } from "../domain/document/serialise";
import type { Item } from "../domain/testing/consistent-document";
import { tenthDocument } from "../domain/testing/tenth-template";
import { exportDocumentJson } from "../domain/workbook/export-json";
import { Workbook } from "../domain/workbook/workbook";
import { recogniseWorkbook } from "../domain/xlsx/recognise";
import { readWorkbook } from "../xlsx/read-workbook";
import { writeWorkbook } from "../xlsx/write-workbook";
import { exportHtml } from "./html/export-html";
import { amountCells, rowsOf, section, sections } from "./html/testing";
import { workbookSheets } from "./xlsx/layout";

const ITEMS: Item[] = [
  { code: "2010301", basic: 1_000_00, project: 0 },
  { code: "2080101", basic: 200_00, project: 50_00 },
];
const PRINTED = ["01", "02", "03", "04", "10", "05", "06", "07", "08", "09"];

describe("a document with a tenth table exports", () => {
  const workbook = () => new Workbook(tenthDocument(ITEMS));

  it("to printable HTML: 10 fifth in the 目录 and in the pages, with its rows, 合计 and 注", () => {
    const html = exportHtml(workbook(), { coverDate: "二〇二四年九月" });
    const contents = /<section class="contents">([\s\S]*?)<\/section>/.exec(html)?.[1] ?? "";
    expect([...contents.matchAll(/<li><a href="#table-(\d\d)">/g)].map((m) => m[1])).toEqual(PRINTED);
    expect(contents).toContain("五、财政拨款支出决算明细表");
    expect(contents).toContain("六、一般公共预算财政拨款支出决算表");
    expect([...sections(html).keys()]).toEqual(PRINTED);
    const ten = section(html, "10");
    expect(ten).toContain('<div class="table-label">公开10表</div>');
    expect(ten).toContain("注：本表反映部门本年度财政拨款");
    const cells = amountCells(ten);
    expect(cells.get("10|合计|合计")).toBe("1,250.00");
    expect(cells.get("10|208|项目支出")).toBe("50.00");
    expect(cells.get("10|2010301|合计")).toBe("1,000.00");
    const header = rowsOf(ten, "thead")
      .flat()
      .map((c) => c.text);
    expect(header).toEqual(
      expect.arrayContaining(["功能分类科目编码", "科目名称", "合计", "基本支出", "项目支出"]),
    );
  });

  it("to JSON: table 10 written and read back unchanged, derived values included", () => {
    const wb = workbook();
    const text = exportDocumentJson(wb);
    expect(JSON.parse(text).derived["10"].rows.合计).toEqual({
      合计: "1250.00",
      基本支出: "1200.00",
      项目支出: "50.00",
    });
    const parsed = parseDocumentText(text);
    expect(parsed.ok && serialiseDocument(parsed.document)).toBe(serialiseDocument(wb.doc));
  });

  it("to Excel: a sheet 公开10表 with SUM formulas, and importing it gives the document back", async () => {
    const sheets = workbookSheets(workbook());
    expect(sheets.map((s) => s.name)).toContain("公开10表");
    const bytes = await writeWorkbook(sheets);
    const read = await readWorkbook(bytes);
    if (!read.ok) throw new Error(read.message);
    const result = recogniseWorkbook(read.sheets);
    if (!result.ok) throw new Error(result.message);
    expect(result.report.template).toBe("test-2023-tenth");
    expect(result.report.unplaced).toEqual([]);
    expect(result.document.tables["10"]?.rows["2080101"]).toEqual({ 基本支出: "200.00", 项目支出: "50.00" });
  });
});
