/**
 * Writing 第五部分 附件: the 部门整体支出绩效自评表 attached from the template's layout, its cells rewritten
 * (each one undoable edit, checked by N-19/N-20 like the text). Every action takes the store it acts on.
 */
import {
  type AttachmentCell,
  withAttachmentCell,
  withoutSelfEvaluationTask,
  withSelfEvaluationAttachment,
  withSelfEvaluationTask,
} from "../domain/narrative/edit-attachment";
import { publicationOf } from "../domain/narrative/edit-publication";
import { commitPart } from "./part-edit";
import type { EditorStore } from "./store";

export function addSelfEvaluation(store: EditorStore): boolean {
  const { workbook, notify } = store.getState();
  if (!workbook) return false;
  const { meta } = workbook.doc;
  const facts = { templateId: workbook.template.id, year: meta.year, department: meta.department };
  const result = withSelfEvaluationAttachment(publicationOf(workbook), facts);
  if (!commitPart(store, result, "添加附件：部门整体支出绩效自评表")) return false;
  notify({ kind: "info", text: "已添加部门整体支出绩效自评表（空表，请填写；可撤销）" });
  return true;
}

export function editAttachmentCell(
  store: EditorStore,
  attachment: number,
  cell: AttachmentCell,
  text: string,
): boolean {
  const { workbook } = store.getState();
  if (!workbook) return false;
  const result = withAttachmentCell(publicationOf(workbook), attachment, cell, text);
  return commitPart(store, result, "修改附件自评表");
}

export function addSelfEvaluationTask(store: EditorStore, attachment: number): boolean {
  const { workbook } = store.getState();
  if (!workbook) return false;
  return commitPart(store, withSelfEvaluationTask(publicationOf(workbook), attachment), "添加自评表任务");
}

export function removeSelfEvaluationTask(store: EditorStore, attachment: number, row: number): boolean {
  const { workbook } = store.getState();
  if (!workbook) return false;
  const result = withoutSelfEvaluationTask(publicationOf(workbook), attachment, row);
  return commitPart(store, result, "删除自评表任务");
}
