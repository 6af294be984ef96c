import { cellId } from "../engine/cell-id";
import type { Edit } from "./edits";
import type { Workbook } from "./workbook";

/**
 * Fields only ever replaced, never changed in place (the publication and 补充数据): kept by reference, so
 * undo entries share their unchanged sections instead of each copying the whole text.
 */
export const REPLACED_FIELDS: ReadonlySet<string> = new Set(["publication", "supplement"]);

/** The edit that undoes `edit`, read from the workbook before `edit` is applied. */
export function inverseOf(workbook: Workbook, edit: Edit): Edit {
  switch (edit.kind) {
    case "set":
      if (!workbook.hasRow(edit.table, edit.row))
        return { kind: "putRow", table: edit.table, row: edit.row, snapshot: undefined };
      return { ...edit, value: workbook.stored(cellId(edit.table, edit.row, edit.col)) };
    case "rename":
      return { ...edit, name: workbook.doc.tables[edit.table]?.names?.[edit.row] };
    case "putRow":
      return { ...edit, snapshot: workbook.snapshotRow(edit.table, edit.row) };
    case "field":
      if (REPLACED_FIELDS.has(edit.field)) return { ...edit, value: workbook.doc[edit.field] };
      return { ...edit, value: structuredClone(workbook.doc[edit.field]) };
    case "template":
      return { ...edit, template: workbook.template.id };
  }
}
