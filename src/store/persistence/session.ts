import type { JuesuanDocument } from "../../domain/document/model";
import { exportDocumentJson } from "../../domain/workbook/export-json";
import type { EditorStore } from "../store";
import { describeStorageError } from "./adapters";
import { Autosaver } from "./autosave";
import {
  blankDocumentFromForm,
  defaultDocumentName,
  exportFileName,
  type FormResult,
  importedName,
  type NewDocumentForm,
  newDocumentId,
  storedText,
} from "./documents";
import { type HtmlExtractor, type ImportSource, readImport, SHOWN_PROBLEMS } from "./import-file";
import { DocumentRepository, type LoadedDocument } from "./repository";
import type { TabChannel, TabMessage } from "./tab-channel";
import type { StorageAdapter } from "./types";

/** Where the id of the document open last is remembered (localStorage in the browser). */
export interface LastOpen {
  get(): string | null;
  set(id: string): void;
}

export interface SessionOptions {
  store: EditorStore;
  adapter: StorageAdapter;
  channel: TabChannel;
  lastOpen: LastOpen;
  loadSample: () => Promise<JuesuanDocument>;
  loadHtmlExtractor?: () => Promise<HtmlExtractor | null>;
  tabId?: string;
  /** Quiet time the autosaver waits for (ms, default `AUTOSAVE_DELAY`) and its longest wait (1000). */
  autosaveDelay?: number;
  autosaveMaxWait?: number;
  /** When a save starts after an edit (default: the next task); see `AutosaveOptions.scheduleLeading`. */
  scheduleSave?: (run: () => void) => () => void;
  /** How long 重新载入 waits for the other tab to save and stop (ms, default 600). */
  claimTimeout?: number;
}

export const READ_ONLY = {
  opened: "此文档已在另一个标签页中打开。为免互相覆盖，本页只读，不再自动保存。",
  modified: "此文档已在另一个标签页中修改。本页显示的是较早的版本，只读，不再自动保存。",
  deleted: "此文档已在另一个标签页中删除。本页只读，不再自动保存。",
} as const;

const SAMPLE_PREFIX = "示例：";

/**
 * No debounce: a change is saved in the next task (in the browser: once the edit is painted), and changes made while a save runs are saved together
 * right after it, so the time between saves is the time a save takes (≈ 15 ms for a 2,000-row document,
 * a few ms for the sample). A debounce of 300 ms lost the last edits when the browser was closed at
 * once after them (e2e "nothing lost"); saving this often costs about one JSON.stringify per edit.
 */
export const AUTOSAVE_DELAY = 0;

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

interface OpenDocument {
  id: string;
  name: string;
  /** The stored revision this tab's copy is based on; 0 while it has never been stored. */
  saveRevision: number;
}

/**
 * The documents of one tab: which one is open, saving every change at once with compare-and-set,
 * the document list, import and export, and telling other tabs (BroadcastChannel) so that two tabs never
 * overwrite each other's changes. The React components only call its methods and read the store.
 */
export class DocumentSession {
  readonly repository: DocumentRepository;
  readonly tabId: string;
  private current: OpenDocument | null = null;
  /** The store revision this tab's copy was last saved (or opened) at. */
  private savedRevision = -1;
  private opening = false;
  private readonly autosaver: Autosaver;
  private readonly unsubscribe: (() => void)[] = [];
  private readonly claimWaiters = new Map<string, () => void>();
  /** How long the last save took, serialising and storing (ms); also measured as `juesuan:save`. */
  lastSaveMs: number | null = null;

  constructor(private readonly options: SessionOptions) {
    this.repository = new DocumentRepository(options.adapter);
    this.tabId = options.tabId ?? newDocumentId();
    this.autosaver = new Autosaver({
      save: () => this.saveNow(),
      delay: options.autosaveDelay ?? AUTOSAVE_DELAY,
      ...(options.autosaveMaxWait !== undefined ? { maxWait: options.autosaveMaxWait } : {}),
      ...(options.scheduleSave ? { scheduleLeading: options.scheduleSave } : {}),
    });
    this.unsubscribe.push(
      options.store.subscribe((state, previous) => {
        if (state.revision !== previous.revision) this.onRevision(state.revision);
      }),
      options.channel.subscribe((message) => this.onMessage(message)),
    );
  }

