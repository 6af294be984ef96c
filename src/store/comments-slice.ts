import type { StateCreator } from "zustand";
import type { CommentAnchor, CommentThread } from "../domain/document/comments-model";
import type { CellId } from "../domain/engine/cell-id";
import { cellCommentStates } from "../domain/review/thread-basics";
import type { Workbook } from "../domain/workbook/workbook";
import { loadReviewerName, saveReviewerName } from "./review-local";
import type { EditorState } from "./store";

/** The tabs of the right-hand panel. */
export type SideTab = "checks" | "comments" | "compare";
export type CommentFilter = "all" | "open" | "resolved" | "mine";

export interface CommentsSlice {
  /** The name put on comments; asked once per browser and remembered. */
  reviewerName: string;
  sideTab: SideTab;
  commentFilter: CommentFilter;
  /** Where a new thread is being written (the 批注 panel's form), or null. */
  commentTarget: CommentAnchor | null;
  /** The thread last opened from a marker or the list (shown expanded). */
  activeThread: string | null;
  /** "open" / "resolved" per commented cell: the grid's markers. */
  commentCells: ReadonlyMap<CellId, "open" | "resolved">;

  setReviewerName: (name: string) => void;
  setSideTab: (tab: SideTab) => void;
  setCommentFilter: (filter: CommentFilter) => void;
  /** Opens the 批注 panel on a new thread for `anchor`. */
  startComment: (anchor: CommentAnchor) => void;
  cancelComment: () => void;
  /** Shows a thread: its cell (or table, or finding) and the thread in the panel. */
  showThread: (thread: CommentThread) => void;
  /** Opens the 批注 panel on the threads of a cell (clicking a marker). */
  showCellThreads: (anchor: CommentAnchor) => void;
}

export const NO_CELLS = new Map<CellId, never>() as ReadonlyMap<CellId, never>;

export function commentsOf(workbook: Workbook | null): CommentThread[] {
  return workbook?.doc.comments ?? [];
}

/** 批注: threads on cells, tables and findings, written into the document as undoable changes. */
export const createCommentsSlice: StateCreator<EditorState, [], [], CommentsSlice> = (set, get) => {
  const threads = () => commentsOf(get().workbook);

  return {
    reviewerName: loadReviewerName(),
    sideTab: "checks",
    commentFilter: "all",
    commentTarget: null,
    activeThread: null,
    commentCells: NO_CELLS,

    setReviewerName: (name) => {
      saveReviewerName(name);
      set({ reviewerName: name.trim() });
    },
    setSideTab: (sideTab) => set({ sideTab, checksOpen: true }),
    setCommentFilter: (commentFilter) => set({ commentFilter }),
    startComment: (commentTarget) => set({ commentTarget, sideTab: "comments", checksOpen: true }),
    cancelComment: () => set({ commentTarget: null }),

    showThread: (thread) => {
      set({ activeThread: thread.id, sideTab: "comments", checksOpen: true });
      const { workbook, findings } = get();
      const anchor = thread.anchor;
      if (!workbook) return;
      if (anchor.kind === "cell") {
        if (workbook.hasRow(anchor.table, anchor.row)) get().focusCell(anchor.table, anchor.row, anchor.col);
        else get().showTable(anchor.table);
      } else if (anchor.kind === "table") get().showTable(anchor.table);
      else {
        const finding = findings.find((f) => f.key === anchor.key);
        if (finding) get().showFinding(finding);
        else if (anchor.table) get().showTable(anchor.table);
      }
    },
    showCellThreads: (anchor) => {
      const { workbook } = get();
      const first = threads().find(
        (t) =>
          t.anchor.kind === "cell" &&
          anchor.kind === "cell" &&
          t.anchor.table === anchor.table &&
          t.anchor.row === anchor.row &&
          t.anchor.col === anchor.col,
      );
      set({ sideTab: "comments", checksOpen: true, activeThread: first?.id ?? null });
      if (!first && workbook) set({ commentTarget: anchor });
    },
  };
};

/** The comment list the markers were computed from, per store (a hidden cache, not state). */
const seenComments = new WeakMap<object, CommentThread[] | undefined>();

function sameStates(a: ReadonlyMap<CellId, string>, b: ReadonlyMap<CellId, string>): boolean {
  if (a.size !== b.size) return false;
  for (const [id, state] of a) if (b.get(id) !== state) return false;
  return true;
}

/** The markers' change after the document changed (nothing when its comments did not). */
export function commentsPatch(state: EditorState, store: object): Partial<CommentsSlice> {
  const comments = state.workbook?.doc.comments;
  if (comments === seenComments.get(store)) return {};
  seenComments.set(store, comments);
  const next = cellCommentStates(comments ?? []);
  return sameStates(next, state.commentCells) ? {} : { commentCells: next };
}
