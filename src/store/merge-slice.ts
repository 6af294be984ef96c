import type { StateCreator } from "zustand";
import type { MergePlan } from "../domain/review";
import type { Workbook } from "../domain/workbook/workbook";
import type { MergeTools } from "./review-tools";
import type { EditorState } from "./store";

export interface MergeState {
  fileName: string;
  /** The returned file, planned again when the merge is finished (the draft may have changed). */
  text: string;
  plan: MergePlan;
  /** The open workbook it was planned for (opening another document drops the merge). */
  against: Workbook;
  /** Ids of the value changes whose file version is taken (none by default: keep mine). */
  take: ReadonlySet<string>;
  /** The merge's code, loaded when the merge was planned. */
  tools: MergeTools;
}

export interface MergeSlice {
  merge: MergeState | null;
}

/** 合并审阅意见: a reviewer's returned file merged into the draft, values only where chosen. */
export const createMergeSlice: StateCreator<EditorState, [], [], MergeSlice> = () => ({
  merge: null,
});

/** A planned merge is dropped when another document is opened. */
export function mergePatch(state: EditorState): Partial<MergeSlice> {
  return state.merge && state.merge.against !== state.workbook ? { merge: null } : {};
}
