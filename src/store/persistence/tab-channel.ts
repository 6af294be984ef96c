/** Messages between tabs of the editor (same origin) about the documents they have open. */
export type TabMessage =
  /** A tab opened a document for editing: tabs editing it answer `busy`. */
  | { type: "hello"; doc: string; tab: string }
  /** The document `to` just opened is being edited here. */
  | { type: "busy"; doc: string; tab: string; to: string }
  /** A tab saved a document (stored revision `saveRevision`). */
  | { type: "saved"; doc: string; tab: string; saveRevision: number }
  /** A tab takes a document over (重新载入): tabs editing it save what they have and stop. */
  | { type: "claim"; doc: string; tab: string }
  /** Answer to `claim`: everything is saved and this tab stopped editing. */
  | { type: "released"; doc: string; tab: string; to: string }
  /** A tab deleted a document. */
  | { type: "deleted"; doc: string; tab: string }
  /** The list of documents changed (created, renamed, copied). */
  | { type: "list"; tab: string };

export interface TabChannel {
  post(message: TabMessage): void;
  subscribe(listener: (message: TabMessage) => void): () => void;
  close(): void;
}

export const CHANNEL_NAME = "juesuan";

/** BroadcastChannel('juesuan'); a channel that does nothing where BroadcastChannel is missing. */
export function openTabChannel(name = CHANNEL_NAME): TabChannel {
  if (typeof BroadcastChannel === "undefined") {
    return { post: () => undefined, subscribe: () => () => undefined, close: () => undefined };
  }
  const channel = new BroadcastChannel(name);
  const listeners = new Set<(message: TabMessage) => void>();
  channel.onmessage = (event: MessageEvent) => {
    const message = event.data as TabMessage;
    if (!message || typeof message !== "object" || typeof message.type !== "string") return;
    for (const listener of listeners) listener(message);
  };
  return {
    post: (message) => channel.postMessage(message),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () => channel.close(),
  };
}
