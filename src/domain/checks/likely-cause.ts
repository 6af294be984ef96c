/**
 * Missing-row causes: a difference that equals the amount of a code which this table lacks but
 * another 科目 table has is most likely that missing row (the seed: 02 lacks 2101103, 2.65 in 03 and 05).
 * The candidates depend on rows only; their amounts are read by the check (see `causeReads`), so a cause
 * changes exactly when a cell the check reads changes.
 */

import { isFunctionCode } from "../engine/code-tree";
import type { Units } from "../money";
import { tableColumns, tableIds } from "../templates/structure";
import type { TableId } from "../templates/types";
import type { Bound, CheckContext } from "./context";

/** More missing codes than this under one row: the table is not "missing a row"; no cause is sought. */
const MAX_CANDIDATES = 50;

interface Missing {
  subjectTables: TableId[];
  /** Per table: codes other 科目 tables have and it lacks, top-most only (their parent is present), sorted. */
  codes: Map<TableId, string[]> | null;
  /** Per table, per code it lacks: the code's cells (slots) in the other tables that have it. */
  cells: Map<TableId, Map<string, number[]>>;
}

const cache = new WeakMap<CheckContext, Missing>();

function missing(ctx: CheckContext): Missing {
  let found = cache.get(ctx);
  if (!found) {
    found = {
      subjectTables: tableIds(ctx.workbook.template).filter((id) => ctx.isSubjectTable(id)),
      codes: null,
      cells: new Map(),
    };
    cache.set(ctx, found);
  }
  return found;
}

/** The index of the first 功能分类 code row at or after `from` (rows.length when none). */
function nextCode(rows: readonly string[], from: number): number {
  let i = from;
  while (i < rows.length && !isFunctionCode(rows[i] as string)) i++;
  return i;
}

/**
 * Codes other 科目 tables have and `table` lacks, top-most only (their parent code is present), sorted.
 * All tables at once, merging their code rows (already in code order, a parent before its children).
 */
function missingCodes(ctx: CheckContext, table: TableId): string[] {
  const state = missing(ctx);
  if (!state.codes) {
    const tables = state.subjectTables;
    // Each table's rows with a cursor on its next code row (no filtered copies of the row lists).
    const lists = tables.map((id) => ctx.rows(id));
    const at = lists.map((rows) => nextCode(rows, 0));
    const out = tables.map((): string[] => []);
    // The last 类 and 款 codes seen, with the tables that have them: a code's parent if it is a prefix.
    let classCode = "";
    let classMask = 0;
    let kuanCode = "";
    let kuanMask = 0;
    for (;;) {
      let code: string | undefined;
      for (let t = 0; t < lists.length; t++) {
        const next = (lists[t] as string[])[at[t] as number];
        if (next !== undefined && (code === undefined || next < code)) code = next;
      }
      if (code === undefined) break;
      let mask = 0;
      for (let t = 0; t < lists.length; t++) {
        if ((lists[t] as string[])[at[t] as number] === code) {
          mask |= 1 << t;
          at[t] = nextCode(lists[t] as string[], (at[t] as number) + 1);
        }
      }
      const length = code.length;
      const parentMask =
        length === 5 && code.startsWith(classCode)
          ? classMask
          : length === 7 && code.startsWith(kuanCode)
            ? kuanMask
            : 0;
      for (let t = 0; t < tables.length; t++) {
        const bit = 1 << t;
        if ((mask & bit) === 0 && (length === 3 || (parentMask & bit) !== 0)) (out[t] as string[]).push(code);
      }
      if (length === 3) {
        classCode = code;
        classMask = mask;
      } else if (length === 5) {
        kuanCode = code;
        kuanMask = mask;
      }
    }
    state.codes = new Map(tables.map((id, t) => [id, out[t] as string[]]));
  }
  return state.codes.get(table) ?? [];
}

/** Whether `table` lacks a code another 科目 table has (else checks on it need no cause reads). */
export function lacksCodes(ctx: CheckContext, table: TableId): boolean {
  return ctx.isSubjectTable(table) && missingCodes(ctx, table).length > 0;
}

/** The range [from, to) `candidates` found (kept here: no array per call). */
let from = 0;
let to = 0;

