import { describe, expect, it } from "vitest";
import type { JuesuanDocument } from "../document/model";
import { CANONICAL_TABLE_IDS } from "../templates/types";
import { comparable, printedAsStated } from "../testing/comparable";
import { smallDocument, withRows } from "../testing/documents";
import { type ForeignStyle, foreignSheet, foreignTable } from "../testing/foreign-workbooks";
import { Workbook } from "../workbook/workbook";
import { recogniseWorkbook } from "./recognise";
import { sheetFromRows } from "./sheet-model";

function named(doc: JuesuanDocument): JuesuanDocument {
  let out = doc;
  for (const table of ["02", "03", "05", "07", "08"] as const) {
    const names = Object.fromEntries(
      Object.keys(doc.tables[table]?.rows ?? {}).map((code) => [code, `科目${code}`]),
    );
    out = withRows(out, table, {}, names);
  }
  return out;
}

function importOk(...sheets: Parameters<typeof recogniseWorkbook>[0]) {
  const result = recogniseWorkbook(sheets);
  if (!result.ok) throw new Error(result.message);
  return result;
}

const doc = named(smallDocument());
const workbook = () => new Workbook(structuredClone(doc));

const STYLES: [string, ForeignStyle][] = [
  ["codes as text, totals first", { codes: "text" }],
  [
    "codes as numbers, a blank column between code and name, totals last",
    { codes: "number", blankColumn: true, totalsLast: true },
  ],
  [
    "codes split into 类/款/项, amounts as text with separators and dashes",
    { codes: "split", textAmounts: true },
  ],
  [
    "codes with spaces, 公开NN表 labels, labels without ordinals",
    { codes: "spaced", title: "label", plainLabels: true },
  ],
  ["ordinal titles (七、), totals last", { codes: "text", title: "ordinal", totalsLast: true }],
];

