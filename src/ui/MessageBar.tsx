import { useEffect } from "react";
import { useEditor } from "../store/store";

/** One line of feedback: refusals in red, stays until the next action or 8 seconds. */
export function MessageBar() {
  const message = useEditor((s) => s.message);
  const notify = useEditor((s) => s.notify);
  useEffect(() => {
    if (!message) return;
    const timer = window.setTimeout(() => notify(null), message.kind === "error" ? 12000 : 6000);
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
    </div>
  );
}
