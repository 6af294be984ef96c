import type { JuesuanDocument } from "../../domain/document/model";
import type { EditorStore } from "../store";
import type { HtmlExtractor } from "./import-file";
import type { TabChannel } from "./tab-channel";
import type { StorageAdapter } from "./types";
import type { UnloadJournal } from "./unload-journal";

/** Where the id of the document open last is remembered (localStorage in the browser). */
export interface LastOpen {
  get(): string | null;
  set(id: string): void;
}

export interface SessionOptions {
  store: EditorStore;
  adapter: StorageAdapter;
  channel: TabChannel;
  lastOpen: LastOpen;
  loadSample: () => Promise<JuesuanDocument>;
  loadHtmlExtractor?: () => Promise<HtmlExtractor | null>;
  tabId?: string;
  /** Quiet time the autosaver waits for (ms, default `AUTOSAVE_DELAY`) and its longest wait (1000). */
  autosaveDelay?: number;
  autosaveMaxWait?: number;
  /** When a save starts after an edit (default: the next task); see `AutosaveOptions.scheduleLeading`. */
  scheduleSave?: (run: () => void) => () => void;
  /** Where the page puts an unsaved change while it goes away (see UnloadJournal); none in tests. */
  journal?: UnloadJournal;
  /** How long 重新载入 waits for the other tab to save and stop (ms, default 600). */
  claimTimeout?: number;
}

/** The document open in a tab. */
export interface OpenDocument {
  id: string;
  name: string;
  /** The stored revision this tab's copy is based on; 0 while it has never been stored. */
  saveRevision: number;
}

export const READ_ONLY = {
  opened: "此文档已在另一个标签页中打开。为免互相覆盖，本页只读，不再自动保存。",
  modified: "此文档已在另一个标签页中修改。本页显示的是较早的版本，只读，不再自动保存。",
  deleted: "此文档已在另一个标签页中删除。本页只读，不再自动保存。",
} as const;

export const SAMPLE_PREFIX = "示例：";

/**
 * No debounce: a change is saved in the next task (in the browser: once the edit is painted), and changes
 * made while a save runs are saved together right after it, so the time between saves is the time a save
 * takes (≈ 15 ms for a 2,000-row document, a few ms for the sample). A debounce of 300 ms lost the last
 * edits when the browser was closed at once after them (e2e "nothing lost"); saving this often costs
 * about one JSON.stringify per edit.
 */
export const AUTOSAVE_DELAY = 0;
