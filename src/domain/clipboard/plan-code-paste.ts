import { functionCodeName } from "../catalog/lookup";
import { cellId } from "../engine/cell-id";
import { parseUserAmount } from "../money";
import { fixedRows, rowColumns, tableOf } from "../templates/structure";
import { tableName } from "../templates/table-names";
import type { ColKey, RowKey, TableId } from "../templates/types";
import type { PutRow } from "../workbook/edits";
import { planAddSubjectRow } from "../workbook/subject-rows";
import type { Workbook } from "../workbook/workbook";
import { describePaste, MAX_PASTE_CELLS, type PastePlan } from "./plan-paste";
import { isSplitBlock, type LeadingCode, looksLikeCode, readLeadingCode } from "./subject-code";

/** A paste matched by 科目编码: rows to create first, then the cells, and the rows it could not place. */
export interface CodePastePlan extends PastePlan {
  rows: PutRow[];
  created: RowKey[];
  /** Rows of the block that went to a row of the table. */
  matched: number;
  /** Rows whose code is not a 科目 this table can hold, with the reason. */
  refusedRows: { code: string; message: string }[];
  /** Rows with neither a code nor the 合计 label (headings, blank codes): not pasted. */
  ignoredRows: number;
}

export interface CodePasteTarget {
  /** The amount column the paste lands on (amounts start there), or null when it lands on 编码/名称. */
  column: ColKey | null;
}

type Block = readonly (readonly string[])[];

const isBlank = (row: readonly string[]) => row.every((c) => c.trim() === "");
const isText = (cell: string | undefined) =>
  cell !== undefined && cell.trim() !== "" && !parseUserAmount(cell).ok;

interface Reading {
  split: boolean;
  /** The cell after the code is the 科目名称 (some row has text there). */
  named: boolean;
  leads: (LeadingCode | null)[];
}

function read(block: Block): Reading {
  const split = isSplitBlock(block);
  const leads = block.map((row) => readLeadingCode(row, split));
  const named = leads.some((lead, i) => lead !== null && isText(block[i]?.[lead.cells]));
  return { split, named, leads };
}

/** A fixed row printed with this code (06's 经济分类 rows). */
const isFixedCodeRow = (workbook: Workbook, table: TableId, code: string) =>
  fixedRows(tableOf(workbook.template, table)).get(code)?.row.code === code;

/** A code the table has, or (科目 tables) the catalog knows. */
function isKnown(workbook: Workbook, table: TableId, code: string): boolean {
  if (tableOf(workbook.template, table).layout.kind === "panes") return isFixedCodeRow(workbook, table, code);
  return workbook.hasRow(table, code) || functionCodeName(code, workbook.doc.meta.year) !== undefined;
}

/** Whether a block that lands on an amount column means codes: written as codes, named, or known. */
function meansCodes(workbook: Workbook, table: TableId, block: Block, reading: Reading): boolean {
  if (reading.split && !reading.named) return false;
  return reading.leads.some((lead, i) => {
    if (!lead) return false;
    if (lead.explicit || reading.named) return true;
    return isKnown(workbook, table, lead.code) && (block[i]?.length ?? 0) > lead.cells;
  });
}

/** Tables whose rows carry codes: the 科目 tables, and 06 with its 经济分类 rows. */
function hasCodeRows(workbook: Workbook, table: TableId): boolean {
  const template = tableOf(workbook.template, table);
  return template.layout.kind === "subject" || [...fixedRows(template).values()].some((r) => r.row.code);
}

/**
 * Plans a paste whose first columns are 科目编码 (and names): each row goes to the row of its code, not
 * to the row below the focused cell; missing 科目 rows (and their 类/款) are created with the block's
 * name or the catalog's; a code that is no 科目 of the table is refused. In 06 the codes are matched
 * to its 经济分类 rows (fixed: none is created). Null when the block is not such a block.
 */
