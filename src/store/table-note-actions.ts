import { tableOf } from "../domain/templates/structure";
import type { TableId } from "../domain/templates/types";
import { tableNoteEdit } from "../domain/workbook/table-note";
import type { EditorStore } from "./store";

/**
 * Writes a table's 说明 as one undoable step. Returns false when the text is refused (a Chinese message
 * says why; nothing changes) or the change is refused (审阅模式, read-only tab). Acts on the store given.
 */
export function saveTableNote(store: EditorStore, table: TableId, text: string): boolean {
  const { workbook, applyEdits, notify } = store.getState();
  if (!workbook) return false;
  const result = tableNoteEdit(workbook.doc, table, text);
  if (!result.ok) {
    notify({ kind: "error", text: result.message });
    return false;
  }
  if (!result.edit) return true;
  const { label: printed, title } = tableOf(workbook.template, table);
  const label = `${printed || title}说明`;
  const removed = result.edit.value === undefined || !(table in (result.edit.value as object));
  if (!applyEdits([result.edit], removed ? `删除${label}` : `编写${label}`)) return false;
  notify({ kind: "info", text: removed ? `已删除${label}（可撤销）` : `已保存${label}（可撤销）` });
  return true;
}
