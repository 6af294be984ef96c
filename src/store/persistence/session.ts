import type { JuesuanDocument } from "../../domain/document/model";
import { errorReason } from "../../domain/error-reason";
import { exportDocumentJson } from "../../domain/workbook/export-json";
import { describeStorageError } from "./adapters";
import { DocumentSaver } from "./document-saver";
import {
  blankDocumentFromForm,
  defaultDocumentName,
  exportFileName,
  type FormResult,
  freshName,
  importedName,
  type NewDocumentForm,
  newDocumentId,
  storedText,
} from "./documents";
import type { ImportSource } from "./import-file";
import { readDocumentText } from "./read-document";
import { DocumentRepository, type LoadedDocument } from "./repository";
import { type OpenDocument, SAMPLE_PREFIX, type SessionOptions } from "./session-options";
import { TabGuard } from "./tab-guard";
import { UnloadJournal } from "./unload-journal";

/**
 * The documents of one tab: which one is open, saving every change at once with compare-and-set,
 * the document list, import and export, and telling other tabs (BroadcastChannel) so that two tabs never
 * overwrite each other's changes. The React components only call its methods and read the store.
 */
export class DocumentSession {
  readonly repository: DocumentRepository;
  readonly tabId: string;
  private readonly tabs: TabGuard;
  private current: OpenDocument | null = null;
  private readonly saver: DocumentSaver;
  private opening = false;
  private readonly journal: UnloadJournal;
  private readonly unsubscribe: (() => void)[] = [];

  constructor(private readonly options: SessionOptions) {
    this.repository = new DocumentRepository(options.adapter);
    this.journal = options.journal ?? new UnloadJournal(null);
    this.tabId = options.tabId ?? newDocumentId();
    this.tabs = new TabGuard(
      options.channel,
      this.tabId,
      {
        current: () => this.current,
        editing: () => this.store.getState().readOnly === null,
        lock: (message) => this.lock(message),
        flush: () => this.saver.flush(),
        listChanged: () => void this.refreshIfListed(),
      },
      options.claimTimeout,
    );
    this.saver = new DocumentSaver(
      {
        store: options.store,
        repository: this.repository,
        current: () => this.current,
        lock: (message) => this.lock(message),
        saved: (doc, saveRevision) => this.tabs.saved(doc, saveRevision),
      },
      options,
    );
    this.unsubscribe.push(
      options.store.subscribe((state, previous) => {
        if (state.revision !== previous.revision && !this.opening) this.saver.changed(state.revision);
      }),
      this.tabs.subscribe(),
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
    return this.saver.clean;
  }

  /** How long the last save took, serialising and storing (ms). */
  get lastSaveMs(): number | null {
    return this.saver.lastSaveMs;
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
          this.openLoaded(await this.withJournal(result.loaded));
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
      this.openLoaded(await this.withJournal(result.loaded));
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
      this.notifyError(errorReason(error));
      return false;
    }
    // A fresh copy beside an edited one (重置示例) gets a name of its own in 文档.
    const names = await this.repository.list().then(
      (list) => list.map((r) => r.name),
      () => [],
    );
    return this.createAndOpen(
      sample,
      freshName(`${SAMPLE_PREFIX}${defaultDocumentName(sample.meta)}`, names),
    );
  }

