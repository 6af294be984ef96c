/**
 * 对比: starting, walking and ending a comparison of the open document with another version of it.
 * Imported only by the 对比 panel (loaded on first use); every action takes the store it acts on.
 */
import type { JuesuanDocument } from "../domain/document/model";
import { errorReason } from "../domain/error-reason";
import { rowColumns, tableOf } from "../domain/templates/structure";
import { Workbook } from "../domain/workbook/workbook";
import { compareMarks, NO_COMPARE } from "./compare-slice";
import { documentTextOf } from "./review-file";
import { loadVersionTools } from "./review-tools";
import type { EditorStore } from "./store";

/** Compares the open document with another version of it; refuses another document, saying why. */
export async function startCompare(
  store: EditorStore,
  other: JuesuanDocument | string,
  label: string,
): Promise<boolean> {
  const tools = await loadVersionTools();
  const { workbook, notify } = store.getState();
  if (!workbook) return false;
  const file =
    typeof other === "string"
      ? documentTextOf(label, other)
      : { ok: true as const, text: JSON.stringify(other) };
  if (!file.ok) {
    notify({ kind: "error", text: `无法对比：${file.reason}` });
    return false;
  }
  const read = tools.readSameDocument(workbook.doc, file.text);
  if (!read.ok) {
    notify({ kind: "error", text: `无法对比：${read.reason}` });
    return false;
  }
  let base: Workbook;
  try {
    base = new Workbook(read.document);
  } catch (error) {
    notify({ kind: "error", text: `无法读取要对比的版本：${errorReason(error)}` });
    return false;
  }
  const diff = tools.diffDocuments(base, workbook);
  store.setState({
    compare: { base, against: workbook, label, diff, tools, index: 0 },
    ...compareMarks(diff),
    sideTab: "compare",
    checksOpen: true,
  });
  notify({ kind: "info", text: `与${label}对比：${diff.summary}` });
  return true;
}

export function stopCompare(store: EditorStore): void {
  store.setState(NO_COMPARE);
}

/** Selects change `index` in the list (keyboard walking), without leaving the list. */
export function selectChange(store: EditorStore, index: number): void {
  const { compare } = store.getState();
  if (!compare || compare.diff.changes.length === 0) return;
  const clamped = Math.max(0, Math.min(index, compare.diff.changes.length - 1));
  if (clamped !== compare.index) store.setState({ compare: { ...compare, index: clamped } });
}

/** Selects change `index` and shows it in its table. */
export function showChange(store: EditorStore, index: number): void {
  const { compare, workbook, focusCell, showTable } = store.getState();
  const change = compare?.diff.changes[index];
  if (!compare || !change || !workbook) return;
  store.setState({ compare: { ...compare, index } });
  if (change.kind === "cell") focusCell(change.table, change.row, change.col);
  else if (change.kind === "meta") return;
  else if (
    change.kind !== "note" &&
    change.kind !== "rowRemoved" &&
    workbook.hasRow(change.table, change.row)
  ) {
    const col = rowColumns(tableOf(workbook.template, change.table), change.row)[0];
    if (col) focusCell(change.table, change.row, col);
  } else showTable(change.table);
}
