import { type RefObject, useEffect, useRef } from "react";

/**
 * Keeps the sticky toolbar's height in `--pub-toolbar-height` on the scrolling view, so that a part's
 * heading scrolled to (the left nav) stops below the toolbar at any width, however the toolbar wraps.
 */
export function useToolbarHeight(view: RefObject<HTMLElement | null>) {
  const toolbar = useRef<HTMLElement>(null);
  useEffect(() => {
    const bar = toolbar.current;
    if (!bar) return;
    const observer = new ResizeObserver(() =>
      view.current?.style.setProperty("--pub-toolbar-height", `${bar.offsetHeight}px`),
    );
    observer.observe(bar);
    return () => observer.disconnect();
  }, [view]);
  return toolbar;
}
