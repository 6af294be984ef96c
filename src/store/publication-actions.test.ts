import { describe, expect, it } from "vitest";
import { blankDocument, smallDocument } from "../domain/testing/documents";
import { fillFromPreviousYear, generateNarrativeText, setSupplementValues } from "./publication-actions";
import { createEditorStore } from "./store";

function openedStore() {
  const store = createEditorStore();
  store.getState().openDocument(smallDocument());
  return store;
}

describe("publication actions act on the store they are given", () => {
  it("生成情况说明 writes that store's publication only, as one undoable step", () => {
    const edited = openedStore();
    const other = openedStore();
    generateNarrativeText(edited);
    expect(edited.getState().workbook?.doc.publication?.narrative.length).toBeGreaterThan(0);
    expect(edited.getState().history.past).toHaveLength(1);
    expect(edited.getState().message?.text).toContain("已按模板生成情况说明");
    expect(other.getState().workbook?.doc.publication).toBeUndefined();
    expect(other.getState().history.past).toHaveLength(0);
  });

  it("生成情况说明 on a 上海 2024 document writes the 上海 template's sections", () => {
    const store = createEditorStore();
    store.getState().openDocument(blankDocument("shanghai-2024"));
    generateNarrativeText(store);
    expect(store.getState().message?.text).toContain("已按模板生成情况说明");
    const narrative = store.getState().workbook?.doc.publication?.narrative ?? [];
    expect(narrative.map((s) => s.id)).toEqual([
      "一",
      "二",
      "三",
      "四",
      "五",
      "六",
      "七",
      "八",
      "九",
      "十",
      "十一",
    ]);
    expect(narrative[6]?.title).toBe("财政拨款“三公”经费支出决算情况说明");
  });

  it("补充数据 goes into the given store; an unreadable 上年文档 is refused in Chinese and changes nothing", async () => {
    const store = openedStore();
    const other = openedStore();
    expect(setSupplementValues(store, { 上年收支总计: " 12.50 " })).toBe(true);
    expect(store.getState().workbook?.doc.supplement).toEqual({ 上年收支总计: "12.50" });
    expect(other.getState().workbook?.doc.supplement).toBeUndefined();
    await fillFromPreviousYear(store, "上年.json", "{ not json");
    expect(store.getState().message?.kind).toBe("error");
    expect(store.getState().message?.text).toContain("无法读取上年文档“上年.json”");
    expect(store.getState().history.past).toHaveLength(1);
    expect(other.getState().message).toBeNull();
  });
});
