import type { JuesuanDocument } from "../../domain/document/model";
import { whenPaintedAndIdle } from "../after-paint";
import { useEditor } from "../store";
import { FailingAdapter, FullAdapter, MemoryAdapter } from "./adapters";
import { loadHtmlExtractor } from "./html-extractor";
import { IdbAdapter } from "./idb-adapter";
import { DocumentSession } from "./session";
import type { LastOpen } from "./session-options";
import { openTabChannel } from "./tab-channel";
import type { StorageAdapter } from "./types";
import { UnloadJournal } from "./unload-journal";

const LAST_OPEN_KEY = "juesuan.lastOpen";

/**
 * The storage the app uses: IndexedDB, unless the URL says otherwise, so that tests can force a failure:
 * `?storage=fail` (no usable storage, as in some private modes), `?storage=full` (reads work, every
 * write fails as with an exhausted quota), `?storage=memory` (nothing survives the page).
 */
export function adapterFor(search: string): StorageAdapter {
  const flag = new URLSearchParams(search).get("storage");
  if (flag === "memory") return new MemoryAdapter();
  if (flag === "fail") {
    const error =
      typeof DOMException === "function"
        ? new DOMException("IndexedDB is not available", "InvalidStateError")
        : new Error("IndexedDB is not available");
    return new FailingAdapter(error);
  }
  if (flag === "full") return new FullAdapter(new IdbAdapter());
  return new IdbAdapter();
}

function localStorageLastOpen(): LastOpen {
  return {
    get: () => {
      try {
        return window.localStorage.getItem(LAST_OPEN_KEY);
      } catch {
        return null;
      }
    },
    set: (id) => {
      try {
        window.localStorage.setItem(LAST_OPEN_KEY, id);
      } catch {
        // Not remembering which document was open last only costs reopening it from the list.
      }
    },
  };
}

function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

let session: DocumentSession | null = null;
let starting: Promise<DocumentSession> | null = null;

/** The tab's document session, once started. */
export function documentSession(): DocumentSession | null {
  return session;
}

/**
 * Starts the tab's session once (React StrictMode runs effects twice): reopens the last document or
 * creates a copy of the sample, and saves on page hide.
 */
export function startDocumentSession(loadSample: () => Promise<JuesuanDocument>): Promise<DocumentSession> {
  if (starting) return starting;
  const created = new DocumentSession({
    store: useEditor,
    adapter: adapterFor(window.location.search),
    channel: openTabChannel(),
    lastOpen: localStorageLastOpen(),
    loadSample,
    loadHtmlExtractor,
    scheduleSave: whenPaintedAndIdle,
    journal: new UnloadJournal(browserStorage()),
  });
  session = created;
  const flush = () => void created.flush();
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden") flush();
  });
  // IndexedDB may not commit once the page goes: the change is also written synchronously (unload journal).
  window.addEventListener("pagehide", () => {
    created.writeUnloadJournal();
    flush();
  });
  window.addEventListener("beforeunload", (event) => {
    created.writeUnloadJournal();
    // Only when changes could not be stored: leaving would lose them.
    if (useEditor.getState().saveStatus.kind === "failed" && !created.clean) event.preventDefault();
  });
  starting = created.start().then(() => created);
  return starting;
}
