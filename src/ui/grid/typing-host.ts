import type { GridApi, IRowNode } from "ag-grid-community";
import type { Workbook } from "../../domain/workbook/workbook";
import { DERIVED_CELL_REFUSAL, editRefusal } from "../../store/edit-refusal";
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
  const isValueCell = (node: IRowNode<GridRow>, colId: string) => {
    const info = columns.info.get(colId);
    return Boolean(node.data && info && node.data.kind !== "lane" && cellAt(workbook, node.data, info));
  };
  return {
    api,
    element,
    entered,
    editable: (node, colId) => editRefusal(useEditor.getState()) === null && entered(node, colId),
    refuse: (node, colId) => {
      if (!isValueCell(node, colId)) return;
      const refusal = editRefusal(useEditor.getState());
      const text = refusal ?? (entered(node, colId) ? null : DERIVED_CELL_REFUSAL);
      if (text) useEditor.getState().notify({ kind: "warning", text });
    },
  };
}
