/**
 * Writing 第五部分 附件: the 部门整体支出绩效自评表 attached from the template's layout, and its cells
 * rewritten. The cells are text as published ("97.3 %", "-"); N-19 and N-20 check the figures in them.
 */
import type { PartEdit } from "./edit-parts";
import type {
  Attachment,
  Publication,
  SelfEvaluationBudgetRow,
  SelfEvaluationIndicator,
  SelfEvaluationTable,
} from "./model";
import { type DocumentFacts, emptySelfEvaluation, selfEvaluationListed } from "./publication-template";

/** A cell of the 自评表 that holds a figure or a judgement. */
export type AttachmentCell =
  | { part: "budget"; row: number; column: Exclude<keyof SelfEvaluationBudgetRow, "label"> }
  | { part: "indicator"; row: number; column: keyof SelfEvaluationIndicator }
  | { part: "total"; column: "weight" | "score" };

const NUMBER = /^-?\d+(\.\d+)?$/;

/** A listed entry that names the 部门整体 自评表 but has nothing attached yet takes the table. */
function listedWithoutTable(attachments: readonly Attachment[]): number {
  return attachments.findIndex((a) => !a.table && a.listed.includes("整体"));
}

/** 添加附件: the 自评表, empty, attached under its 目录 line (added when the 目录 has none). */
export function withSelfEvaluationAttachment(publication: Publication, facts: DocumentFacts): PartEdit {
  if (publication.attachments.some((a) => a.table))
    return { ok: false, message: "已附部门整体支出绩效自评表，未重复添加" };
  const table = emptySelfEvaluation(facts);
  const listed = listedWithoutTable(publication.attachments);
  const attachments =
    listed >= 0
      ? publication.attachments.map((a, i) => (i === listed ? { ...a, table } : a))
      : [
          ...publication.attachments,
          {
            listed: selfEvaluationListed(facts).replace(
              "附件 1",
              `附件 ${publication.attachments.length + 1}`,
            ),
            table,
          },
        ];
  return { ok: true, publication: { ...publication, attachments } };
}

function withCell(
  table: SelfEvaluationTable,
  cell: AttachmentCell,
  text: string,
): SelfEvaluationTable | null {
  if (cell.part === "total") return { ...table, total: { ...table.total, [cell.column]: text } };
  if (cell.part === "budget") {
    if (!table.budget[cell.row]) return null;
    const budget = table.budget.map((row, i) => (i === cell.row ? { ...row, [cell.column]: text } : row));
    return { ...table, budget };
  }
  if (!table.indicators[cell.row]) return null;
  const indicators = table.indicators.map((row, i) =>
    i === cell.row ? { ...row, [cell.column]: text } : row,
  );
  return { ...table, indicators };
}

/** One cell of an attached 自评表 rewritten; the 总分 row must stay a number (the checks add it up). */
export function withAttachmentCell(
  publication: Publication,
  attachment: number,
  cell: AttachmentCell,
  text: string,
): PartEdit {
  const written = text.trim();
  const table = publication.attachments[attachment]?.table;
  if (!table) return { ok: false, message: "该附件没有自评表，未保存" };
  if (cell.part === "total" && !NUMBER.test(written))
    return { ok: false, message: `总分栏应为数字（例如 100），未保存“${written}”` };
  const edited = withCell(table, cell, written);
  if (!edited) return { ok: false, message: "自评表中没有这一行，未保存" };
  const attachments = publication.attachments.map((a, i) => (i === attachment ? { ...a, table: edited } : a));
  return { ok: true, publication: { ...publication, attachments } };
}
