import { describe, expect, it } from "vitest";
import { cellId } from "../domain/engine/cell-id";
import { smallDocument } from "../domain/testing/documents";
import { commitCellInput } from "./edit-actions";
import { createEditorStore } from "./store";

const LEAF = ["03", "2010301", "基本支出"] as const;

function openedStore() {
  const store = createEditorStore();
  store.getState().openDocument(smallDocument());
  return store;
}

describe("edit actions act on the store they are given", () => {
  it("a typed amount changes only that store's document, as one undoable step", () => {
    const edited = openedStore();
    const other = openedStore();
    expect(commitCellInput(edited, ...LEAF, "12")).toBe(true);
    expect(edited.getState().workbook?.stored(cellId(...LEAF))).toBe("12.00");
    expect(edited.getState().history.past).toHaveLength(1);
    expect(other.getState().workbook?.stored(cellId(...LEAF))).not.toBe("12.00");
    expect(other.getState().history.past).toHaveLength(0);
  });

  it("text that is not an amount is refused with a Chinese message and changes nothing", () => {
    const store = openedStore();
    const before = store.getState().workbook?.stored(cellId(...LEAF));
    expect(commitCellInput(store, ...LEAF, "十二")).toBe(false);
    expect(store.getState().workbook?.stored(cellId(...LEAF))).toBe(before);
    expect(store.getState().message?.kind).toBe("error");
    expect(store.getState().message?.text).toContain("单元格保留原值");
    expect(store.getState().history.past).toHaveLength(0);
  });

  it("an amount of 10^15 元 or more is kept, with a warning in the message line (QA defect 21)", () => {
    const store = openedStore();
    const unit = store.getState().workbook?.doc.meta.unit;
    const huge = unit === "元" ? "99999999999999999999" : "100000000000";
    expect(commitCellInput(store, ...LEAF, huge)).toBe(true);
    expect(store.getState().workbook?.stored(cellId(...LEAF))).toBe(`${huge}.00`);
    expect(store.getState().message).toMatchObject({
      kind: "warning",
      text: expect.stringContaining("达到 1000 万亿元以上，超出任何部门可能的规模"),
    });
    expect(commitCellInput(store, ...LEAF, "12")).toBe(true);
    expect(store.getState().message).toBeNull();
  });
});