  private get store() {
    return this.options.store;
  }

  /** The id of the document open in this tab. */
  get currentId(): string | null {
    return this.current?.id ?? null;
  }

  /** True when every change of the open document is stored. */
  get clean(): boolean {
    return !this.autosaver.busy && this.store.getState().revision === this.savedRevision;
  }

  // ── Start ─────────────────────────────────────────────────────────────────────────────────────────

  /** Reopens the document open last (or the most recent one); the first time, a copy of the sample. */
  async start(): Promise<void> {
    let list: Awaited<ReturnType<DocumentRepository["list"]>>;
    try {
      list = await this.repository.list();
    } catch (error) {
      await this.openSampleInMemory(describeStorageError(error));
      return;
    }
    this.store.getState().setPersistence({ documents: list, documentsError: null });
    const last = this.options.lastOpen.get();
    const candidates = [
      ...(last && list.some((r) => r.id === last) ? [last] : []),
      ...list.map((r) => r.id).filter((id) => id !== last),
    ];
    for (const id of candidates.slice(0, 3)) {
      try {
        const result = await this.repository.load(id);
        if (result.ok) {
          this.openLoaded(result.loaded);
          return;
        }
        if (result.reason === "unreadable")
          this.notifyError(`无法打开已保存的文档（${id}）：${result.message}`);
      } catch (error) {
        await this.openSampleInMemory(describeStorageError(error));
        return;
      }
    }
    await this.openSampleCopy();
  }

  // ── Opening, creating, copying, deleting ───────────────────────────────────────────────────────────

  async open(id: string): Promise<boolean> {
    if (id === this.current?.id && this.store.getState().readOnly === null) return true;
    if (!(await this.leaveCurrent())) return false;
    try {
      const result = await this.repository.load(id);
      if (!result.ok) {
        this.notifyError(
          result.reason === "missing" ? "这个文档已不存在" : `无法打开文档：${result.message}`,
        );
        await this.refreshList();
        return false;
      }
      this.openLoaded(result.loaded);
      return true;
    } catch (error) {
      this.notifyError(`无法打开文档：${describeStorageError(error)}`);
      return false;
    }
  }

  /** 新建: checks the form, stores a blank document and opens it. */
  async createNew(form: NewDocumentForm): Promise<FormResult> {
    const result = blankDocumentFromForm(form);
    if (!result.ok) return result;
    const opened = await this.createAndOpen(result.document, defaultDocumentName(result.document.meta));
    return opened ? result : { ok: false, errors: {} };
  }

  /** 打开示例: a fresh copy of the sample document, stored and opened. */
  async openSampleCopy(): Promise<boolean> {
    let sample: JuesuanDocument;
    try {
      sample = await this.options.loadSample();
    } catch (error) {
      this.notifyError(error instanceof Error ? error.message : String(error));
      return false;
    }
    return this.createAndOpen(sample, `${SAMPLE_PREFIX}${defaultDocumentName(sample.meta)}`);
  }

  /** 复制: a copy under a new id and the name 原名（副本）; the open document stays open. */
  async duplicate(id: string): Promise<string | null> {
    if (id === this.current?.id) await this.autosaver.flush();
    try {
      const copy = await this.repository.duplicate(id);
      this.post({ type: "list", tab: this.tabId });
      await this.refreshList();
      const name = this.store.getState().documents.find((r) => r.id === copy)?.name ?? "";
      this.notifyInfo(`已复制为“${name}”`);
      return copy;
    } catch (error) {
      this.notifyError(`复制失败：${describeStorageError(error)}`);
      return null;
    }
  }

