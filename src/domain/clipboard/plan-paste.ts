import { cellId } from "../engine/cell-id";
import { parseUserAmount } from "../money";
import type { ColKey, RowKey, TableId } from "../templates/types";
import type { SetCell } from "../workbook/edits";
import type { Workbook } from "../workbook/workbook";

export const MAX_PASTE_CELLS = 20_000;

/** The grid as the user sees it: cell targets by display row and value column (null = no cell there). */
export type PasteTarget = (rowOffset: number, colOffset: number) => { row: RowKey; col: ColKey } | null;

export interface PastePlan {
  edits: SetCell[];
  skippedDerived: number;
  outside: number;
  refused: { row: RowKey; col: ColKey; text: string; message: string }[];
  tooLarge: boolean;
}

/** Turns a pasted block into cell edits: entered cells only, amounts parsed leniently, the rest reported. */
export function planPaste(
  workbook: Workbook,
  table: TableId,
  block: string[][],
  target: PasteTarget,
): PastePlan {
  const plan: PastePlan = { edits: [], skippedDerived: 0, outside: 0, refused: [], tooLarge: false };
  const cellCount = block.reduce((n, r) => n + r.length, 0);
  if (cellCount > MAX_PASTE_CELLS) return { ...plan, tooLarge: true };
  block.forEach((cells, r) => {
    cells.forEach((text, c) => {
      const at = target(r, c);
      if (!at) {
        if (text.trim() !== "") plan.outside++;
        return;
      }
      if (workbook.isDerived(cellId(table, at.row, at.col))) {
        plan.skippedDerived++;
        return;
      }
      const parsed = parseUserAmount(text);
      if (!parsed.ok) {
        plan.refused.push({ ...at, text, message: parsed.message });
        return;
      }
      plan.edits.push({ kind: "set", table, row: at.row, col: at.col, value: parsed.value ?? undefined });
    });
  });
  return plan;
}

/** A short Chinese summary of what a paste did not take. */
export function describePaste(plan: PastePlan): string | null {
  if (plan.tooLarge) return `粘贴内容过大（超过 ${MAX_PASTE_CELLS} 个单元格），未粘贴任何内容`;
  const parts: string[] = [];
  if (plan.skippedDerived > 0)
    parts.push(`${plan.skippedDerived} 个计算单元格已跳过（由公式得出，无需填写）`);
  if (plan.refused.length > 0) {
    const first = plan.refused[0];
    parts.push(
      `${plan.refused.length} 个单元格内容不是金额，保留原值${first ? `（如“${first.text.slice(0, 20)}”）` : ""}`,
    );
  }
  if (plan.outside > 0) parts.push(`${plan.outside} 个单元格超出表格范围，已忽略`);
  return parts.length > 0 ? parts.join("；") : null;
}
