import type { StateCreator } from "zustand";
import type { JuesuanDocument } from "../domain/document/model";
import { type ChangeSet, OPENED, restructures } from "../domain/workbook/change-set";
import type { Edit } from "../domain/workbook/edits";
import { type ApplyResult, Workbook } from "../domain/workbook/workbook";
import { REVIEW_MODE_REFUSAL, readOnlyRefusal } from "./edit-refusal";
import { emptyHistory, type History, recorded } from "./history";
import type { EditorState } from "./store";

export interface DocumentSlice {
  /** The open document; mutated only through `applyEdits`, `undo` and `redo`. */
  workbook: Workbook | null;
  /** Bumped on every change so that subscribers re-read the workbook. */
  revision: number;
  /**
   * The change set of the last change (cells, rows added and removed, meta), committed in the same `set`
   * as the revision, the history and the findings it changed: the grid, the error marks, the checks
   * panel, the review state and the autosave all react to that one notification.
   */
  lastChange: ChangeSet;
  history: History;
  /**
   * Set when this tab must not change the document (it is being edited in another tab): edits, undo and
   * redo are refused with this message.
   */
  readOnly: string | null;
  /**
   * 审阅模式: numbers are read-only, comments may be written. Kept when another version of the same
   * document is opened; the review-mode memory sets it per stored document.
   */
  reviewMode: boolean;
  /** Opens a document; `history` restores a saved undo history that belongs to exactly this document. */
  openDocument: (
    doc: JuesuanDocument,
    options?: { history?: History; readOnly?: string | null; reviewMode?: boolean },
  ) => void;
  setReadOnly: (message: string | null) => void;
  setReviewMode: (on: boolean) => void;
  applyEdits: (edits: readonly Edit[], label: string) => boolean;
  undo: () => void;
  redo: () => void;
}

/** Comment edits are the only changes 审阅模式 allows. */
export function onlyComments(edits: readonly Edit[]): boolean {
  return edits.every((edit) => edit.kind === "field" && edit.field === "comments");
}

/** In 审阅模式 every change other than comments is refused with a message saying why. */
function refusedInReview(get: () => EditorState, edits: readonly Edit[]): boolean {
  const { reviewMode, notify } = get();
  if (!reviewMode || onlyComments(edits)) return false;
  notify({ kind: "warning", text: REVIEW_MODE_REFUSAL });
  return true;
}

/** In a read-only tab every change is refused with a message saying why. */
function refusedReadOnly(get: () => EditorState): boolean {
  const { readOnly, notify } = get();
  if (readOnly === null) return false;
  notify({ kind: "warning", text: readOnlyRefusal(readOnly) });
  return true;
}

type SetState = Parameters<StateCreator<EditorState>>[0];

/**
 * The open and visited tables that the workbook's template has: a further table (10) of the previous
 * document, or of the template before 转换模板, is no table of this one.
 */
function tablesOf(workbook: Workbook, s: EditorState): Pick<EditorState, "activeTable" | "visitedTables"> {
  const has = (table: string) => workbook.template.tables[table] !== undefined;
  if (has(s.activeTable) && s.visitedTables.every(has))
    return { activeTable: s.activeTable, visitedTables: s.visitedTables };
  const activeTable = has(s.activeTable) ? s.activeTable : "01";
  const visited = s.visitedTables.filter(has);
  return { activeTable, visitedTables: visited.includes(activeTable) ? visited : [...visited, activeTable] };
}

/**
 * Commits one change set with one `set`: the findings it changed (the tables' and the text's), a new
 * revision, the change itself and what `more` adds (history, message).
 */
function commit(
  set: SetState,
  get: () => EditorState,
  change: ApplyResult,
  more: (s: EditorState) => Partial<EditorState>,
): void {
  const checks = get().checksAfter(change);
  const narrative = get().narrativeAfter(change);
  set((s) => ({
    ...checks,
    ...narrative,
    revision: s.revision + 1,
    lastChange: changeSetOf(change),
    ...(restructures(change) ? tablesOf(get().workbook as Workbook, s) : {}),
    ...more(s),
  }));
}

/** The change set alone: the store keeps no reference to the patch beyond its history entry. */
function changeSetOf({ changed, rowsAdded, rowsRemoved, meta, reset }: ApplyResult): ChangeSet {
  return { changed, rowsAdded, rowsRemoved, meta, reset };
}

export const createDocumentSlice: StateCreator<EditorState, [], [], DocumentSlice> = (set, get) => ({
  workbook: null,
  revision: 0,
  lastChange: OPENED,
  history: emptyHistory(),
  readOnly: null,
  reviewMode: false,

  openDocument: (doc, options = {}) => {
    const workbook = new Workbook(doc);
    set((s) => ({
      workbook,
      revision: s.revision + 1,
      lastChange: OPENED,
      history: options.history ?? emptyHistory(),
      readOnly: options.readOnly ?? null,
      reviewMode: options.reviewMode ?? s.reviewMode,
      selection: {},
      focusedRow: {},
      range: null,
      ...tablesOf(workbook, s),
    }));
    get().startChecks(workbook);
  },

  setReadOnly: (readOnly) => set({ readOnly }),
  setReviewMode: (reviewMode) => set({ reviewMode }),

  applyEdits: (edits, label) => {
    const { workbook } = get();
    if (!workbook || edits.length === 0 || refusedReadOnly(get) || refusedInReview(get, edits)) return false;
    const change = workbook.apply(edits);
    commit(set, get, change, (s) => ({ history: recorded(s.history, { patch: change.patch, label }) }));
    return true;
  },

  undo: () => {
    const { workbook, history } = get();
    const entry = history.past.at(-1);
    if (!workbook || !entry || refusedReadOnly(get) || refusedInReview(get, entry.patch.inverse)) return;
    commit(set, get, workbook.apply(entry.patch.inverse), () => ({
      history: { past: history.past.slice(0, -1), future: [entry, ...history.future] },
      message: { kind: "info", text: `已撤销：${entry.label}` },
    }));
  },

  redo: () => {
    const { workbook, history } = get();
    const entry = history.future[0];
    if (!workbook || !entry || refusedReadOnly(get) || refusedInReview(get, entry.patch.edits)) return;
    commit(set, get, workbook.apply(entry.patch.edits), () => ({
      history: { past: [...history.past, entry], future: history.future.slice(1) },
      message: { kind: "info", text: `已重做：${entry.label}` },
    }));
  },
});
