import { describe, expect, it } from "vitest";
import { smallDocument } from "../domain/testing/documents";
import { addSelfEvaluation, editAttachmentCell } from "./attachment-actions";
import { removeGlossaryEntry, saveGlossaryEntry } from "./glossary-actions";
import {
  addOverviewParagraph,
  editOverviewText,
  moveOverviewParagraph,
  removeOverviewParagraph,
} from "./overview-actions";
import { createEditorStore } from "./store";

function openBlank() {
  const store = createEditorStore();
  store.getState().openDocument(smallDocument());
  return store;
}

const publication = (store: ReturnType<typeof createEditorStore>) =>
  store.getState().workbook?.doc.publication;

describe("writing the publication's parts in the store", () => {
  it("a document without a publication gets the template's, with the first paragraph; undo takes it back", () => {
    const store = openBlank();
    expect(publication(store)).toBeUndefined();
    expect(addOverviewParagraph(store, 0, "1、负责全区财政工作。", false)).toBe(true);
    expect(publication(store)?.overview).toHaveLength(3);
    expect(publication(store)?.glossary).toHaveLength(18);
    expect(editOverviewText(store, 1, 0, "1、负责全区财政和国资工作。")).toBe(true);
    expect(publication(store)?.overview[1]?.runs).toEqual([{ text: "1、负责全区财政和国资工作。" }]);
    expect(removeOverviewParagraph(store, 1)).toBe(true);
    expect(publication(store)?.overview).toHaveLength(2);
    store.getState().undo();
    store.getState().undo();
    store.getState().undo();
    expect(publication(store)).toBeUndefined();
  });

  it("上移 / 下移 are undoable edits; a move past the end is refused with a message", () => {
    const store = openBlank();
    addOverviewParagraph(store, 0, "1、负责全区财政工作。", false);
    const texts = () =>
      publication(store)?.overview.map((p) => p.runs.map((r) => ("text" in r ? r.text : "")).join(""));
    const before = texts();
    expect(moveOverviewParagraph(store, 1, -1)).toBe(true);
    expect(texts()?.[0]).toBe("1、负责全区财政工作。");
    store.getState().undo();
    expect(texts()).toEqual(before);
    store.getState().redo();
    expect(texts()?.[0]).toBe("1、负责全区财政工作。");
    expect(moveOverviewParagraph(store, 0, -1)).toBe(false);
    expect(store.getState().message?.text).toBe("已是第一段，无法上移");
  });

  it("a refused change says why and changes nothing", () => {
    const store = openBlank();
    expect(saveGlossaryEntry(store, null, { term: "财政拨款收入", definition: "又一条" })).toBe(false);
    expect(store.getState().message?.text).toBe("名词解释中已有“财政拨款收入”，未保存");
    expect(publication(store)).toBeUndefined();
    expect(store.getState().history.past).toEqual([]);
  });

  it("审阅模式 refuses every part's change", () => {
    const store = openBlank();
    expect(addSelfEvaluation(store)).toBe(true);
    store.getState().setReviewMode(true);
    const before = publication(store);
    expect(editAttachmentCell(store, 0, { part: "budget", row: 0, column: "executed" }, "1.00")).toBe(false);
    expect(removeGlossaryEntry(store, 0)).toBe(false);
    expect(addOverviewParagraph(store, 0, "文字", false)).toBe(false);
    expect(moveOverviewParagraph(store, 1, -1)).toBe(false);
    expect(publication(store)).toBe(before);
  });
});
