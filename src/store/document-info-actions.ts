import type { CodeDisplay } from "../domain/templates/code-display";
import { checkDocumentInfo, type DocumentInfoForm, documentInfoEdit } from "../domain/workbook/document-info";
import { useEditor } from "./store";

/**
 * 文档信息: changes the open document's department, year, unit and 科目编码 display as one undoable step.
 * Returns the form's errors (nothing is changed then), or null.
 */
export function changeDocumentInfo(
  form: DocumentInfoForm,
  codeDisplay: CodeDisplay,
): Record<string, string> | null {
  const { workbook, applyEdits, notify } = useEditor.getState();
  if (!workbook) return null;
  const checked = checkDocumentInfo(form);
  if (!checked.ok) return checked.errors;
  const edit = documentInfoEdit(workbook.doc, checked.info, codeDisplay);
  if (edit && applyEdits([edit], "修改文档信息")) notify({ kind: "info", text: "已修改文档信息（可撤销）" });
  return null;
}
