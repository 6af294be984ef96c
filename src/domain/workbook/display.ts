import type { CellId } from "../engine/cell-id";
import { formatFigure, type Money } from "../money";
import type { Workbook } from "./workbook";

export type CellKind = "entered" | "derived" | "stated";

/** 填报 (typed), 计算 (derived), or 填报的合计 (a derived cell carrying a stated value). */
export function cellKind(workbook: Workbook, id: CellId): CellKind {
  if (!workbook.isDerived(id)) return "entered";
  return workbook.stored(id) === undefined ? "derived" : "stated";
}

/**
 * Amounts display in the document's own unit (a 元 document in 元, exactly as typed), with two decimals
 * and thousands separators; blank stays blank.
 */
export function displayMoney(value: Money | null): string {
  return value === null ? "" : formatFigure(value);
}

export function displayCell(workbook: Workbook, id: CellId): string {
  return displayMoney(workbook.shown(id));
}
