import { describe, expect, it } from "vitest";
import { importWorkbookBytes } from "./import-workbook";

describe("importWorkbookBytes", () => {
  it("reads a .csv file (GBK or UTF-8) as one sheet named after the file", async () => {
    const csv = '支出决算表\n科目编码,科目名称,基本支出\n2010301,行政运行,"1,200.50"\n';
    const result = await importWorkbookBytes(new TextEncoder().encode(csv), {
      fileName: "/tmp/导出/支出.csv",
    });
    if (!result.ok) throw new Error(result.message);
    expect(result.report.tables).toEqual([{ table: "03", sheet: "支出.csv", rows: 1, figures: 1 }]);
    expect(result.document.tables["03"]?.rows["2010301"]).toEqual({ 基本支出: "1200.50" });
  });

  it("says in Chinese when a CSV holds no table", async () => {
    const result = await importWorkbookBytes(new TextEncoder().encode("姓名,金额\n张三,1\n"), {
      fileName: "a.csv",
    });
    expect(result).toEqual({ ok: false, message: expect.stringContaining("没有可识别的公开表") });
  });
});

/** 03 as other software writes it, under a cover sheet and a title that may name the year. */
async function foreignBook(cover: string, title: string): Promise<Uint8Array> {
  const ExcelJS = (await import("exceljs")).default;
  const book = new ExcelJS.Workbook();
  book.addWorksheet("封面").addRows([[cover], ["编制单位：某某局"]]);
  const sheet = book.addWorksheet("支出明细");
  sheet.addRows([
    [title],
    ["部门：某某局", null, null, null, "单位：万元"],
    ["科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出"],
    [2010301, "行政运行", 30, 20, 10],
  ]);
  sheet.mergeCells("A1:E1");
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe("the year and department written in an .xlsx workbook", () => {
  const defaults = { department: "当前文档的部门", year: 2023 };

  it("come from the cover sheet, not from the open document", async () => {
    const bytes = await foreignBook("某某局2024年度部门决算", "支出决算表");
    const result = await importWorkbookBytes(bytes, { defaults });
    if (!result.ok) throw new Error(result.message);
    expect(result.document.meta).toMatchObject({ department: "某某局", year: 2024 });
    expect(result.report.facts.years).toEqual([{ value: 2024, count: 1, first: "封面!A1" }]);
  });

  it("take the most frequent year when cover and title disagree", async () => {
    const bytes = await foreignBook("2023年度部门决算", "2024年度支出决算表");
    const again = await foreignBook("某某局2024年度部门决算", "2024年度支出决算表");
    const split = await importWorkbookBytes(bytes, { defaults });
    const agreed = await importWorkbookBytes(again, { defaults });
    if (!split.ok || !agreed.ok) throw new Error("not imported");
    // One each: the cover, written first, wins the tie; two against one: the majority.
    expect(split.document.meta.year).toBe(2023);
    expect(split.report.facts.years.map((t) => t.value)).toEqual([2023, 2024]);
    expect(agreed.document.meta.year).toBe(2024);
  });

  it("fall back to the defaults when the workbook writes none", async () => {
    const bytes = await foreignBook("部门决算", "支出决算表");
    const result = await importWorkbookBytes(bytes, { defaults: { department: "", year: 2023 } });
    if (!result.ok) throw new Error(result.message);
    expect(result.document.meta).toMatchObject({ department: "某某局", year: 2023 });
    expect(result.report.facts.years).toEqual([]);
  });
});
