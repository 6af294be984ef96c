import type { AgGridReact } from "ag-grid-react";
import { type RefObject, useCallback, useEffect, useRef } from "react";

/** The strip under the body whose width is the width the columns share (less the vertical scrollbar). */
const BODY_WIDTH_SELECTOR = ".ag-body-horizontal-scroll-viewport";

/**
 * Fits the columns again whenever the body's width changes, a vertical scrollbar coming or going included.
 *
 * AG Grid's continuous fitGridWidth means to do this, but it ignores a scrollbar change that lands in the
 * frame after its own fit, taking it for an echo of that fit. When the first rows bring the vertical
 * scrollbar in that frame (it depends on the machine's timing: seen in full test runs and in CI, never
 * alone), the columns keep the width without the scrollbar and 03 scrolls sideways by the scrollbar's 15 px
 * until the window is resized. Watching the strip's own size does not depend on that timing.
 *
 * Returns `watch`, to call once the grid has drawn its body.
 */
export function useFitToBodyWidth<Row>(
  host: RefObject<HTMLElement | null>,
  grid: RefObject<AgGridReact<Row> | null>,
): () => void {
  const observer = useRef<ResizeObserver | null>(null);
  useEffect(() => () => observer.current?.disconnect(), []);
  return useCallback(() => {
    const strip = host.current?.querySelector(BODY_WIDTH_SELECTOR);
    if (!strip || observer.current) return;
    let width = strip.clientWidth;
    observer.current = new ResizeObserver(() => {
      // A hidden table reports 0: keep its columns for when it is shown again.
      if (strip.clientWidth === 0 || strip.clientWidth === width) return;
      width = strip.clientWidth;
      const api = grid.current?.api;
      if (api && !api.isDestroyed()) api.sizeColumnsToFit();
    });
    observer.current.observe(strip);
  }, [host, grid]);
}
