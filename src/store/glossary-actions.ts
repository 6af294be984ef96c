/**
 * Writing 第四部分 名词解释: terms added, rewritten, removed, each one undoable edit. A document with nothing
 * written yet starts from the template's standard terms. Every action takes the store it acts on.
 */
import { withGlossaryEntry, withoutGlossaryEntry } from "../domain/narrative/edit-parts";
import { publicationOf } from "../domain/narrative/edit-publication";
import type { GlossaryEntry } from "../domain/narrative/model";
import { commitPart } from "./part-edit";
import type { EditorStore } from "./store";

/** A term added (`index` null) or rewritten. */
export function saveGlossaryEntry(store: EditorStore, index: number | null, entry: GlossaryEntry): boolean {
  const { workbook } = store.getState();
  if (!workbook) return false;
  const result = withGlossaryEntry(publicationOf(workbook), index, entry);
  return commitPart(store, result, index === null ? `添加名词“${entry.term.trim()}”` : "修改名词解释");
}

export function removeGlossaryEntry(store: EditorStore, index: number): boolean {
  const { workbook } = store.getState();
  if (!workbook) return false;
  return commitPart(store, withoutGlossaryEntry(publicationOf(workbook), index), "删除名词解释");
}
