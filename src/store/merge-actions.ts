/**
 * 合并审阅意见: a reviewer's returned file merged into the draft, values only where chosen. Imported only by
 * the 批注 panel (loaded on first use); every action takes the store it acts on.
 */

import { problemPlace } from "../domain/document/problem-place";
import { documentTextOf } from "./review-file";
import { loadVersionTools } from "./review-tools";
import type { EditorStore } from "./store";

/** Plans merging a returned file (nothing changes yet); refuses a malformed or foreign file. */
export async function startMerge(store: EditorStore, text: string, fileName: string): Promise<boolean> {
  const tools = await loadVersionTools();
  const { workbook, notify } = store.getState();
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
      .map((p) => `${problemPlace(p.path)}：${p.message}`)
      .join("；");
    notify({ kind: "error", text: `无法合并“${fileName}”：${plan.reason}${detail ? `（${detail}）` : ""}` });
    return false;
  }
  store.setState({
    merge: { fileName, text: file.text, plan, against: workbook, take: new Set(), tools },
    sideTab: "comments",
    checksOpen: true,
  });
  return true;
}

export function setMergeTake(store: EditorStore, changeId: string, take: boolean): void {
  const { merge } = store.getState();
  if (!merge) return;
  const next = new Set(merge.take);
  if (take) next.add(changeId);
  else next.delete(changeId);
  store.setState({ merge: { ...merge, take: next } });
}

export function finishMerge(store: EditorStore): boolean {
  const { merge, workbook, applyEdits, notify } = store.getState();
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
  store.setState({ merge: null });
  notify({ kind: "info", text: edits.length > 0 ? `已合并：${message}` : message });
  return true;
}

export function cancelMerge(store: EditorStore): void {
  store.setState({ merge: null });
}
