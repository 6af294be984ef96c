/** The subjects a list or a repeated paragraph walks (columns, 05 rows, 06 款 rows, fixed items). */

import { economicCodeName } from "../catalog/lookup";
import { cellId } from "../engine/cell-id";
import { formatAmount, type Money } from "../money";
import { tableOf } from "../templates/structure";
import type { TableId } from "../templates/types";
import type { Workbook } from "../workbook/workbook";
import { leafRows } from "./figures";
import type { SubjectList } from "./sentences";

export interface Subject {
  subject: string;
  name: string;
}

const nonZero = (value: Money | null): boolean => value !== null && formatAmount(value) !== "0.00";

function shownAt(workbook: Workbook, table: TableId, row: string, col: string): Money | null {
  return workbook.shown(cellId(table, row, col));
}

export function columnLabel(workbook: Workbook, table: TableId, col: string): string {
  return workbook.doc.tables[table]?.columnLabels?.[col] ?? col;
}

/**
 * The subjects of a list: the non-zero ones (what the generator writes: 不涉及的不列), or with `all` every
 * possible one (what a typed text may mention).
 */
export function listSubjects(list: SubjectList, workbook: Workbook, all = false): Subject[] {
  // With `all` the values are not read at all: an incremental 审核 then needs no re-evaluation when they change.
  const keep = (read: () => Money | null) => all || nonZero(read());
  if ("fixed" in list) return [...list.fixed];
  if ("columnsOf" in list) {
    const layout = tableOf(workbook.template, list.columnsOf).layout;
    const columns = layout.kind === "subject" ? layout.columns.map((c) => c.key) : [];
    return columns
      .filter((col) => col !== list.except && keep(() => shownAt(workbook, list.columnsOf, "合计", col)))
      .map((col) => ({ subject: col, name: columnLabel(workbook, list.columnsOf, col) }));
  }
  if ("rowsOf" in list) {
    const rows =
      list.level === "leaves"
        ? leafRows(workbook, list.rowsOf)
        : workbook.rows(list.rowsOf).filter((row) => /^\d{3}$/.test(row));
    return rows
      .filter((row) => list.level === "leaves" || keep(() => shownAt(workbook, list.rowsOf, row, "小计")))
      .map((row) => ({ subject: row, name: workbook.rowName(list.rowsOf, row) }));
  }
  return workbook
    .rows("06")
    .filter((row) => row.length === 5 && list.economic.includes(row.slice(0, 3)))
    .filter((row) => keep(() => shownAt(workbook, "06", row, "决算数")))
    .map((row) => ({
      subject: row,
      name: economicCodeName(row, workbook.doc.meta.year) ?? workbook.rowName("06", row),
    }));
}

/** One subject of a list by its key, with its name (without listing the others). */
export function subjectOf(list: SubjectList, subject: string, workbook: Workbook): Subject {
  if ("fixed" in list) return list.fixed.find((s) => s.subject === subject) ?? { subject, name: subject };
  if ("columnsOf" in list) return { subject, name: columnLabel(workbook, list.columnsOf, subject) };
  if ("rowsOf" in list) return { subject, name: workbook.rowName(list.rowsOf, subject) };
  return {
    subject,
    name: economicCodeName(subject, workbook.doc.meta.year) ?? workbook.rowName("06", subject),
  };
}

/** "一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）" for a 05 (07, 08) 项 code. */
export function subjectPath(workbook: Workbook, code: string, table: TableId = "05"): string {
  const levels = [
    [code.slice(0, 3), "类"],
    [code.slice(0, 5), "款"],
    [code, "项"],
  ] as const;
  return levels.map(([row, level]) => `${workbook.rowName(table, row)}（${level}）`).join("");
}
