import { amountLengthProblem } from "../money";
import { findTemplate } from "../templates/registry";
import { isKnownRow, rowColumns } from "../templates/structure";
import { TABLE_IDS, type Template } from "../templates/types";
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
  return TABLE_IDS.flatMap((id) => tableProblems(template, doc, id));
}

function tableProblems(template: Template, doc: JuesuanDocument, id: (typeof TABLE_IDS)[number]): Problem[] {
  const data = doc.tables[id];
  if (!data) return [];
  const table = template.tables[id];
  const problems: Problem[] = [];
  for (const [row, cells] of Object.entries(data.rows)) {
    if (!isKnownRow(table, row)) {
      problems.push({ path: `tables.${id}.rows.${row}`, message: `${table.label}没有行“${row}”` });
      continue;
    }
    const allowed = rowColumns(table, row);
    for (const [col, value] of Object.entries(cells)) {
      const path = `tables.${id}.rows.${row}.${col}`;
      if (!allowed.includes(col)) {
        problems.push({ path, message: `${table.label}的行“${row}”没有栏目“${col}”` });
        continue;
      }
      const tooLong = typeof value === "string" ? amountLengthProblem(value) : null;
      if (tooLong) problems.push({ path, message: `${table.label}行“${row}”栏目“${col}”：${tooLong}` });
    }
  }
  for (const row of Object.keys(data.names ?? {})) {
    if (!isKnownRow(table, row)) {
      problems.push({ path: `tables.${id}.names.${row}`, message: `${table.label}没有行“${row}”` });
    }
  }
  return problems;
}