describe("workbooks as other software makes them", () => {
  it.each(STYLES)("one table per sheet: %s", (_, style) => {
    const sheets = CANONICAL_TABLE_IDS.map((t) => foreignSheet(`Sheet${t}`, workbook(), [t], style));
    const result = importOk(...sheets);
    expect(result.report.unplaced).toEqual([]);
    expect(result.report.tables.map((t) => t.table)).toEqual([...CANONICAL_TABLE_IDS]);
    const expected = printedAsStated(workbook(), style.textAmounts === true);
    expect(comparable(result.document).tables).toEqual(comparable(expected).tables);
  });

  it("several tables per sheet, sheets in another order, an unrelated sheet first", () => {
    const style: ForeignStyle = { codes: "number" };
    const sheets = [
      sheetFromRows("封面", [["2023年度部门决算"], ["目录"], ["收入支出决算总表"]]),
      foreignSheet("支出", workbook(), ["09", "05", "03"], style),
      foreignSheet("收入", workbook(), ["02", "01", "04"], style),
      foreignSheet("其他", workbook(), ["08", "07", "06"], style),
    ];
    const result = importOk(...sheets);
    expect(result.report.unplaced).toEqual([]);
    expect(comparable(result.document).tables).toEqual(comparable(printedAsStated(workbook(), false)).tables);
    expect(result.report.tables.find((t) => t.table === "05")?.sheet).toBe("支出");
  });

  it("reads the unit, department and year from the caption lines", () => {
    const result = importOk(foreignSheet("表", workbook(), ["03"], { codes: "text" }));
    expect(result.document.meta).toEqual({
      department: "测试部门",
      year: 2023,
      unit: "万元",
      template: "2023",
    });
  });

  it("headers in any order, with merged groups and line breaks in labels", () => {
    const rows = [
      ["一般公共预算财政拨款支出决算表"],
      ["单位：万元"],
      ["科目名称", "科目编码", "本年支出", null, null],
      [null, null, "项目\n支出", "基本 支出", "小计"],
      ["合计", null, "2.00", "12.00", "14.00"],
      ["行政运行", "2010301", "2.00", "8.00", "10.00"],
      ["事业运行", "2080501", "", "4.00", "4.00"],
    ];
    const merges = [
      { top: 3, left: 3, bottom: 3, right: 5 },
      { top: 3, left: 1, bottom: 4, right: 1 },
      { top: 3, left: 2, bottom: 4, right: 2 },
    ];
    const result = importOk(sheetFromRows("Sheet1", rows, merges));
    expect(result.report.unplaced).toEqual([]);
    expect(result.document.tables["05"]?.rows).toEqual({
      合计: { 项目支出: "2.00", 基本支出: "12.00", 小计: "14.00" },
      "2010301": { 项目支出: "2.00", 基本支出: "8.00", 小计: "10.00" },
      "2080501": { 基本支出: "4.00", 小计: "4.00" },
    });
    expect(result.document.tables["05"]?.names).toEqual({ "2010301": "行政运行", "2080501": "事业运行" });
  });

  it("a code and its name in one cell", () => {
    const rows = [
      ["支出决算表"],
      ["项目", "本年支出合计", "基本支出"],
      ["合计", 10, 10],
      ["201 一般公共服务支出", 10, 10],
      ["2010301　行政运行", 10, 10],
    ];
    const result = importOk(sheetFromRows("Sheet1", rows));
    expect(result.report.unplaced).toEqual([]);
    expect(Object.keys(result.document.tables["03"]?.rows ?? {}).sort()).toEqual(["201", "2010301", "合计"]);
    expect(result.document.tables["03"]?.names).toEqual({ "201": "一般公共服务支出", "2010301": "行政运行" });
  });

  it("names every row and column it cannot place, with its sheet and cell", () => {
    const rows = [
      ["支出决算表"],
      ["科目编码", "科目名称", "本年支出合计", "基本支出", "奇怪的列"],
      ["2010301", "行政运行", 10, 10, 3],
      ["小计", "", 5, 5, null],
      ["2080501", "其他", "abc", 1, null],
    ];
    const result = importOk(sheetFromRows("Sheet3", rows));
    expect(result.report.unplaced).toEqual([
      { table: "03", where: "Sheet3!A4", what: "无法识别的行“小计”" },
      { table: "03", where: "Sheet3!C5", what: "“abc”不是金额，请输入数字，例如 1234.56" },
      { table: "03", where: "Sheet3!E2", what: "无法识别的列“奇怪的列”" },
    ]);
    expect(result.document.tables["03"]?.rows["2010301"]).toEqual({
      本年支出合计: "10.00",
      基本支出: "10.00",
    });
  });

  it("a 24-class workbook is read with the 24-class template", () => {
    const doc24 = named(smallDocument("2023-24"));
    const sheets = CANONICAL_TABLE_IDS.map((t) =>
      foreignSheet(`S${t}`, new Workbook(structuredClone(doc24)), [t], { codes: "text" }),
    );
    expect(importOk(...sheets).report.template).toBe("2023-24");
    expect(
      importOk(...CANONICAL_TABLE_IDS.map((t) => foreignSheet(`S${t}`, workbook(), [t], { codes: "text" })))
        .report.template,
    ).toBe("2023");
  });

  it("a workbook without any 公开 table is refused in Chinese", () => {
    const result = recogniseWorkbook([
      sheetFromRows("Sheet1", [
        ["姓名", "金额"],
        ["张三", 12],
      ]),
    ]);
    expect(result).toEqual({ ok: false, message: expect.stringContaining("没有可识别的公开表") });
  });

  it("a workbook with titles but no row that can be placed is refused too", () => {
    const result = recogniseWorkbook([
      sheetFromRows("Sheet1", [["支出决算表"], ["科目编码", "科目名称", "基本支出"]]),
    ]);
    expect(result).toEqual({ ok: false, message: expect.stringContaining("没有能放置的行和数字") });
  });

  it("the fixture prints what the test expects (a table's lines start with its title)", () => {
    expect(foreignTable(workbook(), "03", { codes: "text" })[0]).toEqual(["2023年度支出决算表"]);
  });
});
