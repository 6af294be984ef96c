import type { StateCreator } from "zustand";
import { CheckSession, type Finding, HEADER_ROW, NAME_COL } from "../domain/checks";
import { type CellId, cellId } from "../domain/engine/cell-id";
import { rowColumns, tableOf } from "../domain/templates/structure";
import type { ColKey, RowKey, TableId } from "../domain/templates/types";
import type { ChangeSet } from "../domain/workbook/change-set";
import type { Workbook } from "../domain/workbook/workbook";
import { afterPaintOrNow } from "./after-paint";
import type { EditorState } from "./store";

export interface FocusRequest {
  table: TableId;
  row: RowKey;
  col: ColKey;
  nonce: number;
}

export interface ChecksSlice {
  /** Null until the open document's first evaluation has run. */
  checks: CheckSession | null;
  findings: readonly Finding[];
  /** Cells where an error is (the first cell of each error finding): shown in red in the grid. */
  errorCells: ReadonlySet<CellId>;
  /** The finding being shown and every cell it involves. */
  highlight: { key: string | null; cells: ReadonlySet<CellId> };
  focusRequest: FocusRequest | null;
  startChecks: (workbook: Workbook) => void;
  /**
   * Re-evaluates what one change set reaches; returns the findings and error cells to commit with it
   * (nothing when no finding changed). The caller commits them in its own `set`.
   */
  checksAfter: (change: ChangeSet) => Partial<ChecksSlice>;
  showFinding: (finding: Finding, cellIndex?: number) => void;
  focusCell: (table: TableId, row: RowKey, col: ColKey) => void;
  clearHighlight: () => void;
}

const NO_HIGHLIGHT = { key: null, cells: new Set<CellId>() };

export const createChecksSlice: StateCreator<EditorState, [], [], ChecksSlice> = (set, get) => ({
  checks: null,
  findings: [],
  errorCells: new Set<CellId>(),
  highlight: NO_HIGHLIGHT,
  focusRequest: null,

  startChecks: (workbook) => {
    set({ checks: null, findings: [], errorCells: new Set(), highlight: NO_HIGHLIGHT });
    // In the browser after the document's first frame: opening shows the tables without waiting.
    afterPaintOrNow(() => {
      // Edits made meanwhile are in the workbook already; another document opened meanwhile wins.
      if (get().workbook !== workbook || get().checks !== null) return;
      const checks = new CheckSession(workbook);
      const findings = checks.findings();
      set({ checks, findings, errorCells: errorCellsOf(findings) });
      // Once the findings are painted: the indexes the first edit would otherwise wait for.
      afterPaintOrNow(() => {
        if (get().checks === checks) checks.prepareEdits();
      });
    });
  },

  checksAfter: (change) => {
    const { checks } = get();
    if (!checks) return {};
    checks.update(change);
    const findings = checks.findings();
    if (findings === get().findings) return {};
    const errorCells = errorCellsOf(findings);
    return sameSet(errorCells, get().errorCells) ? { findings } : { findings, errorCells };
  },

  showFinding: (finding, cellIndex = 0) => {
    const cells = new Set(finding.cells.map((c) => cellId(c.table, c.row, c.col)));
    set({ highlight: { key: finding.key, cells } });
    const target = finding.cells[cellIndex] ?? finding.cells[0];
    const workbook = get().workbook;
    if (!target || !workbook) return;
    if (target.row === HEADER_ROW || !workbook.hasRow(target.table, target.row)) {
      get().showTable(target.table);
      return;
    }
    // A name finding points at the row's name: focus the row's first amount cell instead.
    const col =
      target.col === NAME_COL
        ? rowColumns(tableOf(workbook.template, target.table), target.row)[0]
        : target.col;
    if (col) get().focusCell(target.table, target.row, col);
  },

  focusCell: (table, row, col) => {
    get().showTable(table);
    get().select(table, { row, col });
    set((s) => ({ focusRequest: { table, row, col, nonce: (s.focusRequest?.nonce ?? 0) + 1 } }));
  },

  clearHighlight: () => set({ highlight: NO_HIGHLIGHT }),
});

function errorCellsOf(findings: readonly Finding[]): Set<CellId> {
  const cells = new Set<CellId>();
  for (const finding of findings) {
    const first = finding.cells[0];
    if (finding.severity === "error" && first) cells.add(cellId(first.table, first.row, first.col));
  }
  return cells;
}

function sameSet(a: ReadonlySet<CellId>, b: ReadonlySet<CellId>): boolean {
  if (a.size !== b.size) return false;
  for (const item of a) if (!b.has(item)) return false;
  return true;
}
