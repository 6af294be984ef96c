import type { GridApi, IRowNode } from "ag-grid-community";
import type { GridRow } from "./grid-rows";

/** The row node of a grid row id, body or pinned. */
export function rowNode(api: GridApi<GridRow>, rowId: string): IRowNode<GridRow> | undefined {
  const node = api.getRowNode(rowId);
  if (node) return node;
  for (let i = 0; i < api.getPinnedTopRowCount(); i++) {
    const pinned = api.getPinnedTopRow(i);
    if (pinned?.data?.id === rowId) return pinned;
  }
  return undefined;
}

/** Focuses a grid cell by row id and column id, scrolling it into view. */
export function focusGridCell(api: GridApi<GridRow>, rowId: string, colId: string): void {
  const node = rowNode(api, rowId);
  if (node?.rowIndex == null) return;
  api.ensureColumnVisible(colId);
  if (node.rowPinned === "top") api.setFocusedCell(node.rowIndex, colId, "top");
  else {
    api.ensureIndexVisible(node.rowIndex);
    api.setFocusedCell(node.rowIndex, colId);
  }
}
