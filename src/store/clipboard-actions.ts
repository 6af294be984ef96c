import { implausibleAmountsWarning } from "../domain/amount-bound";
import { planClear } from "../domain/clipboard/clear-cells";
import { parseClipboardTable } from "../domain/clipboard/parse-clipboard";
import { type CodePastePlan, describeCodePaste, planCodePaste } from "../domain/clipboard/plan-code-paste";
import {
  blockRowsOnDerivedRows,
  describeLeafPaste,
  describeRowsOnDerivedRows,
  LEAF_PASTE_CHOICE,
  planLeafPaste,
} from "../domain/clipboard/plan-leaf-paste";
import { describePaste, type PasteTarget, planPaste } from "../domain/clipboard/plan-paste";
import { blockForRange } from "../domain/clipboard/range";
import { cellId } from "../domain/engine/cell-id";
import type { CellRef, ColKey, TableId } from "../domain/templates/types";
import type { Edit, SetCell } from "../domain/workbook/edits";
import type { Workbook } from "../domain/workbook/workbook";
import { editRefusal } from "./edit-refusal";
import type { HistoryEntry } from "./history";
import { applyCellEdits } from "./stated-edits";
import type { EditorStore } from "./store";

/**
 * Where a paste lands: cells by offset from its top-left cell, how many rows are shown from there down,
 * the selected range's size, its column.
 */
export interface PastePlace {
  target: PasteTarget;
  rows: number;
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
  // A single value fills a range as Excel does: a total it skips loses nothing.
  const single = block.length === 1 && block[0]?.length === 1;
  const lost = single ? 0 : blockRowsOnDerivedRows(workbook, table, filled, place);
  const onTotals = lost > 0 ? describeRowsOnDerivedRows(lost) : null;
  const pasted = [`已粘贴 ${plan.edits.length} 个单元格`, dropped, summary, huge, onTotals]
    .filter(Boolean)
    .join("；");
  const kind = plan.refused.length > 0 || huge || onTotals ? "warning" : "info";
  if (!onTotals) {
    notify({ kind, text: pasted });
    return;
  }
  const after = store.getState();
  const first = { revision: after.revision, last: after.history.past.at(-1), undo: applied };
  const leaf = () => pasteOnLeafRows(store, table, filled, place, first);
  notify({ kind, text: pasted, action: { label: LEAF_PASTE_CHOICE, run: leaf } });
}

/**
 * 改为只填入项级行: takes back the paste just made and pastes its block again onto the entered rows only,
 * so that one undo afterwards restores the table as it was before both. Refused when anything changed
 * the document since: the paste to take back would no longer be the last step.
 */
function pasteOnLeafRows(
  store: EditorStore,
  table: TableId,
  block: string[][],
  place: PastePlace,
  first: { revision: number; last: HistoryEntry | undefined; undo: boolean },
): void {
  const state = store.getState();
  const refusal = editRefusal(state);
  const moved = state.revision !== first.revision || state.history.past.at(-1) !== first.last;
  if (refusal !== null || moved || !state.workbook) {
    const why = refusal ?? "粘贴之后表格已有其他改动";
    say(store, "warning", `未改为只填入项级行：${why}。可撤销后重新粘贴`);
    return;
  }
  if (first.undo) state.undo();
  const { workbook } = store.getState();
  if (!workbook) return;
  const plan = planLeafPaste(workbook, table, block, place);
  const summary = describeLeafPaste(plan);
  if (plan.tooLarge) {
    say(store, "error", summary);
    return;
  }
  const edits = changedOnly(workbook, plan.edits);
  const label = `粘贴 ${plan.edits.length} 个单元格到项级行`;
  const { applied, dropped } = applyCellEdits(store, edits, label);
  if (edits.length > 0 && !applied) return;
  const huge = implausibleAmountsWarning(
    edits.map((e) => e.value),
    workbook.doc.meta.unit,
  );
  const problems = plan.refused.length > 0 || plan.outsideRows > 0 || huge !== null;
  say(store, problems ? "warning" : "info", [summary, dropped, huge].filter(Boolean).join("；"));
}

const say = (store: EditorStore, kind: "info" | "warning" | "error", text: string) =>
  store.getState().notify({ kind, text });

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