export function planCodePaste(
  workbook: Workbook,
  table: TableId,
  block: Block,
  target: CodePasteTarget,
): CodePastePlan | null {
  const template = tableOf(workbook.template, table);
  const layout = template.layout;
  if (!hasCodeRows(workbook, table)) return null;
  const reading = read(block);
  if (!reading.leads.some(Boolean)) return null;
  if (target.column !== null && !meansCodes(workbook, table, block, reading)) return null;
  const plan: CodePastePlan = {
    edits: [],
    skippedDerived: 0,
    outside: 0,
    refused: [],
    tooLarge: false,
    rows: [],
    created: [],
    matched: 0,
    refusedRows: [],
    ignoredRows: 0,
  };
  if (block.reduce((n, r) => n + r.length, 0) > MAX_PASTE_CELLS) return { ...plan, tooLarge: true };
  const codeWidth = Math.max(1, ...reading.leads.map((lead) => lead?.cells ?? 0));
  const total = layout.kind === "subject" ? layout.totalRow : null;
  block.forEach((cells, i) => {
    if (isBlank(cells)) return;
    const lead = reading.leads[i] ?? null;
    const head = cells[0] ?? "";
    let row: RowKey | null = null;
    if (lead) row = placeRow(workbook, table, plan, lead.code, reading.named ? cells[lead.cells] : undefined);
    else if (looksLikeCode(head))
      plan.refusedRows.push({ code: head.trim(), message: `“${head.trim()}”不是有效的科目编码` });
    else if (total && [normalised(total.label), "合计"].includes(normalised(head))) row = total.key;
    else plan.ignoredRows++;
    if (row === null) return;
    plan.matched++;
    const skip = (lead?.cells ?? codeWidth) + (reading.named ? 1 : 0);
    const columns = rowColumns(template, row);
    const first = target.column === null ? 0 : Math.max(0, columns.indexOf(target.column));
    placeAmounts(workbook, table, plan, row, cells.slice(skip), columns.slice(first));
  });
  return plan;
}

const normalised = (text: string) => text.replace(/[\s\u00a0\u3000]/g, "");

/** The row a code goes to, created (with missing parents) when the table lacks it; null if refused. */
function placeRow(
  workbook: Workbook,
  table: TableId,
  plan: CodePastePlan,
  code: string,
  name: string | undefined,
): RowKey | null {
  if (tableOf(workbook.template, table).layout.kind === "panes") {
    if (isFixedCodeRow(workbook, table, code)) return code;
    plan.refusedRows.push({ code, message: `${tableName(workbook.template, table)}没有科目 ${code}` });
    return null;
  }
  if (workbook.hasRow(table, code) || plan.created.includes(code)) return code;
  const typed = isText(name) ? name?.trim() : undefined;
  const added = planAddSubjectRow(workbook, table, code, typed, new Set(plan.created));
  if (!added.ok) {
    plan.refusedRows.push({ code, message: added.message });
    return null;
  }
  plan.rows.push(...added.edits);
  plan.created.push(...added.created);
  return code;
}

function placeAmounts(
  workbook: Workbook,
  table: TableId,
  plan: CodePastePlan,
  row: RowKey,
  amounts: readonly string[],
  columns: readonly ColKey[],
): void {
  amounts.forEach((text, c) => {
    const col = columns[c];
    if (col === undefined) {
      if (text.trim() !== "") plan.outside++;
      return;
    }
    if (workbook.isDerived(cellId(table, row, col))) {
      if (text.trim() !== "") plan.skippedDerived++;
      return;
    }
    const parsed = parseUserAmount(text);
    if (!parsed.ok) plan.refused.push({ row, col, text, message: parsed.message });
    else plan.edits.push({ kind: "set", table, row, col, value: parsed.value ?? undefined });
  });
}

/** The message after a paste by code: what went where, what was created, and what was refused. */
export function describeCodePaste(plan: CodePastePlan): string {
  if (plan.tooLarge) return describePaste(plan) ?? "";
  const parts = [`已按科目编码粘贴 ${plan.matched} 行、${plan.edits.length} 个单元格`];
  if (plan.created.length > 0) parts.push(`新增科目 ${plan.created.join("、")}`);
  const first = plan.refusedRows[0];
  if (first)
    parts.push(
      `${plan.refusedRows.length} 行未粘贴：${first.message}${plan.refusedRows.length > 1 ? " 等" : ""}`,
    );
  if (plan.ignoredRows > 0) parts.push(`${plan.ignoredRows} 行没有科目编码，已忽略`);
  const rest = describePaste(plan);
  if (rest) parts.push(rest);
  return parts.join("；");
}
