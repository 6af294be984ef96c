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
