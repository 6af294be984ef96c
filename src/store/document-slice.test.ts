import { describe, expect, it } from "vitest";
import type { Finding } from "../domain/checks";
import { cellId } from "../domain/engine/cell-id";
import { smallDocument } from "../domain/testing/documents";
import { createEditorStore } from "./store";

/** An edit that changes findings: 03's 2010301 basic spending no longer matches 05's and 02's. */
const edit = { kind: "set", table: "03", row: "2010301", col: "基本支出", value: "9.00" } as const;

/** What a finding says (its words are getters, written when first read). */
const said = (findings: readonly Finding[]) => findings.map((f) => `${f.key} ${f.severity} ${f.message}`);

function openedStore() {
  const store = createEditorStore();
  store.getState().openDocument(smallDocument());
  expect(store.getState().checks).not.toBeNull();
  return store;
}

describe("one change set per edit", () => {
  it("an edit, its undo and its redo each notify the store's subscribers once, findings included", () => {
    const store = openedStore();
    const before = said(store.getState().findings);
    const states: ReturnType<typeof store.getState>[] = [];
    const off = store.subscribe((state) => {
      states.push(state);
    });
    expect(store.getState().applyEdits([edit], "编辑")).toBe(true);
    expect(states).toHaveLength(1);
    const after = states[0];
    expect(said(after?.findings ?? [])).not.toEqual(before);
    expect(after?.lastChange.changed.has(cellId("03", "2010301", "基本支出"))).toBe(true);
    expect(after?.history.past).toHaveLength(1);

    store.getState().undo();
    expect(states).toHaveLength(2);
    expect(said(states[1]?.findings ?? [])).toEqual(before);
    expect(states[1]?.history.future).toHaveLength(1);

    store.getState().redo();
    expect(states).toHaveLength(3);
    expect(said(states[2]?.findings ?? [])).toEqual(said(after?.findings ?? []));
    off();
  });
});
