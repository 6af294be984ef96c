/**
 * Runs `callback` in the task after the next frame: work that must not delay what the user sees first
 * (evaluating the checks of a document just opened). Hidden tabs paint no frames, so a timeout stands
 * in for one. Returns a function that cancels the call.
 */
export function afterNextPaint(callback: () => void, fallbackMs = 100): () => void {
  let done = false;
  const fire = () => {
    if (done) return;
    done = true;
    callback();
  };
  const frame = requestAnimationFrame(() => setTimeout(fire, 0));
  const fallback = setTimeout(fire, fallbackMs);
  return () => {
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(fallback);
  };
}

/**
 * Runs `callback` once the browser has painted the next frame and has nothing more urgent to do: work
 * that must not delay what the user sees (saving after an edit) goes there. Hidden tabs paint no frames,
 * so a timeout stands in for one. Returns a function that cancels the call.
 */
export function whenPaintedAndIdle(callback: () => void, fallbackMs = 1000): () => void {
  let done = false;
  const fire = () => {
    if (done) return;
    done = true;
    callback();
  };
  const idle = () => {
    // After the frame: an idle period, or at the latest 200 ms later.
    if (typeof requestIdleCallback === "function") requestIdleCallback(fire, { timeout: 200 });
    else setTimeout(fire, 0);
  };
  const frame = requestAnimationFrame(idle);
  const fallback = setTimeout(fire, fallbackMs);
  return () => {
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(fallback);
  };
}

/**
 * `afterNextPaint` in the browser; elsewhere (unit tests, the command line) at once: store work that
 * only has to keep up with what is painted.
 */
export const afterPaintOrNow: (run: () => void) => void =
  typeof requestAnimationFrame === "function"
    ? (run) => {
        afterNextPaint(run);
      }
    : (run) => run();
