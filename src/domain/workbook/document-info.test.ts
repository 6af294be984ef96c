import { describe, expect, it } from "vitest";
import { blankDocument } from "../testing/documents";
import { checkDocumentInfo, documentCodeDisplay, documentInfoEdit, lastCompletedYear } from "./document-info";
import { Workbook } from "./workbook";

describe("lastCompletedYear", () => {
  it("is the calendar year before today's, in Beijing time", () => {
    expect(lastCompletedYear(new Date("2026-12-04T05:00:00Z"))).toBe(2025);
    expect(lastCompletedYear(new Date("2027-01-01T00:30:00+08:00"))).toBe(2026);
    expect(lastCompletedYear(new Date("2026-12-31T17:00:00Z"))).toBe(2026);
  });
});

describe("checkDocumentInfo", () => {
  it("accepts a department, a four-digit year and a unit", () => {
    expect(checkDocumentInfo({ department: " 某某局 ", year: "2025", unit: "元" })).toEqual({
      ok: true,
      info: { department: "某某局", year: 2025, unit: "元" },
    });
  });

  it("says in Chinese what is wrong", () => {
    const result = checkDocumentInfo({ department: " ", year: "25", unit: "万元" });
    expect(result).toEqual({
      ok: false,
      errors: { department: "请填写部门名称", year: "年度应为 1990 至 2100 之间的四位数" },
    });
  });
});

describe("documentInfoEdit", () => {
  it("changes department, year and unit in one undoable step, keeping the template and the figures", () => {
    const doc = blankDocument("2023-24", "万元");
    doc.tables["03"] = { rows: { "2010301": { 基本支出: "1.50" } } };
    const workbook = new Workbook(doc);
    const edit = documentInfoEdit(doc, { department: "新部门", year: 2025, unit: "元" });
    if (!edit) throw new Error("no edit");
    const result = workbook.apply([edit]);
    expect(workbook.doc.meta).toEqual({ department: "新部门", year: 2025, unit: "元", template: "2023-24" });
    expect(workbook.stored("03|2010301|基本支出")).toBe("1.50");
    expect(result.structural).toBe(true);
    workbook.apply(result.patch.inverse);
    expect(workbook.doc.meta).toEqual(blankDocument("2023-24", "万元").meta);
  });

  it("is null when nothing changes", () => {
    const doc = blankDocument();
    const { department, year, unit } = doc.meta;
    expect(documentInfoEdit(doc, { department, year, unit })).toBeNull();
    expect(documentInfoEdit(doc, { department, year, unit }, "joined")).toBeNull();
  });

  it("keeps a code display other than the template's in meta, and drops it when it goes back", () => {
    const doc = blankDocument();
    const workbook = new Workbook(doc);
    const { department, year, unit } = doc.meta;
    const split = documentInfoEdit(doc, { department, year, unit }, "split");
    if (!split) throw new Error("no edit");
    workbook.apply([split]);
    expect(workbook.doc.meta.codeDisplay).toBe("split");
    expect(documentCodeDisplay(workbook.doc)).toBe("split");
    const back = documentInfoEdit(workbook.doc, { department, year, unit }, "joined");
    if (!back) throw new Error("no edit");
    workbook.apply([back]);
    expect("codeDisplay" in workbook.doc.meta).toBe(false);
    expect(documentCodeDisplay(workbook.doc)).toBe("joined");
  });
});