/**
 * Missing codes of `table` under `row` (any when `row` is the total), as the range [from, to) of
 * `missingCodes`; empty when there are too many.
 */
function candidates(ctx: CheckContext, table: TableId, row: string, missingHere: readonly string[]): void {
  let lo = 0;
  let end = missingHere.length;
  if (row !== ctx.totalRow(table)) {
    let hi = missingHere.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((missingHere[mid] as string) < row) lo = mid + 1;
      else hi = mid;
    }
    end = lo;
    while (end < missingHere.length && (missingHere[end] as string).startsWith(row)) end++;
  }
  from = end - lo > MAX_CANDIDATES ? 0 : lo;
  to = end - lo > MAX_CANDIDATES ? 0 : end;
}

/** The cells (slots) of a candidate code in the tables that have it: by table, then column. */
function candidateCells(ctx: CheckContext, table: TableId, code: string): number[] {
  const state = missing(ctx);
  let byCode = state.cells.get(table);
  if (!byCode) {
    byCode = new Map();
    state.cells.set(table, byCode);
  }
  let cells = byCode.get(code);
  if (!cells) {
    cells = [];
    for (const other of state.subjectTables) {
      if (other === table || !ctx.hasRow(other, code)) continue;
      for (const col of tableColumns(ctx.table(other))) cells.push(ctx.cells.anySlot(other, code, col));
    }
    byCode.set(code, cells);
  }
  return cells;
}

/** Whether a cell before `i` has the same table and row (checks have few cells; long lists are rare). */
function triedBefore(cells: readonly { table: TableId; row: string }[], i: number): boolean {
  const { table, row } = cells[i] as { table: TableId; row: string };
  for (let j = 0; j < i; j++) {
    const other = cells[j] as { table: TableId; row: string };
    if (other.row === row && other.table === table) return true;
  }
  return false;
}

function eachCandidate(
  ctx: CheckContext,
  cells: readonly { table: TableId; row: string }[],
  fn: (table: TableId, code: string) => boolean,
): void {
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i] as { table: TableId; row: string };
    if (!ctx.isSubjectTable(cell.table)) continue;
    const missingHere = missingCodes(ctx, cell.table);
    if (missingHere.length === 0 || triedBefore(cells, i)) continue;
    candidates(ctx, cell.table, cell.row, missingHere);
    const end = to;
    for (let c = from; c < end; c++) if (fn(cell.table, missingHere[c] as string)) return;
  }
}

/** What a check involving the cells `slots` must also read for its likely cause. */
export function causeReads(ctx: CheckContext, slots: readonly number[]): number[] {
  const reads: number[] = [];
  const cells: { table: TableId; row: string }[] = [];
  for (const slot of slots) {
    const table = ctx.cells.tableOf(slot);
    if (ctx.isSubjectTable(table) && missingCodes(ctx, table).length > 0)
      cells.push({ table, row: ctx.cells.rowOf(slot) });
  }
  if (cells.length === 0) return reads;
  eachCandidate(ctx, cells, (table, code) => {
    for (const slot of candidateCells(ctx, table, code)) reads.push(slot);
    return false;
  });
  return reads;
}

export function missingRowCause(ctx: CheckContext, cells: readonly Bound[], diff: Units): string | undefined {
  const { math } = ctx.shown;
  if (math.isZero(diff)) return undefined;
  const amount = math.abs(diff);
  let cause: string | undefined;
  eachCandidate(ctx, cells, (table, code) => {
    // The first cell per table whose amount equals the difference.
    const where: string[] = [];
    let first: TableId | undefined;
    let last: TableId | undefined;
    for (const slot of candidateCells(ctx, table, code)) {
      const other = ctx.cells.tableOf(slot);
      if (other === last || !ctx.shown.hasMagnitude(slot, amount)) continue;
      last = other;
      first ??= other;
      where.push(
        `${ctx.tableName(other)} ${ctx.columnLabel(other, ctx.cells.colOf(slot))} ${ctx.figure(amount)}`,
      );
    }
    if (first === undefined) return false;
    cause = `可能原因：${ctx.tableName(table)}缺少科目 ${ctx.rowLabel(first, code)}；该科目在${where.join("、")}，恰好等于差额。`;
    return true;
  });
  return cause;
}
