import { create } from "zustand";
import { type ChecksSlice, createChecksSlice } from "./checks-slice";
import { createDocumentSlice, type DocumentSlice } from "./document-slice";
import { createUiSlice, type UiSlice } from "./ui-slice";

export type EditorState = DocumentSlice & UiSlice & ChecksSlice;

export const useEditor = create<EditorState>()((...a) => ({
  ...createDocumentSlice(...a),
  ...createUiSlice(...a),
  ...createChecksSlice(...a),
}));
