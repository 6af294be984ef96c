import type { GridApi, IRowNode } from "ag-grid-community";
import type { GridRow } from "./grid-rows";
import { type KeyItem, type KeyQueue, keyItem } from "./key-queue";

/** What the keyboard model needs of its grid. */
export interface KeyboardHost {
  api(): GridApi<GridRow> | undefined;
  element(): HTMLElement | null;
  /** The cell is an entered cell: Tab stops there. */
  entered(node: IRowNode<GridRow>, colId: string): boolean;
  /** Typing may change the cell now; otherwise `refuse` says why not. */
  editable(node: IRowNode<GridRow>, colId: string): boolean;
  refuse(node: IRowNode<GridRow>, colId: string): void;
}

/** A cell in the grid's own order: pinned rows first, then the body rows as displayed. */
interface Spot {
  index: number;
  colId: string;
}

const samePlace = (a: Spot | null, b: Spot | null) =>
  a !== null && b !== null && a.index === b.index && a.colId === b.colId;

/**
 * Typing into the grid as in Excel, with no keystroke lost or reordered.
 *
 * AG Grid starts an editor on the first printable key, but the editor takes the focus only after it has
 * been rendered; keys typed in between reach the cell, which ignores them while it is editing (9001 came
 * out as 1.00). Keys arriving in that window are queued (capture phase, before AG Grid sees them) and
 * replayed into the editor once it has the focus, moves included. Enter, Tab and, in an edit started by
 * typing, the arrow keys commit the edit here and move at once; Tab visits entered cells only and leaves
 * the grid after the last one.
 */
export class GridKeyboard {
  /** An edit was started by a key and its editor does not have the focus yet. */
  private pending = false;
  /** The cell whose edit was started by typing (arrows commit it), if one is being edited. */
  private typingAt: Spot | null = null;

  constructor(
    private readonly host: KeyboardHost,
    readonly queue: KeyQueue,
  ) {}

  /** Keydown on the grid host, capture phase: queues keys while an edit is starting. */
  readonly onKeyDownCapture = (e: KeyboardEvent): void => {
    if (!this.pending) return;
    const api = this.host.api();
    if (!api || api.getEditingCells().length === 0) {
      this.pending = false; // the edit did not start: nothing to wait for
      return;
    }
    if (this.editorInput()) return;
    const item = keyItem(e);
    if (!item) return;
    e.preventDefault();
    e.stopPropagation();
    this.queue.push(item);
  };

  /** Focus reached a cell editor: what was typed meanwhile goes into it, in order. */
  readonly onFocusIn = (): void => {
    if (!this.editorInput()) return;
    this.pending = false;
    if (this.queue.size > 0) queueMicrotask(() => this.replay());
  };

  /**
   * AG Grid's suppressKeyboardEvent for Enter, Tab, arrows and printable keys on a cell: true when the
   * key was handled here.
   */
  handleCellKey(
    e: KeyboardEvent,
    editing: boolean,
    node: IRowNode<GridRow> | undefined,
    colId: string,
  ): boolean {
    const api = this.host.api();
    const item = keyItem(e);
    if (!api || !item) return false;
    if (editing) {
      if (item.kind !== "nav" || item.key === "Escape") return false;
      const arrow = item.key.startsWith("Arrow");
      if (arrow && !samePlace(this.typingAt, this.focused(api))) return false; // F2: arrows move the caret
      e.preventDefault();
      this.commitAndMove(api, item);
      return true;
    }
    if (item.kind === "nav") {
      if (item.key !== "Tab") return false;
      e.preventDefault();
      this.move(api, item);
      return true;
    }
    if (!node) return false;
    if (!this.host.editable(node, colId)) {
      e.preventDefault();
      this.host.refuse(node, colId);
      return true;
    }
    this.pending = true;
    this.typingAt = this.focused(api);
    return false; // AG Grid starts the editor with this key
  }

  /** Replays queued keys from the focused cell (after the editor attached, or the grid replaced the placeholder). */
  replay(): void {
    const api = this.host.api();
    if (!api) return;
    while (this.queue.size > 0) {
      if (api.getEditingCells().length > 0) {
        const input = this.editorInput();
        if (!input) {
          this.pending = true; // resumed by onFocusIn, or by the next frame if the editor takes no focus
          requestAnimationFrame(() => this.resume());
          return;
        }
        // Setting the value puts the caret at its end; AG Grid's editor takes it from the input event.
        input.value += this.queue.takeText();
        input.dispatchEvent(new Event("input", { bubbles: true }));
        const next = this.queue.take();
        if (next?.kind === "nav") this.commitAndMove(api, next);
        continue;
      }
      const next = this.queue.take();
      if (next?.kind === "nav") this.move(api, next);
      else if (next && !this.startTyping(api, next.ch)) this.queue.clear();
    }
  }

