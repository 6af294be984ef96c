import type { History } from "../history";

/** The synchronous key–value storage the journal writes to (window.localStorage in the browser). */
export interface JournalStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** What the page held when it went away with a change IndexedDB had not yet committed. */
export interface JournalEntry {
  docId: string;
  /** The stored revision the page's copy was based on. */
  base: number;
  /** A save of that copy was running: it may have committed as revision `base + 1`. */
  inFlight: boolean;
  /** The document file text (as stored). */
  text: string;
  history?: History;
}

const KEY = "juesuan.unloadJournal";

/**
 * The last change, made durable while the page goes away. IndexedDB commits asynchronously, and a
 * transaction still running when the page unloads (F5 right after Enter) is aborted: about one immediate
 * reload in three came back without the last edit. On pagehide the page writes what it holds to
 * localStorage, which is synchronous; the next start of the document replays it into IndexedDB when the
 * stored revision lacks it, and forgets it.
 */
export class UnloadJournal {
  constructor(private readonly storage: JournalStorage | null) {}

  /** Writes the entry (without the undo history if there is no room for it); false if nothing could be written. */
  write(entry: JournalEntry): boolean {
    if (!this.storage) return false;
    for (const candidate of [entry, { ...entry, history: undefined }]) {
      try {
        this.storage.setItem(KEY, JSON.stringify(candidate));
        return true;
      } catch {
        // Quota: try again without the history, then give up (the save started at pagehide may still land).
      }
    }
    return false;
  }

  /** The journal of `docId` when it holds what `storedRevision` lacks; a stale journal is forgotten. */
  takeFor(docId: string, storedRevision: number): JournalEntry | null {
    const entry = this.read();
    if (!entry || entry.docId !== docId) return null;
    this.clear();
    const missing = storedRevision === entry.base || (entry.inFlight && storedRevision === entry.base + 1);
    return missing ? entry : null;
  }

  clear(): void {
    try {
      this.storage?.removeItem(KEY);
    } catch {
      // Nothing to forget.
    }
  }

  private read(): JournalEntry | null {
    try {
      const text = this.storage?.getItem(KEY);
      const entry = text ? (JSON.parse(text) as Partial<JournalEntry>) : null;
      return entry &&
        typeof entry.docId === "string" &&
        typeof entry.base === "number" &&
        typeof entry.text === "string"
        ? (entry as JournalEntry)
        : null;
    } catch {
      return null;
    }
  }
}
