import { describe, expect, it } from "vitest";
import { comparable } from "../testing/comparable";
import { smallDocument, withRows } from "../testing/documents";
import { Workbook } from "../workbook/workbook";
import { mergeRefusal, planWorkbookMerge } from "./merge-plan";

describe("planWorkbookMerge", () => {
  it("puts the imported figures, names and 说明 in, keeps the rest, and undoes as one step", () => {
    const current = new Workbook(smallDocument());
    let imported = withRows(
      smallDocument(),
      "03",
      { "2010301": { 基本支出: "9.00" }, "2130101": { 项目支出: "1.00" } },
      {
        "2130101": "行政运行",
      },
    );
    imported = { ...imported, notes: { "08": "本表无数据。" } };
    delete imported.tables["02"];
    const before = comparable(current.doc);
    const edits = planWorkbookMerge(current, imported);
    const result = current.apply(edits);
    expect(current.doc.tables["03"]?.rows["2010301"]).toEqual({ 基本支出: "9.00", 项目支出: "2.00" });
    expect(current.doc.tables["03"]?.rows["2130101"]).toEqual({ 项目支出: "1.00" });
    expect(current.doc.tables["03"]?.names?.["2130101"]).toBe("行政运行");
    expect(current.doc.tables["02"]).toEqual(smallDocument().tables["02"]);
    expect(current.doc.notes).toEqual({ "08": "本表无数据。" });
    current.apply(result.patch.inverse);
    expect(comparable(current.doc)).toEqual(before);
  });

  it("makes no edit when the import equals the document", () => {
    const current = new Workbook(smallDocument());
    expect(planWorkbookMerge(current, smallDocument())).toEqual([]);
  });

  it("refuses to merge a workbook of another template or unit", () => {
    const meta = smallDocument().meta;
    expect(mergeRefusal(meta, meta)).toBeNull();
    expect(mergeRefusal({ ...meta, unit: "元" }, meta)).toBe(
      "工作簿的单位（元）与当前文档（万元）不同，只能新建文档",
    );
    expect(mergeRefusal({ ...meta, template: "2023-24" }, meta)).toContain("模板不同");
    expect(mergeRefusal(meta, undefined)).toContain("没有打开的文档");
    expect(mergeRefusal({ ...meta, year: meta.year + 1 }, meta)).toBe(
      `工作簿的年度（${meta.year + 1} 年）与当前文档（${meta.year} 年）不同，只能新建文档；如工作簿的年度写错了，可把上面的年度改为 ${meta.year} 后再合并`,
    );
  });
});