  async rename(id: string, name: string): Promise<boolean> {
    const trimmed = name.trim();
    if (!trimmed) {
      this.notifyError("名称不能为空");
      return false;
    }
    try {
      if (!(await this.repository.rename(id, trimmed))) {
        this.notifyError("这个文档已不存在");
        await this.refreshList();
        return false;
      }
    } catch (error) {
      this.notifyError(`重命名失败：${describeStorageError(error)}`);
      return false;
    }
    if (id === this.current?.id) {
      this.current.name = trimmed;
      this.store.getState().setPersistence({ docName: trimmed });
    }
    this.post({ type: "list", tab: this.tabId });
    await this.refreshList();
    return true;
  }

  /** 删除 (the dialog confirms first). Deleting the open document opens the most recent other one. */
  async remove(id: string): Promise<boolean> {
    const isCurrent = id === this.current?.id;
    if (isCurrent) this.autosaver.cancel();
    try {
      await this.repository.remove(id);
    } catch (error) {
      this.notifyError(`删除失败：${describeStorageError(error)}`);
      return false;
    }
    this.post({ type: "deleted", doc: id, tab: this.tabId });
    await this.refreshList();
    if (isCurrent) {
      this.current = null;
      const next = this.store.getState().documents[0];
      if (!(next && (await this.open(next.id)))) await this.openSampleCopy();
    }
    this.notifyInfo("已删除文档");
    return true;
  }

  /** 重新载入 in a read-only tab: the other tab saves and stops; this one takes the newest version over. */
  async reload(): Promise<boolean> {
    const current = this.current;
    if (!current) return false;
    await this.claim(current.id);
    try {
      const result = await this.repository.load(current.id);
      if (!result.ok) {
        this.notifyError(result.reason === "missing" ? "这个文档已被删除，无法重新载入" : result.message);
        return false;
      }
      this.openLoaded(result.loaded);
      this.notifyInfo("已载入最新版本，可以继续编辑");
      return true;
    } catch (error) {
      this.notifyError(`重新载入失败：${describeStorageError(error)}`);
      return false;
    }
  }

  /** 另存为新文档: keeps what this tab shows (e.g. read-only, or edits another tab overwrote) as a copy. */
  async saveAsNew(): Promise<boolean> {
    const { workbook, documents } = this.store.getState();
    if (!workbook || !this.current) return false;
    const doc = structuredClone(workbook.doc);
    const name = `${this.current.name}（本页版本）`;
    const taken = new Set(documents.map((r) => r.name));
    let unique = name;
    for (let n = 2; taken.has(unique); n++) unique = `${this.current.name}（本页版本 ${n}）`;
    this.autosaver.cancel();
    this.savedRevision = this.store.getState().revision;
    return this.createAndOpen(doc, unique, { force: true });
  }

  // ── Import and export ──────────────────────────────────────────────────────────────────────────────

  /** 导入: a valid file opens as a new document; a bad one is reported and changes nothing. */
  async importFile(source: ImportSource): Promise<boolean> {
    const extractor = this.options.loadHtmlExtractor ?? (async () => null);
    const result = await readImport(source, extractor);
    const { setPersistence } = this.store.getState();
    if (!result.ok) {
      setPersistence({
        importFailure: {
          fileName: source.name,
          problems: result.problems.slice(0, SHOWN_PROBLEMS),
          total: result.problems.length,
        },
      });
      return false;
    }
    setPersistence({ importFailure: null });
    const opened = await this.createAndOpen(result.document, importedName(source.name));
    if (opened) this.notifyInfo(`已导入“${source.name}”，作为新文档打开`);
    return opened;
  }

  /** 导出 JSON: the file text (with `derived`) and its name; works whatever the storage does. */
  exportJson(): { fileName: string; text: string } | null {
    const { workbook } = this.store.getState();
    if (!workbook) return null;
    return { fileName: exportFileName(workbook.doc.meta), text: exportDocumentJson(workbook) };
  }

