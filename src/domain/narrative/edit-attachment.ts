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
  SelfEvaluationTask,
} from "./model";
import { type DocumentFacts, emptySelfEvaluation, selfEvaluationListed } from "./publication-template";

/** A written cell of the 自评表: a figure, a judgement, or its text (names, goals, tasks, heading). */
export type AttachmentCell =
  | { part: "heading"; column: "title" | "year" | "department" }
  | { part: "budget"; row: number; column: keyof SelfEvaluationBudgetRow }
  | { part: "goals"; column: "expected" | "achieved" }
  | { part: "task"; row: number; column: keyof SelfEvaluationTask }
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

/** Row `row` of `rows` with one column rewritten; null when there is no such row. */
function withRowCell<Row>(rows: readonly Row[], row: number, column: keyof Row, text: string): Row[] | null {
  if (!rows[row]) return null;
  return rows.map((r, i) => (i === row ? { ...r, [column]: text } : r));
}

function withCell(
  table: SelfEvaluationTable,
  cell: AttachmentCell,
  text: string,
): SelfEvaluationTable | null {
  switch (cell.part) {
    case "heading":
      return { ...table, [cell.column]: text };
    case "goals":
      return { ...table, goals: { ...table.goals, [cell.column]: text } };
    case "total":
      return { ...table, total: { ...table.total, [cell.column]: text } };
    case "budget": {
      const budget = withRowCell(table.budget, cell.row, cell.column, text);
      return budget && { ...table, budget };
    }
    case "task": {
      const tasks = withRowCell(table.tasks, cell.row, cell.column, text);
      return tasks && { ...table, tasks };
    }
    case "indicator": {
      const indicators = withRowCell(table.indicators, cell.row, cell.column, text);
      return indicators && { ...table, indicators };
    }
  }
}

/** A cell longer than this is a misplaced paste rather than a line of the form (as for a table's 说明). */
export const MAX_ATTACHMENT_CELL_CHARS = 500;

/**
 * One cell of an attached 自评表 rewritten, a figure or a text; the 总分 row must stay a number (the checks
 * add it up), the table keeps a name, and no cell takes more than a printed paragraph.
 */
export function withAttachmentCell(
  publication: Publication,
  attachment: number,
  cell: AttachmentCell,
  text: string,
): PartEdit {
  const written = text.trim();
  const table = publication.attachments[attachment]?.table;
  if (!table) return { ok: false, message: "该附件没有自评表，未保存" };
  if (written.length > MAX_ATTACHMENT_CELL_CHARS)
    return {
      ok: false,
      message: `自评表一格最多 ${MAX_ATTACHMENT_CELL_CHARS} 字，这段有 ${written.length} 字，未保存：请精简，详细说明可写入情况说明`,
    };
  if (cell.part === "total" && !NUMBER.test(written))
    return { ok: false, message: `总分栏应为数字（例如 100），未保存“${written}”` };
  if (cell.part === "heading" && cell.column === "title" && written === "")
    return { ok: false, message: "自评表的表名为空，未保存" };
  const edited = withCell(table, cell, written);
  if (!edited) return { ok: false, message: "自评表中没有这一行，未保存" };
  return withTable(publication, attachment, edited);
}

/** 添加任务: an empty 年度主要任务 row at the end, to be written. */
export function withSelfEvaluationTask(publication: Publication, attachment: number): PartEdit {
  const table = publication.attachments[attachment]?.table;
  if (!table) return { ok: false, message: "该附件没有自评表，未添加" };
  const tasks = [...table.tasks, { name: "", content: "", achieved: "" }];
  return withTable(publication, attachment, { ...table, tasks });
}

export function withoutSelfEvaluationTask(
  publication: Publication,
  attachment: number,
  row: number,
): PartEdit {
  const table = publication.attachments[attachment]?.table;
  if (!table?.tasks[row]) return { ok: false, message: "自评表中没有这一任务，未删除" };
  const tasks = table.tasks.filter((_, i) => i !== row);
  return withTable(publication, attachment, { ...table, tasks });
}

function withTable(publication: Publication, attachment: number, table: SelfEvaluationTable): PartEdit {
  const attachments = publication.attachments.map((a, i) => (i === attachment ? { ...a, table } : a));
  return { ok: true, publication: { ...publication, attachments } };
}
