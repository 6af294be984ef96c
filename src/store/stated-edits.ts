import type { Edit } from "../domain/workbook/edits";
import { withStatedReach } from "../domain/workbook/stated-reach";
import type { EditorStore } from "./store";

/**
 * Applies edits of entered cells as one undoable step together with the dropping of every stated total
 * they reach (see stated-reach.ts). Returns whether it applied, and the message saying what was dropped.
 */
export function applyCellEdits(
  store: EditorStore,
  edits: readonly Edit[],
  label: string,
): { applied: boolean; dropped: string | null } {
  const { workbook, applyEdits } = store.getState();
  if (!workbook) return { applied: false, dropped: null };
  const reach = withStatedReach(workbook, edits);
  const applied = applyEdits(reach.edits, label);
  const count = reach.dropped.length;
  return { applied, dropped: applied && count > 0 ? `已改用计算值：${count} 个合计，可撤销` : null };
}
