import type { StateCreator } from "zustand";
import type { JuesuanDocument } from "../domain/document/model";
import type { CellId } from "../domain/engine/cell-id";
import {
  addThread,
  anchorDraft,
  type CellChange,
  type CommentAnchor,
  type CommentsResult,
  type CommentThread,
  cellCommentStates,
  type DocumentDiff,
  deleteReply,
  deleteThread,
  diffDocuments,
  editReply,
  editThread,
  type MergePlan,
  mergeEdits,
  planMerge,
  readSameDocument,
  reopenThread,
  reply,
  resolveThread,
} from "../domain/review";
import { rowColumns } from "../domain/templates/structure";
import { Workbook } from "../domain/workbook/workbook";
import { newDocumentId } from "./persistence/documents";
import { documentTextOf } from "./review-file";
import { loadReviewerName, saveReviewerName } from "./review-local";
import type { EditorState } from "./store";

/** The tabs of the right-hand panel. */
export type SideTab = "checks" | "comments" | "compare";
export type CommentFilter = "all" | "open" | "resolved" | "mine";

export interface CompareState {
  /** The other version (read only); the open document is the newer side. */
  base: Workbook;
  /** The open workbook the diff was taken against (a new document ends the comparison). */
  against: Workbook;
  /** What the other version is, in words ("文件 a.json", "本机文档 …"). */
  label: string;
  diff: DocumentDiff;
  /** The change being looked at, walked with ↑/↓. */
  index: number;
}

export interface MergeState {
  fileName: string;
  /** The returned file, planned again when the merge is finished (the draft may have changed). */
  text: string;
  plan: MergePlan;
  /** The open workbook it was planned for (opening another document drops the merge). */
  against: Workbook;
  /** Ids of the value changes whose file version is taken (none by default: keep mine). */
  take: ReadonlySet<string>;
}

export interface ReviewSlice {
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
  compare: CompareState | null;
  /** Changed cells while comparing (old → new). */
  compareCells: ReadonlyMap<CellId, CellChange>;
  /** Added 科目 rows while comparing, as `table|row`. */
  compareAddedRows: ReadonlySet<string>;
  merge: MergeState | null;

  setReviewerName: (name: string) => void;
  setSideTab: (tab: SideTab) => void;
  setCommentFilter: (filter: CommentFilter) => void;
  /** Opens the 批注 panel on a new thread for `anchor`. */
  startComment: (anchor: CommentAnchor) => void;
  cancelComment: () => void;
  addComment: (text: string) => boolean;
  replyToThread: (threadId: string, text: string) => boolean;
  editComment: (threadId: string, replyId: string | null, text: string) => boolean;
  deleteComment: (threadId: string, replyId: string | null) => boolean;
  resolveComment: (threadId: string) => boolean;
  reopenComment: (threadId: string) => boolean;
  /** Shows a thread: its cell (or table, or finding) and the thread in the panel. */
  showThread: (thread: CommentThread) => void;
  /** Opens the 批注 panel on the threads of a cell (clicking a marker). */
  showCellThreads: (anchor: CommentAnchor) => void;

  /** Compares the open document with another version of it; refuses another document, saying why. */
  startCompare: (other: JuesuanDocument | string, label: string) => boolean;
  stopCompare: () => void;
  /** Selects change `index` in the list (keyboard walking), without leaving the list. */
  selectChange: (index: number) => void;
  /** Selects change `index` and shows it in its table. */
  showChange: (index: number) => void;

  /** Plans merging a returned file (nothing changes yet); refuses a malformed or foreign file. */
  startMerge: (text: string, fileName: string) => boolean;
  setMergeTake: (changeId: string, take: boolean) => void;
  finishMerge: () => boolean;
  cancelMerge: () => void;

  /** Keeps markers and the comparison in step with the open workbook (called after every change). */
  syncReview: () => void;
}

const NO_CELLS = new Map<CellId, never>() as ReadonlyMap<CellId, never>;
const NO_ROWS: ReadonlySet<string> = new Set();
const now = () => new Date().toISOString();

export function commentsOf(workbook: Workbook | null): CommentThread[] {
  return workbook?.doc.comments ?? [];
}

function compareMarks(diff: DocumentDiff) {
  const rows = new Set<string>();
  for (const change of diff.changes) {
    if (change.kind === "rowAdded") rows.add(`${change.table}|${change.row}`);
  }
  return { compareCells: diff.byCell, compareAddedRows: rows };
}

