import { acknowledge, acknowledgementsOf, type Finding } from "../domain/checks";
import { cellId, parseCellId } from "../domain/engine/cell-id";
import { tableName } from "../domain/templates/table-names";
import type { SetCell } from "../domain/workbook/edits";
import type { EditorStore } from "./store";

/** The stated cell a finding is about, when one action can replace it with its derived value. */
export function statedCellOf(store: EditorStore, finding: Finding): string | null {
  const { workbook } = store.getState();
  const first = finding.cells[0];
  if (!workbook || !first) return null;
  const id = cellId(first.table, first.row, first.col);
  return workbook.isDerived(id) && workbook.stored(id) !== undefined ? id : null;
}

/** 用计算值替换: drops the stated value so the cell shows its derived value. */
export function replaceWithDerived(store: EditorStore, id: string): void {
  const { applyEdits, notify, workbook } = store.getState();
  const { table, row, col } = parseCellId(id);
  const name = workbook ? tableName(workbook.template, table) : `${table}表`;
  if (!applyEdits([{ kind: "set", table, row, col, value: undefined }], `用计算值替换 ${name}·${row}·${col}`))
    return;
  notify({ kind: "info", text: "已用计算值替换（可撤销）" });
}

/** Drops every stated value of the document in one undoable step. */
export function clearAllStated(store: EditorStore): void {
  const { workbook, applyEdits, notify } = store.getState();
  if (!workbook) return;
  const edits: SetCell[] = [];
  for (const id of workbook.graph.formulas.keys()) {
    if (workbook.stored(id) === undefined) continue;
    const { table, row, col } = parseCellId(id);
    edits.push({ kind: "set", table, row, col, value: undefined });
  }
  if (edits.length === 0) {
    notify({ kind: "info", text: "文档中没有填报的合计" });
    return;
  }
  if (!applyEdits(edits, `清除全部 ${edits.length} 个填报的合计`)) return;
  notify({ kind: "info", text: `已清除 ${edits.length} 个填报的合计，全部改用计算值（可撤销）` });
}

/** Acknowledges a 提示 with a written 说明 (an empty note withdraws it); undoable, kept in the file. */
export function acknowledgeFinding(store: EditorStore, finding: Finding, note: string): void {
  const { workbook, applyEdits } = store.getState();
  if (!workbook || finding.severity !== "warning") return;
  const next = acknowledge(acknowledgementsOf(workbook.doc), finding.key, note, new Date().toISOString());
  const value = Object.keys(next).length > 0 ? next : undefined;
  applyEdits(
    [{ kind: "field", field: "acknowledgements", value }],
    note.trim() ? "填写提示说明" : "撤回提示说明",
  );
}
