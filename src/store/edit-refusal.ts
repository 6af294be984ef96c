import type { EditorState } from "./store";

/** The one message for every change refused in 审阅模式: typing, Delete, paste, undo and row changes. */
export const REVIEW_MODE_REFUSAL = "审阅模式：数值只读，只能写批注。要修改数值，请先退出审阅模式。";

/** Typing on a grey cell: why it takes no figure, and how its figure changes. */
export const DERIVED_CELL_REFUSAL =
  "这是计算单元格（灰色），由公式从其他单元格得出，不能直接填写。要改变它，请修改它汇总的白色填报单元格；公式栏列出它的来源。";

/** Why this tab may not change the document's figures now, or null when it may. */
export function editRefusal(state: Pick<EditorState, "readOnly" | "reviewMode">): string | null {
  if (state.readOnly !== null) return `本页只读，未做修改：${state.readOnly}`;
  if (state.reviewMode) return REVIEW_MODE_REFUSAL;
  return null;
}
