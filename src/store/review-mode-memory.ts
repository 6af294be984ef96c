import { isReviewDocument, type KeyValueStore, rememberReviewMode } from "./review-local";
import type { EditorStore } from "./store";

/**
 * 审阅模式 belongs to a stored document: a file opened for review stays in review mode after a reload,
 * while the accountant's own drafts open for editing. Follows the open document's id and remembers
 * every switch of the mode.
 */
export function keepReviewModes(store: EditorStore, storage?: KeyValueStore | null): () => void {
  return store.subscribe((state, previous) => {
    if (state.docId !== previous.docId) {
      if (state.docId === null) return;
      const on = isReviewDocument(state.docId, storage);
      if (on !== state.reviewMode) state.setReviewMode(on);
      return;
    }
    if (state.reviewMode !== previous.reviewMode && state.docId !== null)
      rememberReviewMode(state.docId, state.reviewMode, storage);
  });
}
