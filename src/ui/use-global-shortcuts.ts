import { useEffect } from "react";
import { useEditor } from "../store/store";

/** Ctrl+Z / Ctrl+Y (and Ctrl+Shift+Z) outside the grid and outside text fields; F6 / Shift+F6 anywhere. */
export function useGlobalShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "F6") {
        e.preventDefault();
        // Loaded on first use: keyboard region moves are not needed to show the first table.
        void import("./regions").then((m) => m.cycleRegion(e.shiftKey));
        return;
      }
      if (!(e.ctrlKey || e.metaKey)) return;
      const target = e.target as HTMLElement | null;
      if (target?.closest("input, textarea, .ag-root-wrapper")) return;
      const key = e.key.toLowerCase();
      if (key !== "z" && key !== "y") return;
      e.preventDefault();
      const { undo, redo } = useEditor.getState();
      if (key === "y" || e.shiftKey) redo();
      else undo();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}
