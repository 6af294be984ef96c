import type { StateCreator } from "zustand";
import type { Problem } from "../../domain/document/validate";
import type { EditorState } from "../store";
import type { ImportSource } from "./import-file";
import type { DocumentIndexRecord } from "./types";

/** What the header says about saving. */
export type SaveStatus =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved"; at: string }
  | { kind: "failed"; reason: string }
  /** Read-only tab: this document is not being saved from here. */
  | { kind: "paused" };

/** A file that could not be imported: the first problems, and how many there were in all. */
export interface ImportFailure {
  fileName: string;
  problems: Problem[];
  total: number;
  /** The file names a template this editor lacks: its id, and the file to open again once it is loaded. */
  missingTemplate?: { id: string; source: ImportSource };
}

export interface PersistenceSlice {
  /** The stored document open in this tab (an id even when storage failed and it lives in memory only). */
  docId: string | null;
  docName: string;
  saveStatus: SaveStatus;
  /** The document list (文档 dialog), most recently saved first. */
  documents: DocumentIndexRecord[];
  /** Why the list could not be read, if it could not. */
  documentsError: string | null;
  documentsOpen: boolean;
  importFailure: ImportFailure | null;
  setPersistence: (patch: Partial<PersistenceState>) => void;
}

export type PersistenceState = Omit<PersistenceSlice, "setPersistence">;

export const createPersistenceSlice: StateCreator<EditorState, [], [], PersistenceSlice> = (set) => ({
  docId: null,
  docName: "",
  saveStatus: { kind: "idle" },
  documents: [],
  documentsError: null,
  documentsOpen: false,
  importFailure: null,
  setPersistence: (patch) => set(patch),
});
