/**
 * Missing-row causes: a difference that equals the amount of a code which this table lacks but
 * another 科目 table has is most likely that missing row (the seed: 02 lacks 2101103, 2.65 in 03 and 05).
 * The candidates depend on rows only; their amounts are read by the check (see `causeReads`), so a cause
 * changes exactly when a cell the check reads changes.
 */
import { type CellId, parseCellId } from "../engine/cell-id";
import { isSubjectCode, tableColumns } from "../templates/structure";
import { TABLE_IDS, type TableId } from "../templates/types";
import type { Bound } from "./bind";
import type { CheckContext } from "./context";

/** More missing codes than this under one row: the table is not "missing a row"; no cause is sought. */
const MAX_CANDIDATES = 50;

const missingCache = new WeakMap<CheckContext, Map<TableId, string[]>>();
const subjectTables = (ctx: CheckContext) => TABLE_IDS.filter((id) => ctx.isSubjectTable(id));

/** Codes other 科目 tables have and `table` lacks, top-most only (their parent code is present), sorted. */
function missingCodes(ctx: CheckContext, table: TableId): string[] {
  let byTable = missingCache.get(ctx);
  if (!byTable) {
    byTable = new Map();
    missingCache.set(ctx, byTable);
  }
  let codes = byTable.get(table);
  if (!codes) {
    const found = new Set<string>();
    for (const other of subjectTables(ctx)) {
      if (other === table) continue;
      for (const code of ctx.rows(other)) {
        if (!isSubjectCode(code) || ctx.hasRow(table, code)) continue;
        if (code.length === 3 || ctx.hasRow(table, code.slice(0, code.length - 2))) found.add(code);
      }
    }
    codes = [...found].sort();
    byTable.set(table, codes);
  }
  return codes;
}

/** Whether `table` lacks a code another 科目 table has (else checks on it need no cause reads). */
export function lacksCodes(ctx: CheckContext, table: TableId): boolean {
  return ctx.isSubjectTable(table) && missingCodes(ctx, table).length > 0;
}

/** Missing codes of `table` under `row` (any when `row` is the total), or none when there are too many. */
function candidates(ctx: CheckContext, table: TableId, row: string): string[] {
  const missing = missingCodes(ctx, table);
  if (missing.length === 0) return missing;
  let under = missing;
  if (row !== ctx.totalRow(table)) {
    let lo = 0;
    let hi = missing.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((missing[mid] as string) < row) lo = mid + 1;
      else hi = mid;
    }
    let end = lo;
    while (end < missing.length && (missing[end] as string).startsWith(row)) end++;
    under = missing.slice(lo, end);
  }
  return under.length > MAX_CANDIDATES ? [] : under;
}

/** The cells of a candidate code in the tables that have it. */
function candidateCells(ctx: CheckContext, table: TableId, code: string): Bound[] {
  return subjectTables(ctx)
    .filter((other) => other !== table && ctx.hasRow(other, code))
    .flatMap((other) =>
      tableColumns(ctx.table(other)).map((col) => ({
        id: ctx.ids.id(other, code, col),
        table: other,
        row: code,
        col,
        minus: false,
      })),
    );
}

function eachCandidate(
  ctx: CheckContext,
  cells: readonly Bound[],
  fn: (table: TableId, code: string) => boolean,
): void {
  let tried: Set<string> | undefined;
  for (const cell of cells) {
    if (!ctx.isSubjectTable(cell.table) || missingCodes(ctx, cell.table).length === 0) continue;
    tried ??= new Set();
    const key = `${cell.table}|${cell.row}`;
    if (tried.has(key)) continue;
    tried.add(key);
    for (const code of candidates(ctx, cell.table, cell.row)) if (fn(cell.table, code)) return;
  }
}

/** What a check involving `ids` must also read for its likely cause. */
export function causeReads(ctx: CheckContext, ids: readonly CellId[]): CellId[] {
  const reads: CellId[] = [];
  const cells: Bound[] = [];
  for (const id of ids) {
    const table = id.slice(0, id.indexOf("|")) as TableId;
    if (ctx.isSubjectTable(table) && missingCodes(ctx, table).length > 0)
      cells.push({ ...parseCellId(id), id, minus: false });
  }
  if (cells.length === 0) return reads;
  eachCandidate(ctx, cells, (table, code) => {
    for (const cell of candidateCells(ctx, table, code)) reads.push(cell.id);
    return false;
  });
  return reads;
}

export function missingRowCause(
  ctx: CheckContext,
  cells: readonly Bound[],
  diff: bigint,
): string | undefined {
  if (diff === 0n) return undefined;
  const amount = diff < 0n ? -diff : diff;
  let cause: string | undefined;
  eachCandidate(ctx, cells, (table, code) => {
    const seen = candidateCells(ctx, table, code).filter((cell) => {
      const shown = ctx.value(cell.id);
      return !shown.blank && (shown.v === amount || shown.v === -amount);
    });
    const byTable = seen.filter((cell, i) => seen.findIndex((other) => other.table === cell.table) === i);
    if (byTable.length === 0) return false;
    const where = byTable.map(
      (cell) => `${cell.table}表 ${ctx.columnLabel(cell.table, cell.col)} ${ctx.amount(amount)}`,
    );
    cause = `可能原因：${table}表缺少科目 ${ctx.rowLabel((byTable[0] as Bound).table, code)}；该科目在${where.join("、")}，恰好等于差额。`;
    return true;
  });
  return cause;
}
