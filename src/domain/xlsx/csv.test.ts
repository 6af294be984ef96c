import { describe, expect, it } from "vitest";
import { csvSheet, decodeCsv } from "./csv";
import { recogniseWorkbook } from "./recognise";
import { key } from "./sheet-model";

describe("CSV files", () => {
  it("splits quoted fields with commas, quotes and line breaks", () => {
    const sheet = csvSheet("a", '\uFEFF"1,234.50","say ""hi""",x\r\n"two\nlines",,3\n');
    expect(sheet.cells.get(key(1, 1))?.text).toBe("1,234.50");
    expect(sheet.cells.get(key(1, 2))?.text).toBe('say "hi"');
    expect(sheet.cells.get(key(2, 1))?.text).toBe("two\nlines");
    expect(sheet.cells.get(key(2, 2))).toBeUndefined();
    expect(sheet.rowCount).toBe(2);
  });

  it("reads UTF-8 and GBK, and a table from it", () => {
    const csv =
      '支出决算表\n单位：万元\n科目编码,科目名称,本年支出合计,基本支出\n合计,,"1,200.00",1200\n2010301,行政运行,1200.00,1200.00\n';
    const gbk = new Uint8Array([0xd6, 0xa7, 0xb3, 0xf6]); // 支出 in GBK
    expect(decodeCsv(gbk)).toBe("支出");
    expect(decodeCsv(new TextEncoder().encode(csv))).toBe(csv);
    const result = recogniseWorkbook([csvSheet("book.csv", csv)]);
    if (!result.ok) throw new Error(result.message);
    expect(result.document.tables["03"]?.rows["2010301"]).toEqual({
      本年支出合计: "1200.00",
      基本支出: "1200.00",
    });
    expect(result.document.tables["03"]?.rows.合计).toEqual({ 本年支出合计: "1200.00", 基本支出: "1200.00" });
  });
});
