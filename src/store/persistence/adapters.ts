import type {
  DocumentIndexRecord,
  DocumentWrite,
  StorageAdapter,
  StoredDocument,
  StoredHistory,
  WriteResult,
} from "./types";

/**
 * Compare-and-set: may a write that started from revision `expected` replace `current`? (`current` is
 * the stored index record: it is written with the document in every save, so it carries the same
 * revision and is much smaller to read.)
 */
export function checkRevision(
  current: Pick<StoredDocument, "saveRevision"> | undefined,
  expected: number | null,
): WriteResult {
  if (expected === null)
    return current ? { ok: false, conflict: "modified", stored: current.saveRevision } : { ok: true };
  if (!current) return { ok: false, conflict: "deleted" };
  if (current.saveRevision !== expected)
    return { ok: false, conflict: "modified", stored: current.saveRevision };
  return { ok: true };
}

/** The index record to store: the written one, with the list name already stored (if any). */
export function keepName(
  written: DocumentIndexRecord,
  stored: DocumentIndexRecord | undefined,
): DocumentIndexRecord {
  return stored ? { ...structuredClone(written), name: stored.name } : structuredClone(written);
}

/** Documents in memory (unit tests, `?storage=memory`). Values are cloned in and out, as IndexedDB does. */
export class MemoryAdapter implements StorageAdapter {
  readonly kind = "memory";
  private readonly index = new Map<string, DocumentIndexRecord>();
  private readonly documents = new Map<string, StoredDocument>();
  private readonly histories = new Map<string, StoredHistory>();

  async listIndex(): Promise<DocumentIndexRecord[]> {
    return [...this.index.values()].map((r) => structuredClone(r));
  }

  async readDocument(id: string): Promise<StoredDocument | undefined> {
    const stored = this.documents.get(id);
    return stored && structuredClone(stored);
  }

  async readHistory(id: string): Promise<StoredHistory | undefined> {
    const stored = this.histories.get(id);
    return stored && structuredClone(stored);
  }

  async write(entry: DocumentWrite, expected: number | null): Promise<WriteResult> {
    const id = entry.document.id;
    const check = checkRevision(this.index.get(id), expected);
    if (!check.ok) return check;
    this.documents.set(id, structuredClone(entry.document));
    this.index.set(id, keepName(entry.index, this.index.get(id)));
    if (entry.history) this.histories.set(id, structuredClone(entry.history));
    else this.histories.delete(id);
    return check;
  }

  async rename(id: string, name: string): Promise<boolean> {
    const record = this.index.get(id);
    if (!record) return false;
    this.index.set(id, { ...record, name });
    return true;
  }

  async remove(id: string): Promise<void> {
    this.index.delete(id);
    this.documents.delete(id);
    this.histories.delete(id);
  }
}

/** Thrown when there is no usable local storage at all. */
export class StorageUnavailableError extends Error {
  override readonly name = "StorageUnavailableError";
}

function quotaError(): Error {
  return typeof DOMException === "function"
    ? new DOMException("The quota has been exceeded.", "QuotaExceededError")
    : Object.assign(new Error("The quota has been exceeded."), { name: "QuotaExceededError" });
}

/** Every call fails: IndexedDB missing or forbidden (some private modes), or `?storage=fail`. */
export class FailingAdapter implements StorageAdapter {
  readonly kind = "failing";
  constructor(private readonly error: Error) {}
  private fail<T>(): Promise<T> {
    return Promise.reject(this.error);
  }
  listIndex() {
    return this.fail<DocumentIndexRecord[]>();
  }
  readDocument() {
    return this.fail<StoredDocument | undefined>();
  }
  readHistory() {
    return this.fail<StoredHistory | undefined>();
  }
  write() {
    return this.fail<WriteResult>();
  }
  rename() {
    return this.fail<boolean>();
  }
  remove() {
    return this.fail<void>();
  }
}

/** Reads from `base`, but every write fails as when the disk quota is exhausted (`?storage=full`). */
export class FullAdapter implements StorageAdapter {
  readonly kind: StorageAdapter["kind"];
  constructor(private readonly base: StorageAdapter) {
    this.kind = base.kind;
  }
  listIndex() {
    return this.base.listIndex();
  }
  readDocument(id: string) {
    return this.base.readDocument(id);
  }
  readHistory(id: string) {
    return this.base.readHistory(id);
  }
  write(): Promise<WriteResult> {
    return Promise.reject(quotaError());
  }
  rename(): Promise<boolean> {
    return Promise.reject(quotaError());
  }
  remove(): Promise<void> {
    return Promise.reject(quotaError());
  }
}

/** The reason a storage error gives, in Chinese, for the header status. */
export function describeStorageError(error: unknown): string {
  const name =
    error instanceof Error || (typeof error === "object" && error !== null && "name" in error)
      ? String((error as { name: unknown }).name)
      : "";
  if (name === "QuotaExceededError") return "本机存储空间已满";
  if (error instanceof StorageUnavailableError) return error.message;
  if (name === "InvalidStateError" || name === "SecurityError" || name === "NotFoundError")
    return "浏览器不允许本地存储，例如处于隐私模式";
  if (name === "UnknownError" || name === "AbortError") return "浏览器本地存储出错";
  // The browser's own words are English: only a message of the editor's own is quoted.
  const message = error instanceof Error ? error.message : String(error);
  return /[\u4e00-\u9fff]/.test(message) ? `本地存储出错：${message}` : "本地存储出错，请刷新页面后再试";
}
