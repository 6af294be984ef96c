import { implausibleAmountWarning } from "../domain/amount-bound";
import { cellId } from "../domain/engine/cell-id";
import { parseUserAmount } from "../domain/money";
import { tableName } from "../domain/templates/table-names";
import type { ColKey, RowKey, TableId } from "../domain/templates/types";
import { planAddSubjectRow, planRemoveSubjectRow } from "../domain/workbook/subject-rows";
import { refuseTyping } from "./edit-refusal";
import { applyCellEdits } from "./stated-edits";
import type { EditorStore } from "./store";

function cellName(store: EditorStore, table: TableId, row: RowKey, col: ColKey): string {
  const wb = store.getState().workbook;
  const name = wb?.rowName(table, row) || row;
  return `${wb ? tableName(wb.template, table) : `${table}表`}·${name}·${col}`;
}

/** Commits what the user typed into an entered cell; refuses anything that is not an amount. */
export function commitCellInput(
  store: EditorStore,
  table: TableId,
  row: RowKey,
  col: ColKey,
  text: string,
): boolean {
  const { workbook, notify } = store.getState();
  if (!workbook) return false;
  if (workbook.isDerived(cellId(table, row, col))) {
    refuseTyping(store.getState(), true);
    return false;
  }
  const parsed = parseUserAmount(text);
  if (!parsed.ok) {
    notify({ kind: "error", text: `${parsed.message}。单元格保留原值。` });
    return false;
  }
  const value = parsed.value ?? undefined;
  if (workbook.stored(cellId(table, row, col)) === value) return false;
  const { applied, dropped } = applyCellEdits(
    store,
    [{ kind: "set", table, row, col, value }],
    `编辑 ${cellName(store, table, row, col)}`,
  );
  const rounded = parsed.rounded ? "已按四舍五入保留两位小数" : null;
  const implausible = implausibleAmountWarning(value, workbook.doc.meta.unit);
  const said = [implausible, rounded, dropped].filter(Boolean).join("；");
  if (applied) notify(said ? { kind: implausible ? "warning" : "info", text: said } : null);
  return applied;
}

export function clearCell(store: EditorStore, table: TableId, row: RowKey, col: ColKey): void {
  const { workbook, notify } = store.getState();
  if (!workbook || workbook.isDerived(cellId(table, row, col))) return;
  if (workbook.stored(cellId(table, row, col)) === undefined) return;
  const { dropped } = applyCellEdits(
    store,
    [{ kind: "set", table, row, col, value: undefined }],
    `清除 ${cellName(store, table, row, col)}`,
  );
  if (dropped) notify({ kind: "info", text: dropped });
}

export function addSubjectRow(store: EditorStore, table: TableId, code: string, name?: string): boolean {
  const { workbook, applyEdits, notify } = store.getState();
  if (!workbook) return false;
  const plan = planAddSubjectRow(workbook, table, code, name);
  if (!plan.ok) {
    notify({ kind: "error", text: plan.message });
    return false;
  }
  if (!applyEdits(plan.edits, `添加科目 ${plan.created.join("、")}`)) return false;
  notify({ kind: "info", text: `已添加科目 ${plan.created.join("、")}` });
  return true;
}

export function removeSubjectRow(store: EditorStore, table: TableId, code: RowKey): void {
  const { workbook, applyEdits, notify } = store.getState();
  if (!workbook) return;
  const plan = planRemoveSubjectRow(workbook, table, code);
  if (!plan.ok) {
    notify({ kind: "error", text: plan.message });
    return;
  }
  if (!applyEdits(plan.edits, `删除科目 ${code}`)) return;
  notify({
    kind: "info",
    text: `已删除科目 ${code}${plan.edits.length > 1 ? ` 及其下级 ${plan.edits.length - 1} 行` : ""}（可撤销）`,
  });
}
