import { amountLengthProblem, MAX_DECIMALS, MAX_INTEGER_DIGITS } from "../money";
import { findTemplate } from "../templates/registry";
import { isKnownRow, rowColumns, tableColumns, tableOf, tableOrder } from "../templates/structure";
import { tableName } from "../templates/table-names";
import type { TableId, Template } from "../templates/types";
import type { JuesuanDocument } from "./model";

export interface Problem {
  /** Where, as a JSON path such as tables.02.rows.201.本年收入合计 */
  path: string;
  message: string;
  /** Set when the file names a template this editor does not have: its id (the UI offers 载入模板). */
  missingTemplate?: string;
}

/** Checks what the schema cannot: the template exists and every row and column key belongs to it. */
export function validateAgainstTemplate(doc: JuesuanDocument): Problem[] {
  const template = findTemplate(doc.meta.template);
  if (!template) {
    const message = `未知的模板“${doc.meta.template}”：本编辑器没有这个模板。请先用“文档 → 载入模板…”载入它的模板文件，再打开本文件`;
    return [{ path: "meta.template", message, missingTemplate: doc.meta.template }];
  }
  const unknown = [
    ...Object.keys(doc.tables).map((id) => ({ id, path: `tables.${id}` })),
    ...Object.keys(doc.notes ?? {}).map((id) => ({ id, path: `notes.${id}` })),
    ...(doc.comments ?? []).map((thread, i) => ({
      id: thread.anchor.table ?? "",
      path: `comments.${i}.anchor`,
    })),
  ].filter(({ id }) => id !== "" && !template.tables[id]);
  if (unknown.length > 0) {
    const known = tableOrder(template).join("、");
    return unknown.map(({ id, path }) => ({
      path,
      message: `模板“${template.name}”没有${id}表（它的表是 ${known}）`,
    }));
  }
  return tableOrder(template).flatMap((id) => tableProblems(template, doc, id));
}

/** An amount this long or shorter has too few characters for `amountLengthProblem` to find one. */
const ALWAYS_FITS = Math.min(MAX_INTEGER_DIGITS, MAX_DECIMALS + 1);

function tableProblems(template: Template, doc: JuesuanDocument, id: TableId): Problem[] {
  const data = doc.tables[id];
  if (!data) return [];
  const table = tableOf(template, id);
  // As the template prints it: 公开02表, or 表二 in a layout that prints no label (上海).
  const called = table.label || tableName(template, id);
  const problems: Problem[] = [];
  // Every row of a 科目 table has the same columns: one set for the table, not a list per row.
  const subjectColumns = table.layout.kind === "subject" ? new Set(tableColumns(table)) : undefined;
  for (const row in data.rows) {
    if (!isKnownRow(table, row)) {
      problems.push({ path: `tables.${id}.rows.${row}`, message: `${called}没有行“${row}”` });
      continue;
    }
    const allowed = subjectColumns ?? new Set(rowColumns(table, row));
    const cells = data.rows[row] as Record<string, unknown>;
    for (const col in cells) {
      if (!allowed.has(col)) {
        const path = `tables.${id}.rows.${row}.${col}`;
        problems.push({ path, message: `${called}的行“${row}”没有栏目“${col}”` });
        continue;
      }
      const value = cells[col];
      if (typeof value !== "string" || value.length <= ALWAYS_FITS) continue;
      const tooLong = amountLengthProblem(value);
      if (tooLong) {
        const path = `tables.${id}.rows.${row}.${col}`;
        problems.push({ path, message: `${called}行“${row}”栏目“${col}”：${tooLong}` });
      }
    }
  }
  for (const row of Object.keys(data.names ?? {})) {
    if (!isKnownRow(table, row)) {
      problems.push({ path: `tables.${id}.names.${row}`, message: `${called}没有行“${row}”` });
    }
  }
  return problems;
}
