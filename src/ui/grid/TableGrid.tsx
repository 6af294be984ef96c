import type { ColDef, GridApi, IRowNode } from "ag-grid-community";
import { AgGridReact } from "ag-grid-react";
import { type ClipboardEvent, useEffect, useMemo, useRef, useState } from "react";
import { type CellId, parseCellId } from "../../domain/engine/cell-id";
import { tableOf } from "../../domain/templates/structure";
import type { TableId } from "../../domain/templates/types";
import { rowKeysIn, touchesRows } from "../../domain/workbook/change-set";
import { documentCodeDisplay } from "../../domain/workbook/document-info";
import type { Workbook } from "../../domain/workbook/workbook";
import { useEditor } from "../../store/store";
import { gridLocale, gridTheme } from "./ag-setup";
import { withClipboardActions } from "./clipboard-actions-lazy";
import { valueColumnId } from "./column-info";
import { useColumnSizes } from "./column-sizes";
import { focusSelection, settleFocus } from "./focus-cell";
import { buildColumns } from "./grid-columns";
import { gridHandlers } from "./grid-handlers";
import { GridKeyboard } from "./grid-keyboard";
import { rowNode } from "./grid-nodes";
import { bodyRows, type GridRow, keepUntouched, pinnedRows } from "./grid-rows";
import { keyQueue } from "./key-queue";
import { typingHost } from "./typing-host";
import { useFitToBodyWidth } from "./use-fit-to-body-width";
import { useRangeSelection } from "./use-range-selection";

const getRowId = (p: { data: GridRow }) => p.data.id;
/**
 * Columns share the width the grid has (never below their minimum), as on the printed page. Continuous:
 * AG Grid fits them again when the grid is resized or shown and when new column widths arrive; the body's
 * width is watched as well, for a vertical scrollbar that comes or goes (`useFitToBodyWidth`).
 */
const FIT_WIDTH = { type: "fitGridWidth", continuous: true } as const;
const rowClass = (p: { data?: GridRow }) => (p.data ? `row-${p.data.kind}` : undefined);

/** Where each row key sits in the grid: the grid row id and the pane. */
function locate(rows: readonly GridRow[]): Map<string, { rowId: string; pane: number }> {
  const where = new Map<string, { rowId: string; pane: number }>();
  for (const row of rows) {
    row.rows.forEach((key, pane) => {
      if (key) where.set(key, { rowId: row.id, pane });
    });
  }
  return where;
}

/** Cells in one of the two sets only: those whose look changes when `before` becomes `after`. */
function changedIds(before: ReadonlySet<CellId>, after: ReadonlySet<CellId>): CellId[] {
  const changed: CellId[] = [];
  for (const id of before) if (!after.has(id)) changed.push(id);
  for (const id of after) if (!before.has(id)) changed.push(id);
  return changed;
}

/** Redraws the given cells of this table (others are skipped): never the whole grid for a few cells. */
function refreshCellIds(
  api: GridApi<GridRow>,
  where: ReadonlyMap<string, { rowId: string; pane: number }>,
  table: TableId,
  ids: Iterable<CellId>,
): void {
  const nodes = new Set<IRowNode<GridRow>>();
  const colIds = new Set<string>();
  for (const id of ids) {
    const cell = parseCellId(id);
    const at = cell.table === table ? where.get(cell.row) : undefined;
    const node = at && rowNode(api, at.rowId);
    if (!at || !node) continue;
    nodes.add(node);
    colIds.add(valueColumnId(at.pane, cell.col));
  }
  if (nodes.size > 0) api.refreshCells({ rowNodes: [...nodes], columns: [...colIds], force: true });
}

/** The grid's own keys and class rules, with the range's before them (Shift+arrows, Delete). */
function withRange(base: ColDef<GridRow>, range: ReturnType<typeof useRangeSelection>): ColDef<GridRow> {
  return {
    ...base,
    suppressKeyboardEvent: (p) => range.onKey(p) || (base.suppressKeyboardEvent?.(p) ?? false),
    cellClassRules: { ...base.cellClassRules, "cell-in-range": range.inRange },
  };
}

interface TableGridProps {
  table: TableId;
  active: boolean;
  workbook: Workbook;
  /** Called once the grid has drawn its first rows. */
  onFirstRows: () => void;
}

/**
 * AG Grid renders and edits; the store owns the data. Changed cells are refreshed one by one, added and
 * removed rows come and go alone.
 */
