import { useEffect } from "react";
import { useEditor } from "../store/store";

/** Below this width the side panel would squeeze the grid's amount columns: it starts folded. */
const NARROW = "(max-width: 1399px)";

/**
 * On a small screen (1280×720, 1024×768) the side panel folds to its strip, on opening and whenever the
 * window becomes narrow, so the grid shows every amount column; the strip (or any 批注/对比 action)
 * opens it again.
 */
export function useFoldOnNarrowScreen(): void {
  useEffect(() => {
    const query = window.matchMedia(NARROW);
    const fold = () => {
      if (query.matches) useEditor.getState().setChecksOpen(false);
    };
    fold();
    query.addEventListener("change", fold);
    return () => query.removeEventListener("change", fold);
  }, []);
}
