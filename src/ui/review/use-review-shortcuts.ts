import { useEffect } from "react";
import { cellAnchor } from "../../domain/review/thread-basics";
import { useEditor } from "../../store/store";

/** Shift+F2 (as in Excel and WPS): a comment on the selected cell, from the grid or anywhere else. */
export function useReviewShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "F2" || !e.shiftKey) return;
      const { activeTable, selection, startComment } = useEditor.getState();
      const selected = selection[activeTable];
      if (!selected) return;
      e.preventDefault();
      e.stopPropagation();
      startComment(cellAnchor(activeTable, selected.row, selected.col));
    };
    // Capture phase: the grid would otherwise take F2 to start editing.
    window.addEventListener("keydown", onKey, true);
    return () => window.removeEventListener("keydown", onKey, true);
  }, []);
}
