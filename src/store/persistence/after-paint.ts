/**
 * Runs `callback` once the browser has painted the next frame: work that must not delay what the user
 * sees (saving after an edit) goes there. Hidden tabs paint no frames, so a timeout stands in for one.
 * Returns a function that cancels the call.
 */
export function afterNextPaint(callback: () => void, fallbackMs = 100): () => void {
  let done = false;
  const fire = () => {
    if (done) return;
    done = true;
    callback();
  };
  // A task queued from a frame callback runs after that frame's style, layout and paint.
  const frame = requestAnimationFrame(() => setTimeout(fire, 0));
  const fallback = setTimeout(fire, fallbackMs);
  return () => {
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(fallback);
  };
}
