import type { GridApi } from "ag-grid-community";
import type { TableId } from "../../domain/templates/types";
import { useEditor } from "../../store/store";
import { valueColumnId } from "./column-info";
import type { GridRow } from "./grid-rows";

type Where = ReadonlyMap<string, { rowId: string; pane: number }>;

/** How many frames a focus request keeps trying while AG Grid draws the rows it scrolled to. */
const SETTLE_FRAMES = 120;

/** The grid row and column of the table's selected cell, or null when nothing is selected there. */
function selectedTarget(table: TableId, where: Where): { rowId: string; colId: string } | null {
  const selected = useEditor.getState().selection[table];
  const at = selected && where.get(selected.row);
  return selected && at ? { rowId: at.rowId, colId: valueColumnId(at.pane, selected.col) } : null;
}

/** Asks AG Grid to focus the table's selected cell, scrolling it into view; the cell's grid row and column. */
export function focusSelection(
  api: GridApi<GridRow>,
  table: TableId,
  where: Where,
  pinned: readonly GridRow[],
): { rowId: string; colId: string } | null {
  const target = selectedTarget(table, where);
  if (!target) return null;
  const { rowId, colId } = target;
  const pinnedIndex = pinned.findIndex((r) => r.id === rowId);
  const node = api.getRowNode(rowId);
  api.ensureColumnVisible(colId);
  if (pinnedIndex >= 0) api.setFocusedCell(pinnedIndex, colId, "top");
  else if (node?.rowIndex != null) {
    api.ensureIndexVisible(node.rowIndex, "middle");
    api.setFocusedCell(node.rowIndex, colId);
  } else return null;
  return target;
}

function hasFocus(host: HTMLElement, target: { rowId: string; colId: string }): boolean {
  const active = document.activeElement;
  if (!active || !host.contains(active)) return false;
  const cell = active.closest(".ag-cell");
  return (
    cell?.getAttribute("col-id") === target.colId &&
    cell.closest(".ag-row")?.getAttribute("row-id") === target.rowId
  );
}

/** The user has moved on to a text field meanwhile: a late focus request must not take it away. */
/** Inputs that take no typing: a switch such as 培训模式 holds the focus without anything to interrupt. */
const NOT_TYPED = new Set(["checkbox", "radio", "button", "submit", "reset", "file", "range", "color"]);

function typingElsewhere(host: HTMLElement): boolean {
  const active = document.activeElement;
  if (!active || host.contains(active)) return false;
  if (active instanceof HTMLInputElement) return !NOT_TYPED.has(active.type);
  return active.matches("textarea, select");
}

/**
 * Gives the keyboard focus to the selected cell and makes sure it lands there. A cell scrolled into view
 * is drawn a frame or more after `setFocusedCell`, which then cannot move the browser's focus, and a
 * table opened by the jump has no grid yet: the focus stayed on the panel button that asked for the
 * jump. So ask again each frame until the cell has it.
 */
export function settleFocus(
  api: () => GridApi<GridRow> | undefined,
  host: () => HTMLElement | null,
  table: TableId,
  where: Where,
  pinned: readonly GridRow[],
): void {
  let frames = SETTLE_FRAMES;
  const attempt = () => {
    const grid = api();
    const element = host();
    if (element && typingElsewhere(element)) return;
    // Focusing the cell that has the focus already would tell the grid of a focus change that is none.
    const selected = selectedTarget(table, where);
    if (element && selected && hasFocus(element, selected)) return;
    // A table opened for the first time has no grid API until AG Grid has started: wait for it too.
    const target = grid && element ? focusSelection(grid, table, where, pinned) : undefined;
    const done = target === null || (target && element && hasFocus(element, target));
    if (!done && --frames > 0) requestAnimationFrame(attempt);
  };
  attempt();
}
