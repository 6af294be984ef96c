import type { StateCreator } from "zustand";
import type { MergePlan } from "../domain/review";
import type { Workbook } from "../domain/workbook/workbook";
import { documentTextOf } from "./review-file";
import { loadVersionTools, type MergeTools } from "./review-tools";
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
  /** Plans merging a returned file (nothing changes yet); refuses a malformed or foreign file. */
  startMerge: (text: string, fileName: string) => Promise<boolean>;
  setMergeTake: (changeId: string, take: boolean) => void;
  finishMerge: () => boolean;
  cancelMerge: () => void;
}

/** 合并审阅意见: a reviewer's returned file merged into the draft, values only where chosen. */
export const createMergeSlice: StateCreator<EditorState, [], [], MergeSlice> = (set, get) => ({
  merge: null,

  startMerge: async (text, fileName) => {
    const tools = await loadVersionTools();
    const { workbook, notify } = get();
    if (!workbook) return false;
    const file = documentTextOf(fileName, text);
    if (!file.ok) {
      notify({ kind: "error", text: `无法合并“${fileName}”：${file.reason}` });
      return false;
    }
    const plan = tools.planMerge(workbook, file.text);
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
      merge: { fileName, text: file.text, plan, against: workbook, take: new Set(), tools },
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
    const plan = merge.tools.planMerge(workbook, merge.text);
    if (!plan.ok) {
      notify({ kind: "error", text: plan.reason });
      return false;
    }
    const edits = merge.tools.mergeEdits(plan, merge.take);
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
});

/** A planned merge is dropped when another document is opened. */
export function mergePatch(state: EditorState): Partial<MergeSlice> {
  return state.merge && state.merge.against !== state.workbook ? { merge: null } : {};
}
