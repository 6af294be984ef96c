import type { StateCreator } from "zustand";
import type { ColKey, RowKey, TableId } from "../domain/templates/types";
import type { EditorState } from "./store";

export interface CellPosition {
  row: RowKey;
  col: ColKey;
}

export interface Message {
  kind: "info" | "error" | "warning";
  text: string;
  /** A choice the message offers (仍然填入): a button beside the text that dismisses it and runs. */
  action?: { label: string; run: () => void };
}

export interface UiSlice {
  activeTable: TableId;
  /** Tables opened at least once: their grids stay mounted so scroll and focus survive switching. */
  visitedTables: TableId[];
  selection: Partial<Record<TableId, CellPosition>>;
  /**
   * The 科目 row of the grid's focused cell, also on its code and name cells (which hold no amount and so
   * are no selection): what 删除科目 removes.
   */
  focusedRow: Partial<Record<TableId, RowKey>>;
  message: Message | null;
  /** The 审核结果 panel is open (it can be folded to give the grid the width). */
  checksOpen: boolean;
  /** Counts changes of the 科目目录 editions or of the open document's choice: names and suggestions follow. */
  catalogRevision: number;
  setChecksOpen: (open: boolean) => void;
  showTable: (table: TableId) => void;
  /** Null: the focus is on a cell without an amount (code, name, 栏次), nothing to describe or edit. */
  select: (table: TableId, position: CellPosition | null) => void;
  focusRow: (table: TableId, row: RowKey | null) => void;
  notify: (message: Message | null) => void;
}

export const createUiSlice: StateCreator<EditorState, [], [], UiSlice> = (set) => ({
  activeTable: "01",
  visitedTables: ["01"],
  selection: {},
  focusedRow: {},
  message: null,
  checksOpen: true,
  catalogRevision: 0,
  setChecksOpen: (checksOpen) => set({ checksOpen }),
  showTable: (table) =>
    set((s) => ({
      activeTable: table,
      // Choosing a table leaves a 培训 page (结构图, 名词解释); the cell-role view follows the table.
      mainView: s.mainView === "roles" ? "roles" : "tables",
      visitedTables: s.visitedTables.includes(table) ? s.visitedTables : [...s.visitedTables, table],
    })),
  select: (table, position) =>
    set((s) => ({ selection: { ...s.selection, [table]: position ?? undefined } })),
  focusRow: (table, row) => set((s) => ({ focusedRow: { ...s.focusedRow, [table]: row ?? undefined } })),
  notify: (message) => set({ message }),
});