  // ── List ───────────────────────────────────────────────────────────────────────────────────────────

  async refreshList(): Promise<void> {
    const { setPersistence } = this.store.getState();
    try {
      setPersistence({ documents: await this.repository.list(), documentsError: null });
    } catch (error) {
      setPersistence({ documentsError: describeStorageError(error) });
    }
  }

  // ── Saving ─────────────────────────────────────────────────────────────────────────────────────────

  /** Saves now what is waiting (page hidden or closing, switching documents). */
  flush(): Promise<void> {
    return this.autosaver.flush();
  }

  dispose(): void {
    this.autosaver.dispose();
    for (const off of this.unsubscribe) off();
  }

  private onRevision(revision: number): void {
    if (this.opening || !this.current || revision === this.savedRevision) return;
    if (this.store.getState().readOnly !== null) return;
    const status = this.store.getState().saveStatus;
    if (status.kind !== "failed") this.store.getState().setPersistence({ saveStatus: { kind: "saving" } });
    this.autosaver.changed();
  }

  private async saveNow(): Promise<void> {
    const current = this.current;
    const state = this.store.getState();
    if (!current || !state.workbook || state.readOnly !== null) return;
    const revision = state.revision;
    if (revision === this.savedRevision) return;
    const started = performance.now();
    const text = storedText(state.workbook.doc);
    measure("juesuan:save-text", started);
    const base = current.saveRevision;
    try {
      const result = await this.repository.save(
        current.id,
        current.name,
        state.workbook.doc,
        text,
        base === 0 ? null : base,
        state.history,
      );
      if (this.current !== current) return;
      if (!result.ok) {
        this.lock(result.conflict === "deleted" ? READ_ONLY.deleted : READ_ONLY.modified);
        return;
      }
      current.saveRevision = base + 1;
      this.savedRevision = revision;
      this.lastSaveMs = performance.now() - started;
      measure("juesuan:save", started);
      this.post({ type: "saved", doc: current.id, tab: this.tabId, saveRevision: current.saveRevision });
      const latest = this.store.getState();
      if (latest.readOnly === null) {
        latest.setPersistence({
          saveStatus:
            latest.revision === revision
              ? { kind: "saved", at: new Date().toISOString() }
              : { kind: "saving" },
        });
      }
    } catch (error) {
      if (this.current !== current) return;
      this.store.getState().setPersistence({
        saveStatus: { kind: "failed", reason: describeStorageError(error) },
      });
      throw error;
    }
  }

  // ── Tabs ───────────────────────────────────────────────────────────────────────────────────────────

  private post(message: TabMessage): void {
    try {
      this.options.channel.post(message);
    } catch {
      // A closed channel (page going away) only loses the courtesy message; compare-and-set still guards.
    }
  }

  private onMessage(message: TabMessage): void {
    if (message.tab === this.tabId) return;
    const current = this.current;
    const editing = current !== null && this.store.getState().readOnly === null;
    switch (message.type) {
      case "hello":
        if (editing && message.doc === current.id)
          this.post({ type: "busy", doc: current.id, tab: this.tabId, to: message.tab });
        break;
      case "busy":
        if (editing && message.to === this.tabId && message.doc === current.id) this.lock(READ_ONLY.opened);
        break;
      case "saved":
        if (current && message.doc === current.id && message.saveRevision > current.saveRevision)
          this.lock(READ_ONLY.modified);
        void this.refreshIfListed();
        break;
      case "claim":
        if (current && message.doc === current.id) void this.release(current, message.tab);
        break;
      case "released":
        if (message.to === this.tabId) this.claimWaiters.get(message.doc)?.();
        break;
      case "deleted":
        if (current && message.doc === current.id) this.lock(READ_ONLY.deleted);
        void this.refreshIfListed();
        break;
      case "list":
        void this.refreshIfListed();
        break;
    }
  }

