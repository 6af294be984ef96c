import { afterEach, describe, expect, it } from "vitest";
import { loadedEdition } from "../domain/catalog/edition";
import { chooseCatalog, chosenCatalog, registerCatalog, removeCatalog } from "../domain/catalog/lookup";
import { sampleDocument } from "../domain/review/testing";
import { Workbook } from "../domain/workbook/workbook";
import { codeSuggestions } from "../ui/catalogs/code-suggestions";
import {
  catalogChoiceOf,
  keepCatalogChoice,
  rememberSeenCodes,
  seenCodes,
  setCatalogChoice,
} from "./catalog-memory";
import { createEditorStore } from "./store";

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
  };
}

afterEach(() => {
  removeCatalog("loaded-2023");
  chooseCatalog(null);
});

describe("科目目录 memory of this browser", () => {
  it("remembers the edition chosen per document and chooses it when that document opens", () => {
    const storage = memoryStorage();
    const store = createEditorStore();
    keepCatalogChoice(store, storage);
    store.getState().openDocument(sampleDocument());
    setCatalogChoice("a", "2024", storage);
    expect(catalogChoiceOf("a", storage)).toBe("2024");
    store.getState().setPersistence({ docId: "b" });
    expect(chosenCatalog()).toBeNull();
    const revision = store.getState().catalogRevision;
    store.getState().setPersistence({ docId: "a" });
    expect(chosenCatalog()).toBe("2024");
    expect(store.getState().catalogRevision).toBe(revision + 1);
    setCatalogChoice("a", null, storage);
    expect(catalogChoiceOf("a", storage)).toBeNull();
  });

  it("offers the codes seen in opened documents that no catalog has, marked, after the edition's codes", () => {
    const storage = memoryStorage();
    const doc = sampleDocument();
    const t03 = doc.tables["03"];
    if (!t03) throw new Error("no 03");
    t03.rows["2130101"] = { 基本支出: "1.00" };
    t03.rows["21301"] = {};
    t03.rows["213"] = {};
    t03.names = { ...t03.names, 213: "农林水支出", 21301: "农业农村", 2130101: "行政运行（来自下级）" };
    rememberSeenCodes(new Workbook(doc), storage);
    const seen = seenCodes(storage);
    expect(seen.get("2130101")).toBe("行政运行（来自下级）");
    expect(seen.get("2010301")).toBe("行政运行");

    const suggestions = codeSuggestions(2023, seen);
    expect(suggestions.find((s) => s.code === "2010301")).toEqual({
      code: "2010301",
      name: "行政运行",
      seen: false,
    });
    expect(suggestions.find((s) => s.code === "2130101")).toEqual({
      code: "2130101",
      name: "行政运行（来自下级）",
      seen: true,
    });
    expect(suggestions.filter((s) => s.code === "213")).toEqual([
      { code: "213", name: "农林水支出", seen: false },
    ]);

    registerCatalog(loadedEdition(2023, "目录.csv", [{ code: "2130101", name: "行政运行" }]));
    expect(codeSuggestions(2023, seen).filter((s) => s.code === "2130101")).toEqual([
      { code: "2130101", name: "行政运行", seen: false },
    ]);
  });
});
