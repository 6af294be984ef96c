import { useEffect } from "react";
import type { CellId } from "../../domain/engine/cell-id";
import { useEditor } from "../../store/store";
import { jumpToCell } from "./navigate";

/** 返回: one step back along the trace path (the cell before the last jump). */
export function traceBack(): void {
  const previous = useEditor.getState().popTrace();
  if (previous) jumpToCell(previous);
}

/** Follows a trace step: the path grows by the cell, and the cell is selected (its table shown). */
export function traceTo(id: CellId): void {
  useEditor.getState().pushTrace(id);
  jumpToCell(id);
}

function inTextField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest("input, textarea, .ag-cell-inline-editing") !== null;
}

/**
 * Keys while the trace panel is open: Alt+← (anywhere) or Backspace (in the panel; in the grid it clears
 * the cell) goes back; Alt+↑ follows the first 来源, Alt+↓ the first 去向. Captured before the grid sees them.
 */
export function useTraceKeys(first: { source: CellId | null; target: CellId | null }): void {
  const { source, target } = first;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (inTextField(e.target)) return;
      const inPanel = e.target instanceof HTMLElement && e.target.closest(".trace-panel") !== null;
      let act: (() => void) | null = null;
      if ((e.altKey && e.key === "ArrowLeft") || (inPanel && e.key === "Backspace")) act = traceBack;
      else if (e.altKey && e.key === "ArrowUp" && source) act = () => traceTo(source);
      else if (e.altKey && e.key === "ArrowDown" && target) act = () => traceTo(target);
      if (!act) return;
      e.preventDefault();
      e.stopPropagation();
      act();
    };
    window.addEventListener("keydown", onKey, true);
    return () => window.removeEventListener("keydown", onKey, true);
  }, [source, target]);
}