  /** The editor was started for replayed keys: give it the focus if it has not taken it, and go on. */
  private resume(): void {
    const api = this.host.api();
    if (!api || this.queue.size === 0 || this.editorInput()) return;
    const input = this.host.element()?.querySelector<HTMLInputElement>(".ag-cell-inline-editing input");
    if (input) input.focus();
    else if (api.getEditingCells().length > 0) {
      requestAnimationFrame(() => this.resume());
      return;
    }
    this.pending = false;
    this.replay();
  }

  private startTyping(api: GridApi<GridRow>, key: string): boolean {
    const at = this.focused(api);
    const node = at && this.rowAt(api, at.index);
    if (!at || !node) return false;
    if (!this.host.editable(node, at.colId)) {
      this.host.refuse(node, at.colId);
      return false;
    }
    this.pending = true;
    this.typingAt = at;
    const pinned = api.getPinnedTopRowCount();
    api.startEditingCell({
      rowIndex: at.index < pinned ? at.index : at.index - pinned,
      colKey: at.colId,
      rowPinned: at.index < pinned ? "top" : null,
      key,
    });
    return true;
  }

  private commitAndMove(api: GridApi<GridRow>, item: KeyItem & { kind: "nav" }): void {
    const from = this.focused(api);
    api.stopEditing(item.key === "Escape");
    this.typingAt = null;
    if (from && item.key !== "Escape") this.move(api, item, from);
  }

  private move(api: GridApi<GridRow>, item: KeyItem & { kind: "nav" }, from = this.focused(api)): void {
    if (!from) return;
    const columns = api.getAllDisplayedColumns().map((c) => c.getColId());
    if (item.key === "Tab") {
      const next = this.nextEntered(api, from, columns, item.shift ? -1 : 1);
      const element = this.host.element();
      if (next) this.focusAt(api, next);
      // Loaded when first needed: leaving the grid by Tab is rare next to typing.
      else if (element) void import("./leave-element").then((m) => m.leaveElement(element, item.shift));
      return;
    }
    const step = item.key === "ArrowUp" || (item.key === "Enter" && item.shift) ? -1 : 1;
    if (item.key === "ArrowLeft" || item.key === "ArrowRight") {
      const col = columns[columns.indexOf(from.colId) + (item.key === "ArrowLeft" ? -1 : 1)];
      this.focusAt(api, col ? { index: from.index, colId: col } : from);
      return;
    }
    if (item.key === "Escape") return;
    this.focusAt(api, this.vertical(api, from, step));
  }

  /** The next row up or down that holds cells (the 栏次 line does not). */
  private vertical(api: GridApi<GridRow>, from: Spot, step: number): Spot {
    const count = api.getPinnedTopRowCount() + api.getDisplayedRowCount();
    for (let index = from.index + step; index >= 0 && index < count; index += step) {
      if (this.rowAt(api, index)?.data?.kind !== "lane") return { index, colId: from.colId };
    }
    return from;
  }

  /** The next entered cell in reading order (backwards for Shift+Tab); null past the last one. */
  private nextEntered(api: GridApi<GridRow>, from: Spot, columns: string[], step: number): Spot | null {
    const count = api.getPinnedTopRowCount() + api.getDisplayedRowCount();
    let index = from.index;
    let col = columns.indexOf(from.colId);
    for (;;) {
      col += step;
      if (col < 0 || col >= columns.length) {
        index += step;
        col = step > 0 ? 0 : columns.length - 1;
        if (index < 0 || index >= count) return null;
      }
      const node = this.rowAt(api, index);
      const colId = columns[col] as string;
      if (node && this.host.entered(node, colId)) return { index, colId };
    }
  }

  private rowAt(api: GridApi<GridRow>, index: number): IRowNode<GridRow> | undefined {
    const pinned = api.getPinnedTopRowCount();
    return index < pinned ? api.getPinnedTopRow(index) : api.getDisplayedRowAtIndex(index - pinned);
  }

  private focused(api: GridApi<GridRow>): Spot | null {
    const cell = api.getFocusedCell();
    if (!cell || cell.rowPinned === "bottom") return null;
    const index = cell.rowPinned === "top" ? cell.rowIndex : api.getPinnedTopRowCount() + cell.rowIndex;
    return { index, colId: cell.column.getColId() };
  }

  private focusAt(api: GridApi<GridRow>, at: Spot): void {
    const pinned = api.getPinnedTopRowCount();
    // Only a move to another column scrolls sideways (a column already in view is left where it is).
    if (api.getFocusedCell()?.column.getColId() !== at.colId) api.ensureColumnVisible(at.colId);
    if (at.index < pinned) {
      api.setFocusedCell(at.index, at.colId, "top");
      return;
    }
    api.ensureIndexVisible(at.index - pinned);
    api.setFocusedCell(at.index - pinned, at.colId);
  }

  /** The cell editor's input when it has the focus. */
  private editorInput(): HTMLInputElement | null {
    const active = document.activeElement;
    const element = this.host.element();
    return active instanceof HTMLInputElement && element?.contains(active) && active.closest(".ag-cell")
      ? active
      : null;
  }
}
