/**
 * Writing 批注: new threads, replies, edits, deletions, resolving. Each is one `field` edit of `comments`,
 * so it is undoable and autosaved like a cell edit. Imported only by the 批注 panel (loaded on first use),
 * so the code that writes threads and places them against the workbook stays out of the page's first load.
 * Every action takes the store it acts on.
 */
import {
  addThread,
  anchorDraft,
  type CommentsResult,
  deleteReply,
  deleteThread,
  editReply,
  editThread,
  reopenThread,
  reply,
  resolveThread,
} from "../domain/review";
import { commentsOf } from "./comments-slice";
import { newDocumentId } from "./persistence/documents";
import type { EditorStore } from "./store";

const now = () => new Date().toISOString();

/** Writes the new thread list as one undoable (and autosaved) change. */
function commit(store: EditorStore, result: CommentsResult, label: string): boolean {
  const { applyEdits, notify } = store.getState();
  if (!result.ok) {
    notify({ kind: "error", text: result.message });
    return false;
  }
  const value = result.threads.length > 0 ? result.threads : undefined;
  return applyEdits([{ kind: "field", field: "comments", value }], label);
}

/** The signed-in name, or a message asking for it. */
function author(store: EditorStore): string | null {
  const { reviewerName, notify } = store.getState();
  const name = reviewerName.trim();
  if (!name) notify({ kind: "error", text: "请先填写您的姓名（批注需要署名）" });
  return name || null;
}

const threads = (store: EditorStore) => commentsOf(store.getState().workbook);

/** A new thread where the 批注 form points (the store's commentTarget). */
export function addComment(store: EditorStore, text: string): boolean {
  const { workbook, commentTarget, findings, notify } = store.getState();
  const name = author(store);
  if (!workbook || !commentTarget || !name) return false;
  const draft = anchorDraft(workbook, commentTarget, findings);
  if (!draft.ok) {
    notify({ kind: "error", text: draft.message });
    return false;
  }
  const id = newDocumentId();
  const { ok: _ok, ...anchor } = draft;
  const result = addThread(threads(store), { id, author: name, text, at: now(), ...anchor });
  if (!commit(store, result, `批注 ${draft.anchorLabel}`)) return false;
  store.setState({ commentTarget: null, activeThread: id });
  return true;
}

export function replyToThread(store: EditorStore, threadId: string, text: string): boolean {
  const name = author(store);
  if (!name) return false;
  const result = reply(threads(store), threadId, { id: newDocumentId(), author: name, text, at: now() });
  return commit(store, result, "回复批注");
}

/** Edits a thread's text (`replyId` null) or a reply's: only its author may. */
export function editComment(
  store: EditorStore,
  threadId: string,
  replyId: string | null,
  text: string,
): boolean {
  const name = author(store);
  if (!name) return false;
  const result =
    replyId === null
      ? editThread(threads(store), threadId, name, text, now())
      : editReply(threads(store), threadId, replyId, name, text, now());
  return commit(store, result, replyId === null ? "修改批注" : "修改回复");
}

export function deleteComment(store: EditorStore, threadId: string, replyId: string | null): boolean {
  const name = author(store);
  if (!name) return false;
  const result =
    replyId === null
      ? deleteThread(threads(store), threadId, name)
      : deleteReply(threads(store), threadId, replyId, name);
  return commit(store, result, replyId === null ? "删除批注" : "删除回复");
}

export function resolveComment(store: EditorStore, threadId: string): boolean {
  const name = author(store);
  return name !== null && commit(store, resolveThread(threads(store), threadId, name, now()), "解决批注");
}

export function reopenComment(store: EditorStore, threadId: string): boolean {
  const name = author(store);
  return name !== null && commit(store, reopenThread(threads(store), threadId, name, now()), "重新打开批注");
}
