import { describe, expect, it } from "vitest";
import { sampleDocument } from "../domain/review/testing";
import { loadReviewerName, saveReviewerName } from "./review-local";
import { keepReviewModes } from "./review-mode-memory";
import { createEditorStore } from "./store";

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
  };
}

describe("review mode memory", () => {
  it("remembers review mode per stored document", () => {
    const storage = memoryStorage();
    const store = createEditorStore();
    keepReviewModes(store, storage);
    store.getState().openDocument(sampleDocument());
    store.getState().setPersistence({ docId: "a" });
    expect(store.getState().reviewMode).toBe(false);
    store.getState().setReviewMode(true);
    store.getState().setPersistence({ docId: "b" });
    expect(store.getState().reviewMode).toBe(false);
    store.getState().setPersistence({ docId: "a" });
    expect(store.getState().reviewMode).toBe(true);
  });

  it("keeps the reviewer's name, trimmed", () => {
    const storage = memoryStorage();
    expect(loadReviewerName(storage)).toBe("");
    saveReviewerName(" 王审核 ", storage);
    expect(loadReviewerName(storage)).toBe("王审核");
    expect(loadReviewerName(null)).toBe("");
  });
});
