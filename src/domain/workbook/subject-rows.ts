import { functionCodeName, HOW_TO_LOAD_CATALOG } from "../catalog/lookup";
import { joinTypedCode } from "../templates/code-display";
import { isSubjectCode, tableOf } from "../templates/structure";
import type { RowKey, TableId } from "../templates/types";
import type { PutRow } from "./edits";
import type { Workbook } from "./workbook";

export type RowPlan = { ok: true; edits: PutRow[]; created: RowKey[] } | { ok: false; message: string };

/**
 * Adds a 科目 row by code, with any missing 类/款 rows above it; names come from the catalog. `planned`:
 * rows that earlier plans of the same step add (a paste creating several rows), taken as present.
 */
export function planAddSubjectRow(
  workbook: Workbook,
  table: TableId,
  code: string,
  name?: string,
  planned: ReadonlySet<RowKey> = new Set(),
): RowPlan {
  const has = (row: RowKey) => workbook.hasRow(table, row) || planned.has(row);
  const layout = tableOf(workbook.template, table).layout;
  if (layout.kind !== "subject") return { ok: false, message: "本表的行是固定的，不能添加科目行" };
  const trimmed = joinTypedCode(code);
  if (!isSubjectCode(trimmed, layout.classification)) {
    return { ok: false, message: `“${trimmed}”不是有效的科目编码：类 3 位、款 5 位、项 7 位数字` };
  }
  if (has(trimmed)) return { ok: false, message: `科目 ${trimmed} 已在本表中` };
  const year = workbook.doc.meta.year;
  const typed = name?.trim();
  const ownName = typed || functionCodeName(trimmed, year);
  if (!ownName)
    return { ok: false, message: `科目目录中没有 ${trimmed}，请填写科目名称，或${HOW_TO_LOAD_CATALOG}` };
  const missingParents = [3, 5]
    .filter((length) => length < trimmed.length)
    .map((length) => trimmed.slice(0, length))
    .filter((parent) => !has(parent));
  const unnamed = missingParents.find((parent) => !functionCodeName(parent, year));
  if (unnamed)
    return {
      ok: false,
      message: `上级科目 ${unnamed} 不在科目目录中，请先添加 ${unnamed} 并填写名称，或${HOW_TO_LOAD_CATALOG}`,
    };
  const edits: PutRow[] = [...missingParents, trimmed].map((row) => ({
    kind: "putRow",
    table,
    row,
    snapshot: { name: row === trimmed ? ownName : functionCodeName(row, year), cells: undefined },
  }));
  return { ok: true, edits, created: [...missingParents, trimmed] };
}

/** Removes a 科目 row together with the rows below it in the code tree. */
export function planRemoveSubjectRow(workbook: Workbook, table: TableId, code: RowKey): RowPlan {
  const layout = tableOf(workbook.template, table).layout;
  if (layout.kind !== "subject" || code === layout.totalRow.key || !workbook.hasRow(table, code)) {
    return { ok: false, message: "只能删除本表中的科目行" };
  }
  const removed = workbook.rows(table).filter((row) => row.startsWith(code) && row !== layout.totalRow.key);
  const edits: PutRow[] = removed
    .reverse()
    .map((row) => ({ kind: "putRow", table, row, snapshot: undefined }));
  return { ok: true, edits, created: [] };
}
