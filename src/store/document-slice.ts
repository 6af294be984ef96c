import type { StateCreator } from "zustand";
import type { JuesuanDocument } from "../domain/document/model";
import type { CellId } from "../domain/engine/cell-id";
import type { Edit } from "../domain/workbook/edits";
import { Workbook } from "../domain/workbook/workbook";
import { emptyHistory, type History, recorded } from "./history";
import type { EditorState } from "./store";

export interface DocumentSlice {
  /** The open document; mutated only through `applyEdits`, `undo` and `redo`. */
  workbook: Workbook | null;
  /** Bumped on every change so that subscribers re-read the workbook. */
  revision: number;
  /** Cells changed by the last change; `structural` when rows were added or removed. */
  lastChange: { cells: ReadonlySet<CellId>; structural: boolean };
  history: History;
  /**
   * Set when this tab must not change the document (it is being edited in another tab): edits, undo and
   * redo are refused with this message.
   */
  readOnly: string | null;
  /** Opens a document; `history` restores a saved undo history that belongs to exactly this document. */
  openDocument: (doc: JuesuanDocument, options?: { history?: History; readOnly?: string | null }) => void;
  setReadOnly: (message: string | null) => void;
  applyEdits: (edits: readonly Edit[], label: string) => boolean;
  undo: () => void;
  redo: () => void;
}

const NO_CHANGE = { cells: new Set<CellId>(), structural: true };

/** In a read-only tab every change is refused with a message saying why. */
function refusedReadOnly(get: () => EditorState): boolean {
  const { readOnly, notify } = get();
  if (readOnly === null) return false;
  notify({ kind: "warning", text: `本页只读，未做修改：${readOnly}` });
  return true;
}

export const createDocumentSlice: StateCreator<EditorState, [], [], DocumentSlice> = (set, get) => ({
  workbook: null,
  revision: 0,
  lastChange: NO_CHANGE,
  history: emptyHistory(),
  readOnly: null,

  openDocument: (doc, options = {}) => {
    const workbook = new Workbook(doc);
    get().startChecks(workbook);
    set((s) => ({
      workbook,
      revision: s.revision + 1,
      lastChange: NO_CHANGE,
      history: options.history ?? emptyHistory(),
      readOnly: options.readOnly ?? null,
      selection: {},
    }));
  },

  setReadOnly: (readOnly) => set({ readOnly }),

  applyEdits: (edits, label) => {
    const { workbook } = get();
    if (!workbook || edits.length === 0 || refusedReadOnly(get)) return false;
    const result = workbook.apply(edits);
    get().updateChecks(result);
    set((s) => ({
      revision: s.revision + 1,
      lastChange: { cells: result.changed, structural: result.structural },
      history: recorded(s.history, { patch: result.patch, label }),
    }));
    return true;
  },

  undo: () => {
    const { workbook, history } = get();
    const entry = history.past.at(-1);
    if (!workbook || !entry || refusedReadOnly(get)) return;
    const result = workbook.apply(entry.patch.inverse);
    get().updateChecks(result);
    set((s) => ({
      revision: s.revision + 1,
      lastChange: { cells: result.changed, structural: result.structural },
      history: { past: history.past.slice(0, -1), future: [entry, ...history.future] },
      message: { kind: "info", text: `已撤销：${entry.label}` },
    }));
  },

  redo: () => {
    const { workbook, history } = get();
    const entry = history.future[0];
    if (!workbook || !entry || refusedReadOnly(get)) return;
    const result = workbook.apply(entry.patch.edits);
    get().updateChecks(result);
    set((s) => ({
      revision: s.revision + 1,
      lastChange: { cells: result.changed, structural: result.structural },
      history: { past: [...history.past, entry], future: history.future.slice(1) },
      message: { kind: "info", text: `已重做：${entry.label}` },
    }));
  },
});
