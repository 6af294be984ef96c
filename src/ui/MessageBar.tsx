import { useEffect } from "react";
import { useEditor } from "../store/store";

/** One line of feedback: refusals in red, stays until the next action or a few seconds; may offer a choice. */
export function MessageBar() {
  const message = useEditor((s) => s.message);
  const notify = useEditor((s) => s.notify);
  useEffect(() => {
    if (!message) return;
    // A message with a choice stays long enough to read it and decide.
    const shown = message.action ? 30000 : message.kind === "error" ? 12000 : 6000;
    const timer = window.setTimeout(() => notify(null), shown);
    return () => window.clearTimeout(timer);
  }, [message, notify]);
  return (
    <div
      className={`message-bar ${message?.kind ?? ""}`}
      role="status"
      aria-live="polite"
      data-testid="message"
    >
      {message?.text ?? ""}
      {message?.action && (
        <button
          type="button"
          className="message-action"
          onClick={() => {
            notify(null);
            message.action?.run();
          }}
        >
          {message.action.label}
        </button>
      )}
    </div>
  );
}
