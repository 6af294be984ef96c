import { create } from "zustand";
import { createDocumentSlice, type DocumentSlice } from "./document-slice";
import { createUiSlice, type UiSlice } from "./ui-slice";

export type EditorState = DocumentSlice & UiSlice;

export const useEditor = create<EditorState>()((...a) => ({
  ...createDocumentSlice(...a),
  ...createUiSlice(...a),
}));
