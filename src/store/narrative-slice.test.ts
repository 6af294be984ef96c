import { describe, expect, it, vi } from "vitest";
import { smallDocument } from "../domain/testing/documents";
import { seedWorkbook } from "../domain/testing/narrative";
import { createEditorStore } from "./store";

const rules = (store: ReturnType<typeof createEditorStore>) =>
  store
    .getState()
    .narrativeFindings.filter((f) => f.severity === "error")
    .map((f) => f.rule);

describe("表文一致 in the store", () => {
  it("evaluates the sample's text once opened; a cell edit and its undo update it in their own commit", async () => {
    const store = createEditorStore();
    store.getState().openDocument(seedWorkbook().doc);
    expect(store.getState().narrativeFindings).toEqual([]);
    await vi.waitFor(() => expect(rules(store)).toEqual(["N-7", "N-13", "N-19"]));
    // 09's 公务接待费 预算数 made 0.00: the text's 0.00 is right now, N-13 goes.
    store
      .getState()
      .applyEdits(
        [{ kind: "set", table: "09", row: "三公经费", col: "预算数·公务接待费", value: "0.00" }],
        "编辑",
      );
    expect(rules(store)).toEqual(["N-7", "N-19"]);
    store.getState().undo();
    expect(rules(store)).toEqual(["N-7", "N-13", "N-19"]);
  });

  it("evaluates everything again when typing in the text pauses", async () => {
    const store = createEditorStore();
    store.getState().openDocument(seedWorkbook().doc);
    await vi.waitFor(() => expect(rules(store)).toHaveLength(3));
    const publication = store.getState().workbook?.doc.publication;
    if (!publication) throw new Error("no publication");
    const heading = "第二部分 决算情况说明";
    store
      .getState()
      .applyEdits(
        [{ kind: "field", field: "publication", value: { ...publication, narrativeHeading: heading } }],
        "改标题",
      );
    await vi.waitFor(() =>
      expect(store.getState().narrativeFindings.some((f) => f.message.includes(heading))).toBe(true),
    );
  });

  it("has no findings for a document without a publication (format version 1)", async () => {
    const store = createEditorStore();
    store.getState().openDocument(seedWorkbook().doc);
    await vi.waitFor(() => expect(rules(store)).toHaveLength(3));
    store.getState().openDocument(smallDocument());
    expect(store.getState().narrativeFindings).toEqual([]);
  });

  it("a finding opens the 情况说明 view at its sentence", async () => {
    const store = createEditorStore();
    store.getState().openDocument(seedWorkbook().doc);
    await vi.waitFor(() => expect(rules(store)).toHaveLength(3));
    const n7 = store.getState().narrativeFindings.find((f) => f.rule === "N-7");
    if (!n7) throw new Error("no N-7");
    store.getState().showNarrativeFinding(n7);
    expect(store.getState().mainView).toBe("publication");
    expect(store.getState().narrativeFocus).toEqual(n7.place);
    expect(store.getState().narrativeFocusFinding).toBe(n7);
  });
});
