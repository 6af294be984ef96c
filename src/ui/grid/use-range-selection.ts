import type {
  CellClassParams,
  CellFocusedEvent,
  GridApi,
  IRowNode,
  SuppressKeyboardEventParams,
} from "ag-grid-community";
import type { AgGridReact } from "ag-grid-react";
import { type ClipboardEvent, type MouseEvent, type RefObject, useEffect, useMemo, useRef } from "react";
import { type Direction, type GridPoint, isMultiCell, rectangle, step } from "../../domain/clipboard/range";
import { toTsv } from "../../domain/clipboard/tsv";
import type { CellRef, TableId } from "../../domain/templates/types";
import type { Workbook } from "../../domain/workbook/workbook";
import type { PastePlace } from "../../store/clipboard-actions";
import type { GridRange } from "../../store/range-slice";
import { useEditor } from "../../store/store";
import type { CellPosition } from "../../store/ui-slice";
import { withClipboardActions } from "./clipboard-actions-lazy";
import type { ColumnSet } from "./grid-columns";
import { focusGridCell, rowNode } from "./grid-nodes";
import type { GridRow } from "./grid-rows";
import { copiedText } from "./range-copy";

const ARROWS: Readonly<Record<string, Direction>> = {
  ArrowUp: "up",
  ArrowDown: "down",
  ArrowLeft: "left",
  ArrowRight: "right",
};

interface RangeGrid {
  table: TableId;
  workbook: Workbook;
  columns: ColumnSet;
  /** The grid's rows in display order: pinned first, then the body. */
  rows: readonly GridRow[];
  gridRef: RefObject<AgGridReact<GridRow> | null>;
  cellOf: (node: IRowNode<GridRow> | null | undefined, colId: string) => CellPosition | null;
}

/** Keys with which the grid moves its focus (without Shift+arrows, which extend the range). */
const MOVES = new Set([...Object.keys(ARROWS), "Tab", "Enter", "Home", "End", "PageUp", "PageDown"]);

const samePoint = (a: GridPoint, b: GridPoint) => a.row === b.row && a.col === b.col;

/**
 * Excel's range selection on AG Grid Community, which has none: Shift+arrows and Shift+click extend a
 * rectangle from the anchor, any other focus change starts a new one. The range lives in the store;
 * this hook draws it and copies, clears and pastes over it.
 */
