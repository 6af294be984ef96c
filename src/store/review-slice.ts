import type { StateCreator } from "zustand";
import { type CommentsSlice, commentsPatch, createCommentsSlice } from "./comments-slice";
import { type CompareSlice, createCompareSlice, followCompare } from "./compare-slice";
import { createMergeSlice, type MergeSlice, mergePatch } from "./merge-slice";
import type { EditorState } from "./store";

export type ReviewSlice = CommentsSlice &
  CompareSlice &
  MergeSlice & {
    /** Keeps markers and the comparison in step with the open workbook (called after every change). */
    syncReview: () => void;
  };

/** 审阅: comments, comparing versions and merging returned files, kept in step with the document. */
export const createReviewSlice: StateCreator<EditorState, [], [], ReviewSlice> = (set, get, store) => ({
  ...createCommentsSlice(set, get, store),
  ...createCompareSlice(set, get, store),
  ...createMergeSlice(set, get, store),
  syncReview: () => {
    const state = get();
    const patch = { ...commentsPatch(state, get), ...mergePatch(state) };
    if (Object.keys(patch).length > 0) set(patch);
    followCompare(get, set);
  },
});
