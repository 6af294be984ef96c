import { anchorDraft, cellAnchor, tableAnchor } from "../../domain/review";
import { tableName } from "../../domain/templates/table-names";
import { addComment } from "../../store/comment-actions";
import { useEditor } from "../../store/store";
import { TextForm } from "./TextForm";

/** Where a new thread goes (the selected cell, the table, a finding) and the form to write it. */
export function NewComment() {
  const workbook = useEditor((s) => s.workbook);
  const target = useEditor((s) => s.commentTarget);
  const table = useEditor((s) => s.activeTable);
  const selected = useEditor((s) => s.selection[s.activeTable]);
  const findings = useEditor((s) => s.findings);
  const { startComment, cancelComment } = useEditor.getState();
  if (!workbook) return null;
  if (!target) {
    return (
      <div className="new-comment-actions">
        <button
          type="button"
          disabled={!selected}
          data-testid="comment-cell"
          title={selected ? "为所选单元格写批注（Shift+F2）" : "先在表中选中一个单元格"}
          onClick={() => selected && startComment(cellAnchor(table, selected.row, selected.col))}
        >
          为所选单元格写批注
        </button>
        <button type="button" data-testid="comment-table" onClick={() => startComment(tableAnchor(table))}>
          为本表（{tableName(workbook.template, table)}）写批注
        </button>
      </div>
    );
  }
  const draft = anchorDraft(workbook, target, findings);
  return (
    <div className="new-comment" data-testid="new-comment">
      <div className="new-comment-where">新批注：{draft.ok ? draft.anchorLabel : draft.message}</div>
      <TextForm
        placeholder="写下批注…（Ctrl+Enter 保存）"
        submitLabel="保存批注"
        testId="new-comment-form"
        autoFocus
        onSubmit={(text) => addComment(useEditor, text)}
        onCancel={cancelComment}
      />
    </div>
  );
}