  /** 复制: a copy under a new id and the name 原名（副本）; the open document stays open. */
  async duplicate(id: string): Promise<string | null> {
    if (id === this.current?.id) await this.saver.flush();
    try {
      const copy = await this.repository.duplicate(id);
      this.tabs.listChanged();
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
    this.tabs.listChanged();
    await this.refreshList();
    return true;
  }

  /** 删除 (the dialog confirms first). Deleting the open document opens the most recent other one. */
  async remove(id: string): Promise<boolean> {
    const isCurrent = id === this.current?.id;
    if (isCurrent) this.saver.cancel();
    try {
      await this.repository.remove(id);
    } catch (error) {
      this.notifyError(`删除失败：${describeStorageError(error)}`);
      return false;
    }
    this.tabs.deleted(id);
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
    await this.tabs.claim(current.id);
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
    this.saver.stored();
    return this.createAndOpen(doc, unique, { force: true });
  }

  // ── Import and export ──────────────────────────────────────────────────────────────────────────────

  /** 导入: a valid file opens as a new document; a bad one is reported and changes nothing. */
  async importFile(source: ImportSource): Promise<boolean> {
    const extractor = this.options.loadHtmlExtractor ?? (async () => null);
    // Reading a file (size limits, HTML exports) is needed at the first import, not at start.
    const { readImport, SHOWN_PROBLEMS } = await import("./import-file");
    const result = await readImport(source, extractor);
    const { setPersistence } = this.store.getState();
    if (!result.ok) {
      const missing = result.problems.find((p) => p.missingTemplate)?.missingTemplate;
      setPersistence({
        importFailure: {
          fileName: source.name,
          problems: result.problems.slice(0, SHOWN_PROBLEMS),
          total: result.problems.length,
          ...(missing ? { missingTemplate: { id: missing, source } } : {}),
        },
      });
      return false;
    }
    return this.openImported(result.document, source.name, result.notice);
  }

  /**
   * An imported document (a file, or a workbook after its preview) opens as a new document; `notice`
   * (what to check in it) follows the message.
   */
  async openImported(doc: JuesuanDocument, fileName: string, notice?: string): Promise<boolean> {
    this.store.getState().setPersistence({ importFailure: null });
    const opened = await this.createAndOpen(doc, importedName(fileName, doc.meta));
    if (!opened) return false;
    const text = `已导入“${fileName}”，作为新文档打开`;
    this.store
      .getState()
      .notify(notice ? { kind: "warning", text: `${text}；${notice}` } : { kind: "info", text });
    return true;
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

  /**
   * The page is going away (pagehide, beforeunload): a change not yet committed to IndexedDB is written
   * synchronously to the unload journal, which the next opening of the document replays.
   */
  writeUnloadJournal(): void {
    const current = this.current;
    const { workbook, readOnly, history } = this.store.getState();
    if (!current || !workbook || readOnly !== null || current.saveRevision === 0) return;
    if (this.saver.clean) {
      this.journal.clear();
      return;
    }
    this.journal.write({
      docId: current.id,
      base: current.saveRevision,
      inFlight: this.saver.inFlight,
      text: storedText(workbook.doc),
      history,
    });
  }

  /** Saves now what is waiting (page hidden or closing, switching documents). */
  flush(): Promise<void> {
    return this.saver.flush();
  }

  dispose(): void {
    this.saver.dispose();
    for (const off of this.unsubscribe) off();
  }

  // ── Read-only ──────────────────────────────────────────────────────────────────────────────────────

  private lock(message: string): void {
    this.saver.cancel();
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
    await this.saver.flush();
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
    this.tabs.listChanged();
    void this.refreshList();
    this.openLoaded({ id, name, document: doc, saveRevision: 1, history: undefined });
    return true;
  }

  /** A loaded document with the change its journal holds, stored first (see UnloadJournal). */
  private async withJournal(loaded: LoadedDocument): Promise<LoadedDocument> {
    const entry = this.journal.takeFor(loaded.id, loaded.saveRevision);
    const parsed = entry && (await readDocumentText(entry.text));
    if (!entry || !parsed?.ok) return loaded;
    const history = entry.history ?? loaded.history;
    const result = await this.repository.save(
      loaded.id,
      loaded.name,
      parsed.document,
      entry.text,
      loaded.saveRevision,
      history,
    );
    if (!result.ok) return loaded;
    return { ...loaded, document: parsed.document, saveRevision: loaded.saveRevision + 1, history };
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
    this.tabs.opened(loaded.id);
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
    this.saver.cancel();
    this.opening = true;
    try {
      this.store.getState().openDocument(doc, history ? { history } : {});
    } finally {
      this.opening = false;
    }
    this.saver.stored();
  }

  private notifyError(text: string): void {
    this.store.getState().notify({ kind: "error", text });
  }

  private notifyInfo(text: string): void {
    this.store.getState().notify({ kind: "info", text });
  }
}