  /** Another tab takes the document over: save what is waiting, stop, say so. */
  private async release(current: OpenDocument, to: string): Promise<void> {
    if (this.store.getState().readOnly === null) {
      await this.autosaver.flush();
      if (this.current === current) this.lock(READ_ONLY.opened);
    }
    this.post({ type: "released", doc: current.id, tab: this.tabId, to });
  }

  private claim(id: string): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.claimWaiters.delete(id);
        resolve();
      };
      const timer = setTimeout(done, this.options.claimTimeout ?? 600);
      this.claimWaiters.set(id, done);
      this.post({ type: "claim", doc: id, tab: this.tabId });
    });
  }

  private lock(message: string): void {
    this.autosaver.cancel();
    const { setReadOnly, setPersistence } = this.store.getState();
    setReadOnly(message);
    setPersistence({ saveStatus: { kind: "paused" } });
  }

  private async refreshIfListed(): Promise<void> {
    if (this.store.getState().documentsOpen) await this.refreshList();
  }

  // ── Helpers ────────────────────────────────────────────────────────────────────────────────────────

  /**
   * Before another document replaces the open one: save what is waiting. When saving fails (storage
   * unavailable) and there are unsaved changes, refuse: they exist only in this page.
   */
  private async leaveCurrent(): Promise<boolean> {
    await this.autosaver.flush();
    const { saveStatus, readOnly } = this.store.getState();
    if (this.current && readOnly === null && saveStatus.kind === "failed" && !this.clean) {
      this.notifyError("本机存储不可用，当前文档的修改只在本页中：请先“导出 JSON”保存，再打开其他文档");
      return false;
    }
    return true;
  }

  private async createAndOpen(
    doc: JuesuanDocument,
    name: string,
    options: { force?: boolean } = {},
  ): Promise<boolean> {
    if (!options.force && !(await this.leaveCurrent())) return false;
    let id: string;
    try {
      id = await this.repository.create(doc, name);
    } catch (error) {
      this.openInMemory(doc, name, describeStorageError(error));
      return true;
    }
    this.post({ type: "list", tab: this.tabId });
    void this.refreshList();
    this.openLoaded({ id, name, document: doc, saveRevision: 1, history: undefined });
    return true;
  }

  private openLoaded(loaded: LoadedDocument): void {
    this.current = { id: loaded.id, name: loaded.name, saveRevision: loaded.saveRevision };
    this.show(loaded.document, loaded.history);
    this.store.getState().setPersistence({
      docId: loaded.id,
      docName: loaded.name,
      saveStatus: { kind: "saved", at: new Date().toISOString() },
    });
    this.options.lastOpen.set(loaded.id);
    this.post({ type: "hello", doc: loaded.id, tab: this.tabId });
  }

  /** Storage failed: the document lives in this page only (editing and export still work). */
  private openInMemory(doc: JuesuanDocument, name: string, reason: string): void {
    const id = newDocumentId();
    this.current = { id, name, saveRevision: 0 };
    this.show(doc, undefined);
    this.store
      .getState()
      .setPersistence({ docId: id, docName: name, saveStatus: { kind: "failed", reason } });
  }

  private async openSampleInMemory(reason: string): Promise<void> {
    const sample = await this.options.loadSample();
    this.openInMemory(sample, `${SAMPLE_PREFIX}${defaultDocumentName(sample.meta)}`, reason);
  }

  private show(doc: JuesuanDocument, history: LoadedDocument["history"]): void {
    this.autosaver.cancel();
    this.opening = true;
    try {
      this.store.getState().openDocument(doc, history ? { history } : {});
    } finally {
      this.opening = false;
    }
    this.savedRevision = this.store.getState().revision;
  }

  private notifyError(text: string): void {
    this.store.getState().notify({ kind: "error", text });
  }

  private notifyInfo(text: string): void {
    this.store.getState().notify({ kind: "info", text });
  }
}
