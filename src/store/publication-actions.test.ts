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

  it("生成情况说明 on a layout without standard sentences (上海 2024) says so and changes nothing", () => {
    const store = createEditorStore();
    store.getState().openDocument(blankDocument("shanghai-2024"));
    generateNarrativeText(store);
    expect(store.getState().message?.kind).toBe("warning");
    expect(store.getState().message?.text).toMatch(
      /^“.*上海.*”格式尚无情况说明的模板句，不能自动生成第三部分/,
    );
    expect(store.getState().workbook?.doc.publication).toBeUndefined();
    expect(store.getState().history.past).toHaveLength(0);
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
