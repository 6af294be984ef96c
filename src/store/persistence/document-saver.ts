import type { EditorStore } from "../store";
import { describeStorageError } from "./adapters";
import { Autosaver } from "./autosave";
import { storedText } from "./documents";
import type { DocumentRepository } from "./repository";
import { AUTOSAVE_DELAY, type OpenDocument, READ_ONLY, type SessionOptions } from "./session-options";

/** What the saver needs of the tab's session. */
export interface SaverHost {
  store: EditorStore;
  repository: DocumentRepository;
  current(): OpenDocument | null;
  /** Stops editing, with the reason shown to the user. */
  lock(message: string): void;
  /** A save went through (other tabs are told). */
  saved(doc: string, saveRevision: number): void;
}

type SaverOptions = Pick<SessionOptions, "autosaveDelay" | "autosaveMaxWait" | "scheduleSave">;

/**
 * A performance entry for benchmarks: `juesuan:save-text` (turning the document into its stored text, on
 * the main thread) and `juesuan:save` (from then until IndexedDB committed, wall time).
 */
function measure(name: string, start: number): void {
  try {
    performance.measure(name, { start, end: performance.now() });
  } catch {
    // Timing is a nicety; never let it break saving.
  }
}

/**
 * Saves every change of the open document, compare-and-set on the revision it is based on, and keeps
 * the header's save status: 保存中, 已保存, or why it failed. A conflict (another tab saved over or deleted
 * the document) stores nothing and turns the tab read-only.
 */
export class DocumentSaver {
  /** The store revision this tab's copy was last saved (or opened) at. */
  private savedRevision = -1;
  private readonly autosaver: Autosaver;
  /** How long the last save took, serialising and storing (ms); also measured as `juesuan:save`. */
  lastSaveMs: number | null = null;

  constructor(
    private readonly host: SaverHost,
    options: SaverOptions,
  ) {
    this.autosaver = new Autosaver({
      save: () => this.save(),
      delay: options.autosaveDelay ?? AUTOSAVE_DELAY,
      ...(options.autosaveMaxWait !== undefined ? { maxWait: options.autosaveMaxWait } : {}),
      ...(options.scheduleSave ? { scheduleLeading: options.scheduleSave } : {}),
    });
  }

  private get store() {
    return this.host.store;
  }

  /** True when every change of the open document is stored. */
  get clean(): boolean {
    return !this.autosaver.busy && this.store.getState().revision === this.savedRevision;
  }

  /** A save is running: it may commit after the page has gone. */
  get inFlight(): boolean {
    return this.autosaver.saving;
  }

  /** What the store shows now counts as stored: a document just opened, or one about to be stored anew. */
  stored(): void {
    this.autosaver.cancel();
    this.savedRevision = this.store.getState().revision;
  }

  /** The store's revision changed: a change to save, unless the tab is read-only or it is saved. */
  changed(revision: number): void {
    if (!this.host.current() || revision === this.savedRevision) return;
    if (this.store.getState().readOnly !== null) return;
    const status = this.store.getState().saveStatus;
    if (status.kind !== "failed") this.store.getState().setPersistence({ saveStatus: { kind: "saving" } });
    this.autosaver.changed();
  }

  /** Saves now what is waiting (page hidden or closing, switching documents). */
  flush(): Promise<void> {
    return this.autosaver.flush();
  }

  cancel(): void {
    this.autosaver.cancel();
  }

  dispose(): void {
    this.autosaver.dispose();
  }

  private async save(): Promise<void> {
    const current = this.host.current();
    const state = this.store.getState();
    if (!current || !state.workbook || state.readOnly !== null) return;
    const revision = state.revision;
    if (revision === this.savedRevision) return;
    const started = performance.now();
    const text = storedText(state.workbook.doc);
    measure("juesuan:save-text", started);
    const base = current.saveRevision;
    try {
      const result = await this.host.repository.save(
        current.id,
        current.name,
        state.workbook.doc,
        text,
        base === 0 ? null : base,
        state.history,
      );
      if (this.host.current() !== current) return;
      if (!result.ok) {
        this.host.lock(result.conflict === "deleted" ? READ_ONLY.deleted : READ_ONLY.modified);
        return;
      }
      current.saveRevision = base + 1;
      this.savedRevision = revision;
      this.lastSaveMs = performance.now() - started;
      measure("juesuan:save", started);
      this.host.saved(current.id, current.saveRevision);
      this.showStatus(revision);
    } catch (error) {
      if (this.host.current() !== current) return;
      this.store.getState().setPersistence({
        saveStatus: { kind: "failed", reason: describeStorageError(error) },
      });
      throw error;
    }
  }

  /** 已保存 when nothing changed since `revision` was saved; otherwise the next save is on its way. */
  private showStatus(revision: number): void {
    const latest = this.store.getState();
    if (latest.readOnly !== null) return;
    latest.setPersistence({
      saveStatus:
        latest.revision === revision ? { kind: "saved", at: new Date().toISOString() } : { kind: "saving" },
    });
  }
}
