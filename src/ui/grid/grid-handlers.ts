import type {
  CellClassParams,
  CellFocusedEvent,
  ColDef,
  IRowNode,
  SuppressKeyboardEventParams,
  ValueGetterParams,
  ValueSetterParams,
} from "ag-grid-community";
import type { TableId } from "../../domain/templates/types";
import type { Workbook } from "../../domain/workbook/workbook";
import { clearCell, commitCellInput } from "../../store/edit-actions";
import { useEditor } from "../../store/store";
import type { CellPosition } from "../../store/ui-slice";
import { isTrainingHighlight } from "../training/highlight-keys";
import { cellAt, cellText, isEditable, kindAt } from "./cell-text";
import type { ColumnSet } from "./grid-columns";
import type { GridKeyboard } from "./grid-keyboard";
import type { GridRow } from "./grid-rows";

/** Grid callbacks for one table, bound to the open workbook and the table's columns. */
export function gridHandlers(table: TableId, workbook: Workbook, columns: ColumnSet, keyboard: GridKeyboard) {
  const infoOf = (colId: string) => columns.info.get(colId);

  const cellOf = (node: IRowNode<GridRow> | null | undefined, colId: string): CellPosition | null => {
    const info = infoOf(colId);
    const key = node?.data?.rows[info?.pane ?? 0];
    return info?.role === "value" && info.col && key && node?.data?.kind !== "lane"
      ? { row: key, col: info.col }
      : null;
  };

  const kindOf = (p: CellClassParams<GridRow>) => {
    const info = infoOf(p.column.getColId());
    return p.data && info ? kindAt(workbook, p.data, info) : null;
  };

  const idOf = (p: CellClassParams<GridRow>) => {
    const info = infoOf(p.column.getColId());
    return p.data && info ? cellAt(workbook, p.data, info) : null;
  };
  const highlighted = (p: CellClassParams<GridRow>) => {
    const id = idOf(p);
    return id !== null && useEditor.getState().highlight.cells.has(id);
  };
  const inError = (p: CellClassParams<GridRow>) => {
    const id = idOf(p);
    return id !== null && useEditor.getState().errorCells.has(id);
  };

  const onKey = (p: SuppressKeyboardEventParams<GridRow>): boolean => {
    const e = p.event;
    if (e.type !== "keydown") return false;
    if (keyboard.handleCellKey(e, p.editing, p.node, p.column.getColId())) return true;
    if (p.editing) return false;
    const key = e.key.toLowerCase();
    if ((e.ctrlKey || e.metaKey) && (key === "z" || key === "y")) {
      e.preventDefault();
      const { undo, redo } = useEditor.getState();
      if (key === "y" || e.shiftKey) redo();
      else undo();
      return true;
    }
    if (e.key === "Delete" || e.key === "Backspace") {
      const cell = cellOf(p.node, p.column.getColId());
      if (cell) clearCell(useEditor, table, cell.row, cell.col);
      return true;
    }
    return false;
  };

  const defaultColDef: ColDef<GridRow> = {
    wrapHeaderText: true,
    autoHeaderHeight: true,
    valueGetter: (p: ValueGetterParams<GridRow>) => {
      const info = infoOf(p.column.getColId());
      return p.data && info ? cellText(workbook, p.data, info) : "";
    },
    // The edit goes to the store at once, inside the keystroke that ends editing (AG Grid's
    // cellEditRequest event would arrive a task later, after a frame showing the old totals). `false`:
    // the grid's row data did not change; the store's subscription redraws the cells that did.
    valueSetter: (p: ValueSetterParams<GridRow>) => {
      const cell = cellOf(p.node, p.column.getColId());
      if (cell)
        commitCellInput(useEditor, table, cell.row, cell.col, p.newValue == null ? "" : String(p.newValue));
      return false;
    },
    editable: (p) => {
      const { readOnly, reviewMode } = useEditor.getState();
      if (readOnly !== null || reviewMode) return false;
      const info = infoOf(p.column.getColId());
      return Boolean(p.data && info && isEditable(workbook, p.data, info));
    },
    cellClassRules: {
      "cell-derived": (p) => kindOf(p) === "derived",
      "cell-stated": (p) => kindOf(p) === "stated",
      "cell-entered": (p) => kindOf(p) === "entered",
      "cell-highlight": highlighted,
      // 培训 (trace, tour, structure map) highlights in blue: they show relations, not problems.
      "cell-training": (p) => isTrainingHighlight(useEditor.getState().highlight.key) && highlighted(p),
      "cell-error": inError,
    },
    suppressKeyboardEvent: onKey,
  };

  const onCellFocused = (e: CellFocusedEvent<GridRow>) => {
    const colId = typeof e.column === "string" ? e.column : e.column?.getColId();
    if (e.rowIndex == null || !colId) return;
    const node =
      e.rowPinned === "top" ? e.api.getPinnedTopRow(e.rowIndex) : e.api.getDisplayedRowAtIndex(e.rowIndex);
    const cell = cellOf(node, colId);
    const row = node?.data?.kind === "data" ? (node.data.rows[infoOf(colId)?.pane ?? 0] ?? null) : null;
    const { select, focusRow } = useEditor.getState();
    focusRow(table, row);
    select(table, cell);
  };

  return { cellOf, defaultColDef, onCellFocused };
}
