/**
 * 培训 actions that move around the document: jump to a cell (switching table and leaving a 培训 page),
 * light up a set of cells through the grid's highlight, show a tour step. Shared by the trace panel, the
 * structure map and the tour card so they behave alike.
 */
import { NAME_COL } from "../../domain/checks";
import { type CellId, parseCellId } from "../../domain/engine/cell-id";
import { rowColumns, tableOf } from "../../domain/templates/structure";
import type { TableId } from "../../domain/templates/types";
import { useEditor } from "../../store/store";
import { TOUR_KEY } from "./highlight-keys";

export function highlightCells(key: string, cells: Iterable<CellId>): void {
  useEditor.setState({ highlight: { key, cells: new Set(cells) } });
}

/** Clears the highlight if (and only if) a 培训 view set it: a finding's highlight stays. */
export function clearHighlightOf(key: string): void {
  if (useEditor.getState().highlight.key === key) useEditor.getState().clearHighlight();
}

/**
 * Selects a cell and shows its table. A 名称 cell (names are compared by X-19) selects the row's first
 * amount; a row the document does not have only opens the table.
 */
export function jumpToCell(id: CellId): void {
  const state = useEditor.getState();
  const { workbook } = state;
  const { table, row, col } = parseCellId(id);
  if (state.mainView !== "tables") state.setMainView("tables");
  if (!workbook?.hasRow(table, row)) {
    state.showTable(table);
    return;
  }
  const target = col === NAME_COL ? rowColumns(tableOf(workbook.template, table), row)[0] : col;
  if (!target) {
    state.showTable(table);
    return;
  }
  const switching = state.activeTable !== table || !state.visitedTables.includes(table);
  const jump = ++jumps;
  state.focusCell(table, row, target);
  // A grid shown for the first time, or shown again after being hidden, draws its rows a little later
  // and only then can take focus: ask again once its rows are on screen — unless another jump or the
  // user has moved on meanwhile (the next tour step must not be pulled back to this table).
  if (switching)
    whenGridShown(table, () => {
      const now = useEditor.getState();
      if (jump === jumps && now.activeTable === table && now.mainView === "tables")
        now.focusCell(table, row, target);
    });
}

/** Jumps so far: a late second focus belongs to the latest jump only. */
let jumps = 0;

/** Runs `then` once the table's grid shows rows (checked each frame, for at most about five seconds). */
function whenGridShown(table: TableId, then: () => void): void {
  let frames = 300;
  const check = () => {
    const row = document.querySelector<HTMLElement>(`[data-testid="grid-${table}"] .ag-row`);
    if (row && row.offsetParent !== null) requestAnimationFrame(then);
    else if (--frames > 0) requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

export function leaveTour(): void {
  useEditor.getState().setTour(false);
  clearHighlightOf(TOUR_KEY);
}
