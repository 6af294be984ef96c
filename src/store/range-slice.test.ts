import { describe, expect, it } from "vitest";
import { smallDocument } from "../domain/testing/documents";
import { createEditorStore } from "./store";

describe("range slice", () => {
  it("keeps the ends and the covered rows and columns; opening a document drops the range", () => {
    const store = createEditorStore();
    const s = () => store.getState();
    s().openDocument(smallDocument());
    const anchor = { row: "2010301", col: "p0|基本支出" };
    const focus = { row: "2010350", col: "p0|项目支出" };
    s().setRange("03", anchor, focus, { rows: ["2010301", "2010350"], cols: ["p0|基本支出", "p0|项目支出"] });
    expect(s().range).toMatchObject({ table: "03", anchor, focus });
    expect(s().range?.rows.has("2010350")).toBe(true);
    expect(s().range?.cols.has("p0|本年支出合计")).toBe(false);
    s().openDocument(smallDocument());
    expect(s().range).toBeNull();
  });
});
