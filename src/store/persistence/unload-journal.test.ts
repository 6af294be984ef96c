import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { JuesuanDocument } from "../../domain/document/model";
import { parseDocumentText } from "../../domain/document/parse";
import { cellId } from "../../domain/engine/cell-id";
import { createEditorStore } from "../store";
import { MemoryAdapter } from "./adapters";
import { DocumentSession } from "./session";
import type { DocumentWrite, StorageAdapter, WriteResult } from "./types";
import { type JournalStorage, UnloadJournal } from "./unload-journal";

const SAMPLE_TEXT = readFileSync(new URL("../../../public/samples/seed-2023.json", import.meta.url), "utf8");
const loadSample = async (): Promise<JuesuanDocument> => {
  const parsed = parseDocumentText(SAMPLE_TEXT);
  if (!parsed.ok) throw new Error("sample");
  return parsed.document;
};

function memoryStorage(): JournalStorage & { size: () => number } {
  const items = new Map<string, string>();
  return {
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => void items.set(k, v),
    removeItem: (k) => void items.delete(k),
    size: () => items.size,
  };
}

/** IndexedDB as a page that is going away sees it: once `dying`, a write never commits. */
class DyingAdapter extends MemoryAdapter {
  dying = false;
  override write(entry: DocumentWrite, expected: number | null): Promise<WriteResult> {
    return this.dying ? new Promise(() => undefined) : super.write(entry, expected);
  }
}

async function openTab(adapter: StorageAdapter, storage: JournalStorage) {
  const store = createEditorStore();
  let last: string | null = null;
  const session = new DocumentSession({
    store,
    adapter,
    channel: { post: () => undefined, subscribe: () => () => undefined, close: () => undefined },
    lastOpen: {
      get: () => last,
      set: (id) => {
        last = id;
      },
    },
    loadSample,
    autosaveDelay: 5,
    journal: new UnloadJournal(storage),
  });
  await session.start();
  return { store, session };
}

const CELL = cellId("03", "2010301", "基本支出");

describe("UnloadJournal", () => {
  it("gives an entry back only for its document while the stored revision lacks it, then forgets it", () => {
    const storage = memoryStorage();
    const journal = new UnloadJournal(storage);
    const entry = { docId: "a", base: 3, inFlight: false, text: "{}" };
    journal.write(entry);
    expect(journal.takeFor("b", 3)).toBeNull();
    expect(journal.takeFor("a", 3)).toEqual(entry);
    expect(storage.size()).toBe(0);
    // Saved meanwhile (revision 4): stale, forgotten.
    journal.write(entry);
    expect(journal.takeFor("a", 4)).toBeNull();
    expect(storage.size()).toBe(0);
    // A save was running as the page went: revision 4 may be that save, older than the journal.
    journal.write({ ...entry, inFlight: true });
    expect(journal.takeFor("a", 4)).toMatchObject({ base: 3 });
  });

  it("writes without the history when there is no room, and never throws", () => {
    let calls = 0;
    const storage: JournalStorage = {
      getItem: () => null,
      setItem: (_k, v) => {
        calls++;
        if (v.includes("history")) throw new Error("QuotaExceededError");
      },
      removeItem: () => undefined,
    };
    const history = { past: [], future: [] };
    expect(
      new UnloadJournal(storage).write({ docId: "a", base: 1, inFlight: false, text: "{}", history }),
    ).toBe(true);
    expect(calls).toBe(2);
    expect(new UnloadJournal(null).write({ docId: "a", base: 1, inFlight: false, text: "{}" })).toBe(false);
  });

  it("an edit whose save never committed comes back on the next start, stored, with its undo step", async () => {
    const adapter = new DyingAdapter();
    const storage = memoryStorage();
    const first = await openTab(adapter, storage);
    const id = first.session.currentId;
    adapter.dying = true;
    first.store
      .getState()
      .applyEdits([{ kind: "set", table: "03", row: "2010301", col: "基本支出", value: "9001.00" }], "编辑");
    first.session.writeUnloadJournal();
    first.session.dispose();

    adapter.dying = false;
    const second = await openTab(adapter, storage);
    expect(second.session.currentId).toBe(id);
    expect(second.store.getState().workbook?.stored(CELL)).toBe("9001.00");
    expect(second.store.getState().history.past).toHaveLength(1);
    expect((await adapter.readDocument(id ?? ""))?.saveRevision).toBe(2);
    expect(storage.size()).toBe(0);
  });

  it("nothing is journalled when every change is stored", async () => {
    const storage = memoryStorage();
    const tab = await openTab(new MemoryAdapter(), storage);
    tab.session.writeUnloadJournal();
    expect(storage.size()).toBe(0);
  });
});
