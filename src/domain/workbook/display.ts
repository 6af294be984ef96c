import type { CellId } from "../engine/cell-id";
import { formatAmount, type Money, yuanToWanyuan } from "../money";
import type { Workbook } from "./workbook";

export type CellKind = "entered" | "derived" | "stated";

/** 填报 (typed), 计算 (derived), or 填报的合计 (a derived cell carrying a stated value). */
export function cellKind(workbook: Workbook, id: CellId): CellKind {
  if (!workbook.isDerived(id)) return "entered";
  return workbook.stored(id) === undefined ? "derived" : "stated";
}

/** Amounts always display in 万元 with two decimals; blank stays blank. */
export function displayMoney(workbook: Workbook, value: Money | null): string {
  if (value === null) return "";
  return formatAmount(workbook.doc.meta.unit === "元" ? yuanToWanyuan(value) : value);
}

export function displayCell(workbook: Workbook, id: CellId): string {
  return displayMoney(workbook, workbook.shown(id));
}