export function useRangeSelection(grid: RangeGrid) {
  const live = useRef(grid);
  live.current = grid;
  /**
   * The cells the range's end has moved through since Shift+arrows or Shift+click started extending it,
   * from the one it grew from. AG Grid reports focus on them late, sometimes twice (once when asked, again
   * when the browser's focus arrives, a frame later and after further Shift+arrows, more so across the
   * frozen columns): such a report keeps the range. A focus anywhere else starts a new one, and so does a
   * keyboard move or a click, which end the chain first.
   */
  const chain = useRef<GridPoint[]>([]);

  const handlers = useMemo(() => {
    const api = (): GridApi<GridRow> | undefined => live.current.gridRef.current?.api;
    const rowOrder = () => live.current.rows.map((r) => r.id);
    const colOrder = () =>
      api()
        ?.getAllDisplayedColumns()
        .map((c) => c.getColId()) ?? [];
    const current = (): GridRange | null => {
      const range = useEditor.getState().range;
      return range?.table === live.current.table ? range : null;
    };
    const select = (anchor: GridPoint, focus: GridPoint) => {
      const rect = rectangle(rowOrder(), colOrder(), { anchor, focus });
      if (rect) useEditor.getState().setRange(live.current.table, anchor, focus, rect);
    };
    /** The grid's focused cell, which can be ahead of the range while AG Grid's focus event is on its way. */
    const focusedPoint = (): GridPoint | null => {
      const grid = api();
      const focused = grid?.getFocusedCell();
      if (!grid || !focused) return null;
      const node =
        focused.rowPinned === "top"
          ? grid.getPinnedTopRow(focused.rowIndex)
          : grid.getDisplayedRowAtIndex(focused.rowIndex);
      const row = node?.data?.id;
      return row ? { row, col: focused.column.getColId() } : null;
    };
    const inChain = (point: GridPoint) => chain.current.some((p) => samePoint(p, point));
    /** What copy, Delete and paste act on: the range, or the focused cell alone once the focus left it. */
    const acted = (): GridRange | null => {
      const range = current();
      const focus = focusedPoint();
      if (!focus || (range && (samePoint(range.focus, focus) || inChain(focus)))) return range;
      const rect = { rows: [focus.row], cols: [focus.col] };
      const { table } = live.current;
      return { table, anchor: focus, focus, rect, rows: new Set(rect.rows), cols: new Set(rect.cols) };
    };
    /** The range while the grid's focus is at its focus end or on its way there (a move in the chain). */
    const ownRange = (): GridRange | null => {
      const range = current();
      const focus = focusedPoint();
      const ours = !focus || (range && samePoint(range.focus, focus)) || chain.current.length > 0;
      return ours ? range : null;
    };
    /** Extends the range to `focus`; the grid focuses that cell next (we do, or the click does). */
    const extendTo = (anchor: GridPoint, focus: GridPoint, moveFocus: boolean) => {
      select(anchor, focus);
      // The cell the range grew from belongs to the chain too: its own focus report (a click's) can come late.
      if (chain.current.length === 0) chain.current.push(anchor);
      chain.current.push(focus);
      const grid = api();
      if (grid && moveFocus) focusGridCell(grid, focus.row, focus.col);
    };
    /** The entered and derived cells a range covers (codes, names and labels hold no values). */
    const cellsOf = (range: GridRange): CellRef[] => {
      const grid = api();
      if (!grid) return [];
      const { table, cellOf } = live.current;
      return range.rect.rows.flatMap((rowId) => {
        const node = rowNode(grid, rowId);
        return range.rect.cols.flatMap((colId) => {
          const cell = cellOf(node, colId);
          return cell ? [{ table, ...cell }] : [];
        });
      });
    };

    const onKey = (p: SuppressKeyboardEventParams<GridRow>): boolean => {
      const e = p.event;
      if (p.editing || e.type !== "keydown") return false;
      const direction = ARROWS[e.key];
      if (direction && e.shiftKey && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        const range = ownRange() ?? acted();
        const from = range?.focus ?? { row: p.data?.id ?? "", col: p.column.getColId() };
        extendTo(range?.anchor ?? from, step(rowOrder(), colOrder(), from, direction), true);
        return true;
      }
      // A move by keyboard starts anew (its focus report must then reset the range, even onto a cell
      // the chain passed); copy, paste and Delete act on the range as it stands.
      if (MOVES.has(e.key)) chain.current = [];
      const range = e.key === "Delete" ? acted() : null;
      if (range && isMultiCell(range.rect)) {
        e.preventDefault();
        const cells = cellsOf(range);
        withClipboardActions((actions) => actions.clearCells(useEditor, cells));
        return true;
      }
      return false;
    };

    const onFocused = (e: CellFocusedEvent<GridRow>) => {
      const colId = typeof e.column === "string" ? e.column : e.column?.getColId();
      const node =
        e.rowIndex == null
          ? null
          : e.rowPinned === "top"
            ? e.api.getPinnedTopRow(e.rowIndex)
            : e.api.getDisplayedRowAtIndex(e.rowIndex);
      const rowId = node?.data?.id;
      if (!colId || !rowId) return;
      const point = { row: rowId, col: colId };
      // The focus landing again on the range's end (the app settling the focus on the selected cell, AG
      // Grid restoring it after a redraw) or late on a cell the end passed is no new selection.
      const range = current();
      if ((range !== null && samePoint(range.focus, point)) || inChain(point)) return;
      chain.current = [];
      select(point, point);
    };

    /** The grid cell a mouse event is on: its row id and column id. */
    const pressed = (e: MouseEvent<HTMLDivElement>): GridPoint | null => {
      const cell = (e.target as HTMLElement).closest(".ag-cell");
      const row = cell?.closest(".ag-row")?.getAttribute("row-id");
      const col = cell?.getAttribute("col-id");
      return row && col ? { row, col } : null;
    };
    /**
     * A right click inside the range keeps it, as in Excel (the browser's menu then copies it all): the
     * grid must not move its focus there, which would start a new range. AG Grid focuses a pressed cell on
     * pointerdown, before the mousedown (whose default would focus it too).
     */
    const insideRange = (point: GridPoint) => {
      const range = current();
      return (
        range !== null && isMultiCell(range.rect) && range.rows.has(point.row) && range.cols.has(point.col)
      );
    };
    const onRightPress = (e: MouseEvent<HTMLDivElement>) => {
      const point = pressed(e);
      if (e.button !== 2 || !point || !insideRange(point)) return;
      e.stopPropagation(); // only the grid is kept from it: the browser's own menu still opens
      if (e.type === "mousedown") e.preventDefault();
    };

    /** Shift+click extends the range to the clicked cell (the grid then focuses it); a click starts anew. */
    const onMouseDown = (e: MouseEvent<HTMLDivElement>) => {
      const point = pressed(e);
      if (!point) return;
      if (e.button !== 0) {
        onRightPress(e);
        return;
      }
      const { row, col } = point;
      // The store's range, not the grid's focused cell: AG Grid has already moved that to the clicked cell.
      const range = current();
      if (!e.shiftKey || !range) {
        chain.current = [];
        select({ row, col }, { row, col });
        return;
      }
      e.preventDefault(); // no text selection from the shift-click
      extendTo(range.anchor, { row, col }, false);
    };

    const onCopy = (e: ClipboardEvent<HTMLDivElement>) => {
      const range = acted();
      if (!range || (e.target as HTMLElement).closest("input, textarea")) return;
      const { workbook, rows, columns } = live.current;
      const byId = new Map(rows.map((r) => [r.id, r]));
      const cells = range.rect.rows.map((rowId) =>
        range.rect.cols.map((colId) => copiedText(workbook, byId.get(rowId), columns.info.get(colId))),
      );
      e.preventDefault();
      e.clipboardData.setData("text/plain", toTsv(cells));
      const count = range.rect.rows.length * range.rect.cols.length;
      useEditor.getState().notify({ kind: "info", text: `已复制 ${count} 个单元格，可粘贴到 Excel/WPS` });
    };

    /** Where a paste goes: the range's top-left cell (the focused cell when nothing more is selected). */
    const pastePlace = (): (Omit<PastePlace, "target"> & { rowIds: string[]; colIds: string[] }) | null => {
      const range = acted();
      const rows = rowOrder();
      const cols = colOrder();
      if (!range) return null;
      const top = rows.indexOf(range.rect.rows[0] ?? "");
      const left = cols.indexOf(range.rect.cols[0] ?? "");
      if (top < 0 || left < 0) return null;
      const info = live.current.columns.info.get(cols[left] ?? "");
      return {
        rowIds: rows.slice(top),
        colIds: cols.slice(left),
        rows: rows.length - top,
        height: range.rect.rows.length,
        width: range.rect.cols.length,
        column: info?.role === "value" && info.col !== undefined ? info.col : null,
      };
    };

    const inRange = (p: CellClassParams<GridRow>) => {
      const range = current();
      return (
        range !== null &&
        isMultiCell(range.rect) &&
        range.rows.has(p.data?.id ?? "") &&
        range.cols.has(p.column.getColId())
      );
    };

    return { onKey, onFocused, onMouseDown, onRightPress, onCopy, pastePlace, inRange };
  }, []);

  // Redraws the cells that enter or leave the range; keeps the range on its cells when rows change.
  useEffect(() => {
    const unsubscribe = useEditor.subscribe((state, previous) => {
      const api = live.current.gridRef.current?.api;
      if (!api || state.range === previous.range) return;
      // A single cell is not drawn: moving the focus alone (typing, Enter, arrows) redraws nothing.
      const touched = [previous.range, state.range].filter(
        (r) => r?.table === live.current.table && isMultiCell(r.rect),
      );
      if (touched.length === 0) return;
      const rowIds = new Set(touched.flatMap((r) => r?.rect.rows ?? []));
      const colIds = new Set(touched.flatMap((r) => r?.rect.cols ?? []));
      const nodes = [...rowIds].flatMap((id) => rowNode(api, id) ?? []);
      if (nodes.length > 0) api.refreshCells({ rowNodes: nodes, columns: [...colIds], force: true });
    });
    return unsubscribe;
  }, []);

  const { rows, table } = grid;
  useEffect(() => {
    const range = useEditor.getState().range;
    const api = live.current.gridRef.current?.api;
    if (!range || range.table !== table || !api) return;
    const cols = api.getAllDisplayedColumns().map((c) => c.getColId());
    const rect = rectangle(
      rows.map((r) => r.id),
      cols,
      range,
    );
    if (rect) useEditor.getState().setRange(table, range.anchor, range.focus, rect);
    else useEditor.setState({ range: null });
  }, [rows, table]);

  return handlers;
}
