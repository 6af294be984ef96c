import { useState } from "react";
import type { TableId } from "../domain/templates/types";
import { MAX_NOTE_CHARS } from "../domain/workbook/table-note";
import { useEditor } from "../store/store";
import { saveTableNote } from "../store/table-note-actions";

// Selected, not read once: undo, merges and 对比 change it.
const useNote = (table: TableId) => useEditor((s) => s.workbook?.doc.notes?.[table]);

/** The 说明 as printed under the table ("本表无数据" and the like). */
export function TableNoteText({ table }: { table: TableId }) {
  const note = useNote(table);
  return note ? (
    <p className="table-explanation" data-testid={`table-note-${table}`}>
      说明：{note}
    </p>
  ) : null;
}

/**
 * Writing the 说明: a link at the end of the legend line (no height taken from the grid), which opens a box
 * below it. A refused text stays in the box with the message, so nothing typed is lost.
 */
export function TableNoteEditor({ table }: { table: TableId }) {
  const note = useNote(table);
  // In 审阅模式 the 说明 is read-only like the figures: the link would only be refused.
  const reviewMode = useEditor((s) => s.reviewMode);
  const [draft, setDraft] = useState<string | null>(null);
  const save = () => {
    if (draft !== null && saveTableNote(useEditor, table, draft)) setDraft(null);
  };
  if (reviewMode) return null;
  if (draft === null)
    return (
      <button
        type="button"
        className="table-note-link"
        data-testid={`table-note-edit-${table}`}
        onClick={() => setDraft(note ?? "")}
      >
        {note ? "修改说明" : "为本表写说明"}
      </button>
    );
  return (
    <div className="table-note-editor">
      <label>
        <span>说明（印在表下，例如“本表无数据”的原因）：</span>
        <textarea
          value={draft}
          rows={2}
          maxLength={MAX_NOTE_CHARS * 2}
          data-testid={`table-note-input-${table}`}
          onKeyDown={(e) => {
            if (e.key === "Escape") setDraft(null);
            if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) save();
          }}
          onChange={(e) => setDraft(e.target.value)}
          // biome-ignore lint/a11y/noAutofocus: the box opens on the user's click, to be typed into
          autoFocus
        />
      </label>
      <div className="table-note-actions">
        <button type="button" data-testid={`table-note-save-${table}`} onClick={save}>
          保存说明
        </button>
        <button type="button" onClick={() => setDraft(null)}>
          取消
        </button>
        <span className="table-note-hint">
          {draft.trim().length}/{MAX_NOTE_CHARS} 字 · Ctrl+Enter 保存 · Esc 取消 · 留空即删除
        </span>
      </div>
    </div>
  );
}