export const createReviewSlice: StateCreator<EditorState, [], [], ReviewSlice> = (set, get) => {
  /** Writes the new thread list as one undoable (and autosaved) change. */
  const commit = (result: CommentsResult, label: string): boolean => {
    const { applyEdits, notify } = get();
    if (!result.ok) {
      notify({ kind: "error", text: result.message });
      return false;
    }
    const value = result.threads.length > 0 ? result.threads : undefined;
    return applyEdits([{ kind: "field", field: "comments", value }], label);
  };
  /** The signed-in name, or a message asking for it. */
  const author = (): string | null => {
    const name = get().reviewerName.trim();
    if (!name) get().notify({ kind: "error", text: "请先填写您的姓名（批注需要署名）" });
    return name || null;
  };
  const threads = () => commentsOf(get().workbook);

  return {
    reviewerName: loadReviewerName(),
    sideTab: "checks",
    commentFilter: "all",
    commentTarget: null,
    activeThread: null,
    commentCells: NO_CELLS,
    compare: null,
    compareCells: NO_CELLS,
    compareAddedRows: NO_ROWS,
    merge: null,

    setReviewerName: (name) => {
      saveReviewerName(name);
      set({ reviewerName: name.trim() });
    },
    setSideTab: (sideTab) => set({ sideTab, checksOpen: true }),
    setCommentFilter: (commentFilter) => set({ commentFilter }),
    startComment: (commentTarget) => set({ commentTarget, sideTab: "comments", checksOpen: true }),
    cancelComment: () => set({ commentTarget: null }),

    addComment: (text) => {
      const { workbook, commentTarget, findings, notify } = get();
      const name = author();
      if (!workbook || !commentTarget || !name) return false;
      const draft = anchorDraft(workbook, commentTarget, findings);
      if (!draft.ok) {
        notify({ kind: "error", text: draft.message });
        return false;
      }
      const id = newDocumentId();
      const { ok: _ok, ...anchor } = draft;
      const result = addThread(threads(), { id, author: name, text, at: now(), ...anchor });
      if (!commit(result, `批注 ${draft.anchorLabel}`)) return false;
      set({ commentTarget: null, activeThread: id });
      return true;
    },
    replyToThread: (threadId, text) => {
      const name = author();
      if (!name) return false;
      return commit(
        reply(threads(), threadId, { id: newDocumentId(), author: name, text, at: now() }),
        "回复批注",
      );
    },
    editComment: (threadId, replyId, text) => {
      const name = author();
      if (!name) return false;
      const result =
        replyId === null
          ? editThread(threads(), threadId, name, text, now())
          : editReply(threads(), threadId, replyId, name, text, now());
      return commit(result, replyId === null ? "修改批注" : "修改回复");
    },
    deleteComment: (threadId, replyId) => {
      const name = author();
      if (!name) return false;
      const result =
        replyId === null
          ? deleteThread(threads(), threadId, name)
          : deleteReply(threads(), threadId, replyId, name);
      return commit(result, replyId === null ? "删除批注" : "删除回复");
    },
    resolveComment: (threadId) => {
      const name = author();
      return name !== null && commit(resolveThread(threads(), threadId, name, now()), "解决批注");
    },
    reopenComment: (threadId) => {
      const name = author();
      return name !== null && commit(reopenThread(threads(), threadId, name, now()), "重新打开批注");
    },

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

    startCompare: (other, label) => {
      const { workbook, notify } = get();
      if (!workbook) return false;
      const file =
        typeof other === "string"
          ? documentTextOf(label, other)
          : { ok: true as const, text: JSON.stringify(other) };
      if (!file.ok) {
        notify({ kind: "error", text: `无法对比：${file.reason}` });
        return false;
      }
      const read = readSameDocument(workbook.doc, file.text);
      if (!read.ok) {
        notify({ kind: "error", text: `无法对比：${read.reason}` });
        return false;
      }
      let base: Workbook;
      try {
        base = new Workbook(read.document);
      } catch (error) {
        notify({ kind: "error", text: `无法读取要对比的版本：${String(error)}` });
        return false;
      }
      const diff = diffDocuments(base, workbook);
      set({
        compare: { base, against: workbook, label, diff, index: 0 },
        ...compareMarks(diff),
        sideTab: "compare",
        checksOpen: true,
      });
      notify({ kind: "info", text: `与${label}对比：${diff.summary}` });
      return true;
    },
    stopCompare: () => set({ compare: null, compareCells: NO_CELLS, compareAddedRows: NO_ROWS }),
    selectChange: (index) => {
      const { compare } = get();
      if (!compare || compare.diff.changes.length === 0) return;
      const clamped = Math.max(0, Math.min(index, compare.diff.changes.length - 1));
      if (clamped !== compare.index) set({ compare: { ...compare, index: clamped } });
    },
    showChange: (index) => {
      const { compare, workbook } = get();
      const change = compare?.diff.changes[index];
      if (!compare || !change || !workbook) return;
      set({ compare: { ...compare, index } });
      if (change.kind === "cell") get().focusCell(change.table, change.row, change.col);
      else if (change.kind === "meta") return;
      else if (
        change.kind !== "note" &&
        change.kind !== "rowRemoved" &&
        workbook.hasRow(change.table, change.row)
      ) {
        const col = rowColumns(workbook.template.tables[change.table], change.row)[0];
        if (col) get().focusCell(change.table, change.row, col);
      } else get().showTable(change.table);
    },

    startMerge: (text, fileName) => {
      const { workbook, notify } = get();
      if (!workbook) return false;
      const file = documentTextOf(fileName, text);
      if (!file.ok) {
        notify({ kind: "error", text: `无法合并“${fileName}”：${file.reason}` });
        return false;
      }
      const plan = planMerge(workbook, file.text);
      if (!plan.ok) {
        const detail = plan.problems
          .slice(0, 3)
          .map((p) => `${p.path}：${p.message}`)
          .join("；");
        notify({
          kind: "error",
          text: `无法合并“${fileName}”：${plan.reason}${detail ? `（${detail}）` : ""}`,
        });
        return false;
      }
      set({
        merge: { fileName, text: file.text, plan, against: workbook, take: new Set() },
        sideTab: "comments",
        checksOpen: true,
      });
      return true;
    },
    setMergeTake: (changeId, take) => {
      const { merge } = get();
      if (!merge) return;
      const next = new Set(merge.take);
      if (take) next.add(changeId);
      else next.delete(changeId);
      set({ merge: { ...merge, take: next } });
    },
    finishMerge: () => {
      const { merge, workbook, applyEdits, notify } = get();
      if (!merge || !workbook) return false;
      // Planned again: the draft may have changed since the plan was shown.
      const plan = planMerge(workbook, merge.text);
      if (!plan.ok) {
        notify({ kind: "error", text: plan.reason });
        return false;
      }
      const edits = mergeEdits(plan, merge.take);
      const summary = plan.comments.summary;
      if (!summary.unchanged) edits.push({ kind: "field", field: "comments", value: plan.comments.threads });
      const taken = merge.take.size;
      const message = `${summary.message}${taken > 0 ? `采用文件中的数值 ${taken} 处。` : ""}`;
      if (edits.length > 0 && !applyEdits(edits, `合并审阅意见（${merge.fileName}）`)) return false;
      set({ merge: null });
      notify({ kind: "info", text: edits.length > 0 ? `已合并：${message}` : message });
      return true;
    },
    cancelMerge: () => set({ merge: null }),

    syncReview: () => {
      const { workbook, compare, commentCells } = get();
      const comments = workbook?.doc.comments;
      const patch: Partial<ReviewSlice> = {};
      if (comments !== seenComments.get(get)) {
        seenComments.set(get, comments);
        const next = cellCommentStates(comments ?? []);
        if (!sameStates(next, commentCells)) patch.commentCells = next;
      }
      if (compare && workbook !== compare.against) {
        Object.assign(patch, { compare: null, compareCells: NO_CELLS, compareAddedRows: NO_ROWS });
      } else if (compare && workbook) {
        const diff = diffDocuments(compare.base, workbook);
        const index = Math.min(compare.index, Math.max(0, diff.changes.length - 1));
        Object.assign(patch, { compare: { ...compare, diff, index }, ...compareMarks(diff) });
      }
      if (get().merge && get().merge?.against !== workbook) patch.merge = null;
      if (Object.keys(patch).length > 0) set(patch);
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
