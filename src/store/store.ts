import { create } from "zustand";
import { type ChecksSlice, createChecksSlice } from "./checks-slice";
import { createDocumentSlice, type DocumentSlice } from "./document-slice";
import { createPersistenceSlice, type PersistenceSlice } from "./persistence/persistence-slice";
import { createTrainingSlice, type TrainingSlice } from "./training-slice";
import { createUiSlice, type UiSlice } from "./ui-slice";

export type EditorState = DocumentSlice & UiSlice & ChecksSlice & PersistenceSlice & TrainingSlice;

/** A new editor store (the app has one, `useEditor`; tests may make several, e.g. one per "tab"). */
export function createEditorStore() {
  return create<EditorState>()((...a) => ({
    ...createDocumentSlice(...a),
    ...createUiSlice(...a),
    ...createChecksSlice(...a),
    ...createPersistenceSlice(...a),
    ...createTrainingSlice(...a),
  }));
}

export type EditorStore = ReturnType<typeof createEditorStore>;

export const useEditor = createEditorStore();
