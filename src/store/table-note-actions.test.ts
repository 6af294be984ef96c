import { describe, expect, it } from "vitest";
import { smallDocument } from "../domain/testing/documents";
import { MAX_NOTE_CHARS } from "../domain/workbook/table-note";
import { createEditorStore } from "./store";
import { saveTableNote } from "./table-note-actions";

function openedStore() {
  const store = createEditorStore();
  store.getState().openDocument(smallDocument());
  return store;
}

describe("saveTableNote acts on the store it is given", () => {
  it("writes that store's 说明 only, as one undoable step", () => {
    const edited = openedStore();
    const other = openedStore();
    expect(saveTableNote(edited, "07", "  本表无数据。\n\n")).toBe(true);
    expect(edited.getState().workbook?.doc.notes).toEqual({ "07": "本表无数据。" });
    expect(edited.getState().history.past).toHaveLength(1);
    expect(edited.getState().message?.text).toContain("已保存");
    expect(other.getState().workbook?.doc.notes).toBeUndefined();
    expect(other.getState().history.past).toHaveLength(0);
  });

  it("refuses a 说明 that is too long with a Chinese message and changes nothing", () => {
    const store = openedStore();
    expect(saveTableNote(store, "07", "字".repeat(MAX_NOTE_CHARS + 1))).toBe(false);
    expect(store.getState().message?.kind).toBe("error");
    expect(store.getState().message?.text).toContain("说明过长");
    expect(store.getState().workbook?.doc.notes).toBeUndefined();
    expect(store.getState().history.past).toHaveLength(0);
  });
});
