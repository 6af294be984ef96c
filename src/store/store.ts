import { create } from "zustand";
import { type ChecksSlice, createChecksSlice } from "./checks-slice";
import { createDocumentSlice, type DocumentSlice } from "./document-slice";
import { createNarrativeSlice, type NarrativeSlice } from "./narrative-slice";
import { createPersistenceSlice, type PersistenceSlice } from "./persistence/persistence-slice";
import { createRangeSlice, type RangeSlice } from "./range-slice";
import { createReviewSlice, type ReviewSlice } from "./review-slice";
import { createTrainingSlice, type TrainingSlice } from "./training-slice";
import { createUiSlice, type UiSlice } from "./ui-slice";

export type EditorState = DocumentSlice &
  UiSlice &
  ChecksSlice &
  PersistenceSlice &
  ReviewSlice &
  TrainingSlice &
  RangeSlice &
  NarrativeSlice;

/** A new editor store (the app has one, `useEditor`; tests may make several, e.g. one per "tab"). */
export function createEditorStore() {
  const store = create<EditorState>()((...a) => ({
    ...createDocumentSlice(...a),
    ...createUiSlice(...a),
    ...createChecksSlice(...a),
    ...createPersistenceSlice(...a),
    ...createReviewSlice(...a),
    ...createTrainingSlice(...a),
    ...createRangeSlice(...a),
    ...createNarrativeSlice(...a),
  }));
  // Comment markers and the comparison follow every change of the open document (edits, undo, opening);
  // a document opened has its text checked (edits update the 表文一致 in their own commit).
  store.subscribe((state, previous) => {
    if (state.revision !== previous.revision || state.workbook !== previous.workbook) state.syncReview();
    if (state.workbook !== previous.workbook) state.scheduleNarrativeCheck();
  });
  return store;
}

export type EditorStore = ReturnType<typeof createEditorStore>;

export const useEditor = createEditorStore();
