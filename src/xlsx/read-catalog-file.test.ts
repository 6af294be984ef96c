import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readCatalogBytes, yearInFileName } from "./read-catalog-file";

const utf8 = (text: string) => new TextEncoder().encode(text);
/** "科目编码,科目名称\n2010301,行政运行\n" as Excel saves CSV on Chinese Windows (GBK). */
const GBK = new Uint8Array([
  191, 198, 196, 191, 177, 224, 194, 235, 44, 191, 198, 196, 191, 195, 251, 179, 198, 10, 50, 48, 49, 48, 51,
  48, 49, 44, 208, 208, 213, 254, 212, 203, 208, 208, 10,
]);

async function xlsx(fill: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  fill(workbook.addWorksheet("支出功能分类"));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe("readCatalogBytes", () => {
  it("reads a UTF-8 CSV with a BOM, and a GBK one", async () => {
    const bom = await readCatalogBytes("目录.csv", utf8("\uFEFF科目编码,科目名称\n201,一般公共服务支出\n"));
    expect(bom).toEqual({ ok: true, entries: [{ code: "201", name: "一般公共服务支出" }], notes: [] });
    const gbk = await readCatalogBytes("目录.csv", GBK);
    expect(gbk).toEqual({ ok: true, entries: [{ code: "2010301", name: "行政运行" }], notes: [] });
  });

  it("says in Chinese when a CSV is neither UTF-8 nor GBK, or the file is of another kind", async () => {
    expect(
      await readCatalogBytes("目录.csv", new Uint8Array([0x32, 0x30, 0x31, 0x2c, 0x81, 0x0a, 0x81])),
    ).toEqual({
      ok: false,
      problems: ["文件既不是 UTF-8 也不是 GBK 编码，无法读取：请在 Excel/WPS 中另存为“CSV UTF-8”后再载入"],
    });
    expect(await readCatalogBytes("目录.xls", utf8("x"))).toEqual({
      ok: false,
      problems: ["不支持的文件类型“.xls”：请载入 CSV 或 XLSX 格式的科目目录"],
    });
    expect(await readCatalogBytes("目录.xlsx", utf8("科目编码"))).toEqual({
      ok: false,
      problems: ["不是 Excel 工作簿（.xlsx）"],
    });
  });

  it("reads an XLSX with split 类/款/项 columns under a merged header, 款/项 typed as numbers", async () => {
    const bytes = await xlsx((sheet) => {
      sheet.addRows([
        ["科目编码", null, null, "科目名称"],
        ["类", "款", "项", null],
        [201, null, null, "一般公共服务支出"],
        [null, 3, null, "政府办公厅（室）及相关机构事务"],
        [null, null, 1, "行政运行"],
      ]);
      sheet.mergeCells("A1:C1");
      sheet.mergeCells("D1:D2");
    });
    expect(await readCatalogBytes("2024年科目.xlsx", bytes)).toEqual({
      ok: true,
      entries: [
        { code: "201", name: "一般公共服务支出" },
        { code: "20103", name: "政府办公厅（室）及相关机构事务" },
        { code: "2010301", name: "行政运行" },
      ],
      notes: [],
    });
  });

  it("reads an XLSX whose levels are shown by Excel's cell indent", async () => {
    const bytes = await xlsx((sheet) => {
      sheet.addRows([
        ["编码", "名称"],
        ["201", "一般公共服务支出"],
        ["03", "政府办公厅（室）及相关机构事务"],
        ["01", "行政运行"],
      ]);
      sheet.getCell("B3").alignment = { indent: 1 };
      sheet.getCell("B4").alignment = { indent: 2 };
    });
    const result = await readCatalogBytes("目录.xlsx", bytes);
    expect(result.ok && result.entries.map((e) => e.code)).toEqual(["201", "20103", "2010301"]);
  });

  it("finds the year a file names", () => {
    expect(yearInFileName("2025年政府收支分类科目.xlsx")).toBe(2025);
    expect(yearInFileName("科目.csv")).toBeUndefined();
  });
});
