import { implausibleAmountsWarning } from "../domain/amount-bound";
import { planClear } from "../domain/clipboard/clear-cells";
import { parseClipboardTable } from "../domain/clipboard/parse-clipboard";
import { type CodePastePlan, describeCodePaste, planCodePaste } from "../domain/clipboard/plan-code-paste";
import { describePaste, type PasteTarget, planPaste } from "../domain/clipboard/plan-paste";
import { blockForRange } from "../domain/clipboard/range";
import { cellId } from "../domain/engine/cell-id";
import type { CellRef, ColKey, TableId } from "../domain/templates/types";
import type { Edit, SetCell } from "../domain/workbook/edits";
import type { Workbook } from "../domain/workbook/workbook";
import { editRefusal } from "./edit-refusal";
import { applyCellEdits } from "./stated-edits";
import type { EditorStore } from "./store";

/** Where a paste lands: cells by offset from its top-left cell, the selected range's size, its column. */
export interface PastePlace {
  target: PasteTarget;
  height: number;
  width: number;
  /** The amount column of the top-left cell; null when the paste starts on a 编码/名称 column. */
  column: ColKey | null;
}

const changedOnly = (workbook: Workbook, edits: readonly SetCell[]) =>
  edits.filter((e) => workbook.stored(cellId(e.table, e.row, e.col)) !== e.value);

/**
 * Pastes text copied from Excel/WPS as one undoable step: a block starting with 科目编码 goes to the
 * rows of its codes (creating missing rows); any other block from the top-left cell, a single value
 * filling the whole selected range.
 */
export function pasteText(store: EditorStore, table: TableId, text: string, place: PastePlace): void {
  const { workbook, notify } = store.getState();
  if (!workbook) return;
  const refusal = editRefusal(store.getState());
  if (refusal !== null) {
    notify({ kind: "warning", text: refusal });
    return;
  }
  const block = parseClipboardTable(text);
  const byCode = planCodePaste(workbook, table, block, { column: place.column });
  if (byCode) {
    pasteByCode(store, workbook, byCode);
    return;
  }
  const filled = blockForRange(block, place.height, place.width, (r, c) => place.target(r, c) !== null);
  const plan = planPaste(workbook, table, filled, place.target);
  const summary = describePaste(plan);
  if (plan.tooLarge) {
    notify({ kind: "error", text: summary ?? "" });
    return;
  }
  const edits = changedOnly(workbook, plan.edits);
  const { applied, dropped } = applyCellEdits(store, edits, `粘贴 ${plan.edits.length} 个单元格`);
  if (edits.length > 0 && !applied) return;
  const huge = implausibleAmountsWarning(
    edits.map((e) => e.value),
    workbook.doc.meta.unit,
  );
  const pasted = [`已粘贴 ${plan.edits.length} 个单元格`, dropped, summary, huge].filter(Boolean).join("；");
  notify({ kind: plan.refused.length > 0 || huge ? "warning" : "info", text: pasted });
}

function pasteByCode(store: EditorStore, workbook: Workbook, plan: CodePastePlan): void {
  const { notify } = store.getState();
  const summary = describeCodePaste(plan);
  if (plan.tooLarge) {
    notify({ kind: "error", text: summary });
    return;
  }
  const edits: Edit[] = [...plan.rows, ...changedOnly(workbook, plan.edits)];
  const { applied, dropped } = applyCellEdits(store, edits, `按科目编码粘贴 ${plan.matched} 行`);
  if (edits.length > 0 && !applied) return;
  const huge = implausibleAmountsWarning(
    plan.edits.map((e) => e.value),
    workbook.doc.meta.unit,
  );
  const problems = plan.refusedRows.length + plan.refused.length > 0 || huge !== null;
  notify({ kind: problems ? "warning" : "info", text: [summary, dropped, huge].filter(Boolean).join("；") });
}

/** Delete over a selected range: clears its entered cells as one undoable step; derived cells stay. */
export function clearCells(store: EditorStore, cells: readonly CellRef[]): void {
  const { workbook, notify } = store.getState();
  if (!workbook) return;
  const plan = planClear(workbook, cells);
  const skipped = plan.skippedDerived > 0 ? `；${plan.skippedDerived} 个计算单元格未改动` : "";
  if (plan.edits.length === 0) {
    notify({ kind: "info", text: `所选区域没有可清除的填报数${skipped}` });
    return;
  }
  const { applied, dropped } = applyCellEdits(store, plan.edits, `清除 ${plan.edits.length} 个单元格`);
  if (!applied) return;
  const also = dropped ? `；${dropped}` : "";
  notify({ kind: "info", text: `已清除 ${plan.edits.length} 个单元格（可撤销）${skipped}${also}` });
}
