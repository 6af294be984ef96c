import type { Unit } from "../../domain/document/model";
import type { History } from "../history";

/** What the document list shows: one small record per document, read without the document text. */
export interface DocumentIndexRecord {
  id: string;
  /** The name in the document list (not part of the file). */
  name: string;
  department: string;
  year: number;
  unit: Unit;
  template: string;
  /** ISO time of the last save. */
  updatedAt: string;
  /** Bumped on every successful save; a save names the revision it started from (compare-and-set). */
  saveRevision: number;
}

/** A document as stored: its file text (format version 1, without `derived`). */
export interface StoredDocument {
  id: string;
  text: string;
  saveRevision: number;
  updatedAt: string;
}

/** The session's undo history, kept beside the document revision it belongs to. */
export interface StoredHistory {
  saveRevision: number;
  history: History;
}

export interface DocumentWrite {
  index: DocumentIndexRecord;
  document: StoredDocument;
  history?: StoredHistory;
}

/** `conflict`: the stored revision is not the one the write started from (another tab saved, or deleted it). */
export type WriteResult =
  | { ok: true }
  | { ok: false; conflict: "modified"; stored: number }
  | { ok: false; conflict: "deleted" };

/**
 * Where documents live. The browser uses IndexedDB (idb-keyval); tests and `?storage=memory` use memory;
 * `?storage=fail` an adapter that fails like a full or forbidden IndexedDB. Every method may reject.
 */
export interface StorageAdapter {
  readonly kind: "indexeddb" | "memory" | "failing";
  listIndex(): Promise<DocumentIndexRecord[]>;
  readDocument(id: string): Promise<StoredDocument | undefined>;
  readHistory(id: string): Promise<StoredHistory | undefined>;
  /**
   * Writes index, document and history in one transaction, only if the stored document's saveRevision is
   * `expected` (`null`: only if there is no document with that id yet). A stored list name is kept: saves
   * never undo a rename made meanwhile in another tab.
   */
  write(entry: DocumentWrite, expected: number | null): Promise<WriteResult>;
  /** Renames a document in the list; false when it is not there (any more). */
  rename(id: string, name: string): Promise<boolean>;
  remove(id: string): Promise<void>;
}
