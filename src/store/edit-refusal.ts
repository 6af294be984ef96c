import type { EditorState } from "./store";

/** The one message for every change refused in 审阅模式: typing, Delete, paste, undo and row changes. */
export const REVIEW_MODE_REFUSAL = "审阅模式：数值只读，只能写批注。要修改数值，请先退出审阅模式。";

/** Typing on a grey cell: why it takes no figure, and how its figure changes. */
const DERIVED_CELL_REFUSAL = "这是计算单元格，由公式得出，不能直接填写：请修改它汇总的白色单元格（见公式栏）";

/** A change refused because this tab is read-only (the document is being edited in another tab). */
export function readOnlyRefusal(reason: string): string {
  return `本页只读，未做修改：${reason}`;
}

/** Why this tab may not change the document's figures now, or null when it may. */
export function editRefusal(state: Pick<EditorState, "readOnly" | "reviewMode">): string | null {
  if (state.readOnly !== null) return readOnlyRefusal(state.readOnly);
  if (state.reviewMode) return REVIEW_MODE_REFUSAL;
  return null;
}

/**
 * Says why typing into a cell is refused: the tab may not change figures now, or the cell is derived.
 * (A function rather than exported texts, so that each text is in one place of the built code.)
 */
export function refuseTyping(
  state: Pick<EditorState, "readOnly" | "reviewMode" | "notify">,
  derived: boolean,
): void {
  const text = editRefusal(state) ?? (derived ? DERIVED_CELL_REFUSAL : null);
  if (text) state.notify({ kind: "warning", text });
}
