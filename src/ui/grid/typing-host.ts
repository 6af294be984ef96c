import type { GridApi, IRowNode } from "ag-grid-community";
import type { Workbook } from "../../domain/workbook/workbook";
import { editRefusal, refuseTyping } from "../../store/edit-refusal";
import { useEditor } from "../../store/store";
import { cellAt, isEditable } from "./cell-text";
import type { ColumnSet } from "./grid-columns";
import type { KeyboardHost } from "./grid-keyboard";
import type { GridRow } from "./grid-rows";

/** The keyboard model's view of one table's grid: which cells take figures, and why others do not. */
export function typingHost(
  workbook: Workbook,
  columns: ColumnSet,
  api: () => GridApi<GridRow> | undefined,
  element: () => HTMLElement | null,
): KeyboardHost {
  const entered = (node: IRowNode<GridRow>, colId: string) => {
    const info = columns.info.get(colId);
    return Boolean(node.data && info && isEditable(workbook, node.data, info));
  };
  const cellOf = (node: IRowNode<GridRow>, colId: string) => {
    const info = columns.info.get(colId);
    return node.data && info ? cellAt(workbook, node.data, info) : null;
  };
  return {
    api,
    element,
    entered,
    editable: (node, colId) => editRefusal(useEditor.getState()) === null && entered(node, colId),
    refuse: (node, colId) => {
      const id = cellOf(node, colId); // none on the 栏次 line (it has no row keys)
      if (id) refuseTyping(useEditor.getState(), workbook.isDerived(id));
    },
  };
}
