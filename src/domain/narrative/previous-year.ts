/**
 * "打开上年文档": the 上年数 of 补充数据 read from last year's document (its tables as shown, and its own
 * 补充数据 for what no table holds). Only the 上年 fields are returned; the caller merges them.
 */
import type { Unit } from "../document/model";
import { cellId } from "../engine/cell-id";
import { formatAmount, isAmountString, money, ZERO } from "../money";
import type { CellRef } from "../templates/types";
import { convertUnit } from "../unit-conversion";
import type { Workbook } from "../workbook/workbook";
import type { SupplementValues } from "./supplement";

const SANGONG_ACTUAL = "决算数·";
const FROM_TABLES: Readonly<Record<string, CellRef>> = {
  上年收支总计: { table: "01", row: "收入总计", col: "决算数" },
  上年财政拨款收支总计: { table: "04", row: "收入总计", col: "金额" },
  上年一般公共预算财政拨款支出: { table: "05", row: "合计", col: "小计" },
  上年三公经费: { table: "09", row: "三公经费", col: `${SANGONG_ACTUAL}合计` },
  "上年三公·因公出国（境）费": { table: "09", row: "三公经费", col: `${SANGONG_ACTUAL}因公出国（境）费` },
  上年三公·公务用车购置及运行维护费: {
    table: "09",
    row: "三公经费",
    col: `${SANGONG_ACTUAL}公务用车购置及运行维护费·小计`,
  },
  上年三公·公务接待费: { table: "09", row: "三公经费", col: `${SANGONG_ACTUAL}公务接待费` },
};

/** Fields that come from last year's 补充数据 (no table holds them). */
const FROM_SUPPLEMENT: Readonly<Record<string, string>> = { 上年机关运行经费: "机关运行经费" };

/**
 * The 上年数 in `unit` (this document's): last year's amounts are converted exactly from its own unit and
 * printed with two decimals; a 补充数据 value that is no amount is taken as it is.
 */
export function previousYearFields(
  lastYear: Workbook,
  lastYearSupplement: SupplementValues = {},
  unit: Unit = lastYear.doc.meta.unit,
): Record<string, string> {
  const from = lastYear.doc.meta.unit;
  const fields: Record<string, string> = {};
  // A blank cell of a published table counts as 0 (CHECKS.md §1).
  for (const [key, ref] of Object.entries(FROM_TABLES)) {
    const shown = lastYear.shown(cellId(ref.table, ref.row, ref.col)) ?? ZERO;
    fields[key] = formatAmount(convertUnit(shown, from, unit));
  }
  for (const [key, source] of Object.entries(FROM_SUPPLEMENT)) {
    const value = lastYearSupplement[source];
    if (value === undefined || value === "") continue;
    fields[key] = isAmountString(value) ? formatAmount(convertUnit(money(value), from, unit)) : value;
  }
  return fields;
}

/** Last year's document must be the year before; anything else is refused. */
export function previousYearProblem(current: Workbook, lastYear: Workbook): string | null {
  const a = current.doc.meta;
  const b = lastYear.doc.meta;
  return b.year !== a.year - 1 ? `所选文档是 ${b.year} 年度的，上年应为 ${a.year - 1} 年度` : null;
}

/** Another department's name: often the same department renamed, so the user may fill it in anyway. */
export function previousYearDepartmentNote(current: Workbook, lastYear: Workbook): string | null {
  const a = current.doc.meta.department;
  const b = lastYear.doc.meta.department;
  return a === b ? null : `所选文档的部门“${b}”与本文档“${a}”不同`;
}
