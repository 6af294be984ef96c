/**
 * The publication's parts written as one undoable (and autosaved) `field` edit of `publication`; a refused
 * change is said in the message bar and changes nothing. 审阅模式 and read-only tabs refuse in `applyEdits`.
 */
import type { PartEdit } from "../domain/narrative/edit-parts";
import type { EditorStore } from "./store";

export function commitPart(store: EditorStore, result: PartEdit, label: string): boolean {
  const { applyEdits, notify } = store.getState();
  if (!result.ok) {
    notify({ kind: "error", text: result.message });
    return false;
  }
  return applyEdits([{ kind: "field", field: "publication", value: result.publication }], label);
}
