/**
 * What this browser remembers about 科目目录 for the documents it opens (localStorage): the edition chosen
 * for a document (by its id; none: the edition of its year), and the 功能分类 codes seen in opened
 * documents with their printed names, offered as suggestions when a row is added. The choice is the
 * reader's, not a fact of the published document, and a loaded edition exists only in this browser, so
 * it is not written into the file.
 */
import { chooseCatalog, chosenCatalog } from "../domain/catalog/lookup";
import { isFunctionCode } from "../domain/engine/code-tree";
import type { Workbook } from "../domain/workbook/workbook";
import { afterPaintOrNow } from "./after-paint";
import { browserStorage, type KeyValueStore } from "./review-local";
import type { EditorStore } from "./store";

const CHOICE_KEY = "juesuan.catalogChoice";
const SEEN_KEY = "juesuan.seenCodes";
/** The most recently seen codes only: the list must not grow without end. */
const MAX_SEEN = 3000;
const FUNCTION_TABLES = ["02", "03", "05", "07", "08"] as const;

function readMap(key: string, storage: KeyValueStore | null): Record<string, string> {
  try {
    const value = JSON.parse(storage?.getItem(key) ?? "{}") as unknown;
    return value && typeof value === "object" ? (value as Record<string, string>) : {};
  } catch {
    return {};
  }
}

function writeMap(key: string, map: Record<string, string>, storage: KeyValueStore | null): void {
  try {
    storage?.setItem(key, JSON.stringify(map));
  } catch {
    // Not remembering only means the default edition and fewer suggestions next time.
  }
}

export function catalogChoiceOf(docId: string, storage = browserStorage()): string | null {
  return readMap(CHOICE_KEY, storage)[docId] ?? null;
}

/** Chooses an edition for a document (null: by its year) and remembers it. */
export function setCatalogChoice(docId: string | null, id: string | null, storage = browserStorage()): void {
  chooseCatalog(id);
  if (docId === null) return;
  const { [docId]: _, ...others } = readMap(CHOICE_KEY, storage);
  writeMap(CHOICE_KEY, id === null ? others : { ...others, [docId]: id }, storage);
}

/** Codes seen in documents opened in this browser, with the name printed there. */
export function seenCodes(storage = browserStorage()): ReadonlyMap<string, string> {
  return new Map(Object.entries(readMap(SEEN_KEY, storage)));
}

export function rememberSeenCodes(workbook: Workbook, storage = browserStorage()): void {
  const seen = new Map(Object.entries(readMap(SEEN_KEY, storage)));
  for (const table of FUNCTION_TABLES) {
    for (const row of workbook.rows(table)) {
      const name = workbook.rowName(table, row).trim();
      if (!isFunctionCode(row) || name === "") continue;
      seen.delete(row); // re-inserted last: the most recent stay when the list is cut
      seen.set(row, name);
    }
  }
  writeMap(SEEN_KEY, Object.fromEntries([...seen].slice(-MAX_SEEN)), storage);
}

/** After an edition is loaded or removed, or another chosen: the checks read the names again. */
export function catalogsChanged(store: EditorStore): void {
  const state = store.getState();
  store.setState({ catalogRevision: state.catalogRevision + 1 });
  if (state.workbook) state.startChecks(state.workbook);
}

/**
 * Follows the open document: chooses its remembered edition (re-running the checks when that changes
 * what C-1 reads) and remembers the codes it shows.
 */
export function keepCatalogChoice(store: EditorStore, storage = browserStorage()): () => void {
  return store.subscribe((state, previous) => {
    if (state.docId !== previous.docId && state.docId !== null) {
      const id = catalogChoiceOf(state.docId, storage);
      if (id !== chosenCatalog()) {
        chooseCatalog(id);
        catalogsChanged(store);
      }
    }
    const { workbook } = state;
    // After the document's first frame: a large document's codes are not worth a slower opening.
    if (workbook !== previous.workbook && workbook)
      afterPaintOrNow(() => rememberSeenCodes(workbook, storage));
  });
}
