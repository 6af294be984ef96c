/**
 * A table's 说明 (the document's `notes`), as the accountant writes it under the table: why 07 or 08 has
 * no data, what a figure covers. One `field` edit of `notes`, so it is undoable and saved like a cell.
 */
import type { JuesuanDocument } from "../document/model";
import type { TableId } from "../templates/types";
import type { SetField } from "./edits";

/** Longer text is a misplaced paste rather than a 说明; the printed page has room for a paragraph. */
export const MAX_NOTE_CHARS = 500;

export type NoteEdit = { ok: true; edit: SetField | null } | { ok: false; message: string };

/**
 * The edit that makes `text` the table's 说明 (blank removes it); null when the 说明 already says that.
 * Surrounding blanks and blank lines are dropped: they would print as empty space under the table.
 */
export function tableNoteEdit(doc: JuesuanDocument, table: TableId, text: string): NoteEdit {
  const note = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .join("\n");
  if (note.length > MAX_NOTE_CHARS)
    return { ok: false, message: `说明过长（${note.length} 字）：最多 ${MAX_NOTE_CHARS} 字，未保存` };
  if (note === (doc.notes?.[table] ?? "")) return { ok: true, edit: null };
  const notes: Partial<Record<TableId, string>> = { ...doc.notes };
  if (note === "") delete notes[table];
  else notes[table] = note;
  const value = Object.keys(notes).length > 0 ? notes : undefined;
  return { ok: true, edit: { kind: "field", field: "notes", value } };
}