export function TableGrid({ table, active, workbook, onFirstRows }: TableGridProps) {
  const gridRef = useRef<AgGridReact<GridRow>>(null);
  const template = tableOf(workbook.template, table);
  const sizes = useColumnSizes(workbook, table);
  // 文档信息 changes the display in place (the workbook stays): read it on every change of the store.
  const codeDisplay = useEditor(() => documentCodeDisplay(workbook.doc));
  const columns = useMemo(
    () => buildColumns(template, workbook.doc.tables[table]?.columnLabels, sizes, codeDisplay),
    [template, workbook, table, sizes, codeDisplay],
  );
  const hostRef = useRef<HTMLDivElement>(null);
  const watchBodyWidth = useFitToBodyWidth(hostRef, gridRef);
  const keyboard = useMemo(
    () =>
      new GridKeyboard(
        typingHost(
          workbook,
          columns,
          () => gridRef.current?.api,
          () => hostRef.current,
        ),
        keyQueue(table),
      ),
    [workbook, columns, table],
  );
  const handlers = useMemo(
    () => gridHandlers(table, workbook, columns, keyboard),
    [table, workbook, columns, keyboard],
  );
  const pinned = useMemo(() => pinnedRows(template), [template]);
  const [body, setBody] = useState(() => bodyRows(template, workbook));
  const rows = useMemo(() => [...pinned, ...body], [pinned, body]);
  const where = useMemo(() => locate(rows), [rows]);
  const range = useRangeSelection({ table, workbook, columns, rows, gridRef, cellOf: handlers.cellOf });
  const defaultColDef = useMemo(() => withRange(handlers.defaultColDef, range), [handlers, range]);

  useEffect(() => setBody(bodyRows(template, workbook)), [template, workbook]);

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    host.addEventListener("keydown", keyboard.onKeyDownCapture, true);
    host.addEventListener("focusin", keyboard.onFocusIn);
    return () => {
      host.removeEventListener("keydown", keyboard.onKeyDownCapture, true);
      host.removeEventListener("focusin", keyboard.onFocusIn);
    };
  }, [keyboard]);

  useEffect(
    () =>
      useEditor.subscribe((state, previous) => {
        const api = gridRef.current?.api;
        if (!api || state.revision === previous.revision || state.workbook !== workbook) return;
        const change = state.lastChange;
        if (change.reset) {
          setBody(bodyRows(template, workbook));
          api.refreshCells({ force: true });
          return;
        }
        if (touchesRows(change, table))
          setBody((before) => keepUntouched(before, bodyRows(template, workbook), rowKeysIn(change, table)));
        refreshCellIds(api, where, table, change.changed);
      }),
    [workbook, template, table, where],
  );

  // Restores the focused cell when the table is shown again, and follows focus requests (findings).
  useEffect(() => {
    const focusSelected = () =>
      settleFocus(
        () => gridRef.current?.api,
        () => hostRef.current,
        table,
        where,
        pinned,
      );
    if (active) focusSelected();
    return useEditor.subscribe((state, previous) => {
      const api = gridRef.current?.api;
      if (api && state.highlight !== previous.highlight)
        refreshCellIds(api, where, table, changedIds(previous.highlight.cells, state.highlight.cells));
      if (api && state.errorCells !== previous.errorCells)
        refreshCellIds(api, where, table, changedIds(previous.errorCells, state.errorCells));
      if (state.focusRequest !== previous.focusRequest && state.focusRequest?.table === table) {
        requestAnimationFrame(focusSelected);
      }
    });
  }, [active, table, where, pinned]);

  const onPaste = (e: ClipboardEvent<HTMLDivElement>) => {
    const api = gridRef.current?.api;
    const place = range.pastePlace();
    if (!api || !place || (e.target as HTMLElement).closest("input, textarea")) return;
    e.preventDefault();
    const text = e.clipboardData.getData("text/plain");
    const target = (r: number, c: number) => {
      const rowId = place.rowIds[r];
      const colId = place.colIds[c];
      return rowId && colId ? handlers.cellOf(rowNode(api, rowId), colId) : null;
    };
    withClipboardActions((actions) => actions.pasteText(useEditor, table, text, { ...place, target }));
  };

  return (
    <div
      className="grid-host"
      ref={hostRef}
      onPaste={onPaste}
      onCopy={range.onCopy}
      onMouseDownCapture={range.onMouseDown}
      onPointerDownCapture={range.onRightPress}
      data-testid={`grid-${table}`}
    >
      <AgGridReact<GridRow>
        ref={gridRef}
        theme={gridTheme}
        localeText={gridLocale}
        columnDefs={columns.defs}
        defaultColDef={defaultColDef}
        rowData={body}
        pinnedTopRowData={pinned}
        getRowId={getRowId}
        getRowClass={rowClass}
        onCellFocused={(e) => {
          handlers.onCellFocused(e);
          range.onFocused(e);
        }}
        enterNavigatesVertically
        stopEditingWhenCellsLoseFocus
        suppressColumnVirtualisation
        autoSizeStrategy={FIT_WIDTH}
        onFirstDataRendered={() => {
          watchBodyWidth();
          onFirstRows();
          // Keys typed on the placeholder table: into the cell picked there, in order.
          const api = gridRef.current?.api;
          if (api && keyboard.queue.size > 0) {
            focusSelection(api, table, where, pinned);
            keyboard.replay();
          }
        }}
        animateRows={false}
        rowBuffer={4}
        tooltipShowDelay={400}
      />
    </div>
  );
}
