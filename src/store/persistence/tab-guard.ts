import type { OpenDocument } from "./session-options";
import { READ_ONLY } from "./session-options";
import type { TabChannel, TabMessage } from "./tab-channel";

/** What the guard needs of the tab's session. */
export interface TabHost {
  /** The document open in this tab. */
  current(): OpenDocument | null;
  /** Whether this tab edits its document (it is not read-only). */
  editing(): boolean;
  /** Stops editing, with the reason shown to the user. */
  lock(message: string): void;
  /** Saves what is waiting; called before another tab takes the document over. */
  flush(): Promise<void>;
  /** The list of documents may have changed. */
  listChanged(): void;
}

/**
 * Keeps two tabs from overwriting each other's changes: tells the other tabs (BroadcastChannel) what this
 * one opens, saves and deletes, and turns this tab read-only when another edits, saves over or deletes
 * its document. Compare-and-set in storage is the real guard; these messages make it visible at once.
 */
export class TabGuard {
  private readonly claimWaiters = new Map<string, () => void>();

  constructor(
    private readonly channel: TabChannel,
    readonly tabId: string,
    private readonly host: TabHost,
    private readonly claimTimeout = 600,
  ) {}

  subscribe(): () => void {
    return this.channel.subscribe((message) => this.onMessage(message));
  }

  /** This tab opened a document for editing: a tab editing it answers, and this one turns read-only. */
  opened(doc: string): void {
    this.post({ type: "hello", doc, tab: this.tabId });
  }

  saved(doc: string, saveRevision: number): void {
    this.post({ type: "saved", doc, tab: this.tabId, saveRevision });
  }

  deleted(doc: string): void {
    this.post({ type: "deleted", doc, tab: this.tabId });
  }

  listChanged(): void {
    this.post({ type: "list", tab: this.tabId });
  }

  /** 重新载入: asks the tabs editing `doc` to save and stop; resolves when one did, or after a timeout. */
  claim(doc: string): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.claimWaiters.delete(doc);
        resolve();
      };
      const timer = setTimeout(done, this.claimTimeout);
      this.claimWaiters.set(doc, done);
      this.post({ type: "claim", doc, tab: this.tabId });
    });
  }

  private post(message: TabMessage): void {
    try {
      this.channel.post(message);
    } catch {
      // A closed channel (page going away) only loses the courtesy message; compare-and-set still guards.
    }
  }

  private onMessage(message: TabMessage): void {
    if (message.tab === this.tabId) return;
    const current = this.host.current();
    const editing = current !== null && this.host.editing();
    switch (message.type) {
      case "hello":
        if (editing && message.doc === current.id)
          this.post({ type: "busy", doc: current.id, tab: this.tabId, to: message.tab });
        break;
      case "busy":
        if (editing && message.to === this.tabId && message.doc === current.id)
          this.host.lock(READ_ONLY.opened);
        break;
      case "saved":
        if (current && message.doc === current.id && message.saveRevision > current.saveRevision)
          this.host.lock(READ_ONLY.modified);
        this.host.listChanged();
        break;
      case "claim":
        if (current && message.doc === current.id) void this.release(current, message.tab);
        break;
      case "released":
        if (message.to === this.tabId) this.claimWaiters.get(message.doc)?.();
        break;
      case "deleted":
        if (current && message.doc === current.id) this.host.lock(READ_ONLY.deleted);
        this.host.listChanged();
        break;
      case "list":
        this.host.listChanged();
        break;
    }
  }

  /** Another tab takes the document over: save what is waiting, stop, say so. */
  private async release(current: OpenDocument, to: string): Promise<void> {
    if (this.host.editing()) {
      await this.host.flush();
      if (this.host.current() === current) this.host.lock(READ_ONLY.opened);
    }
    this.post({ type: "released", doc: current.id, tab: this.tabId, to });
  }
}
