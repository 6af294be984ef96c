import { createStore, get, promisifyRequest, type UseStore } from "idb-keyval";
import { checkRevision, keepName, StorageUnavailableError } from "./adapters";
import type {
  DocumentIndexRecord,
  DocumentWrite,
  StorageAdapter,
  StoredDocument,
  StoredHistory,
  WriteResult,
} from "./types";

export const DB_NAME = "juesuan";
export const STORE_NAME = "documents";

/** Keys in the one object store: the small list records, the document texts, the undo histories. */
const indexKey = (id: string) => `index/${id}`;
const documentKey = (id: string) => `doc/${id}`;
const historyKey = (id: string) => `history/${id}`;

/** Runs `onResult` with a request's result inside the transaction (no await: it must stay active). */
function onResult<T>(request: IDBRequest, reject: (error: unknown) => void, onResult: (value: T) => void) {
  request.onsuccess = () => {
    try {
      onResult(request.result as T);
    } catch (error) {
      reject(error);
    }
  };
  request.onerror = () => reject(request.error);
}

/** Documents in IndexedDB through idb-keyval, in the store `juesuan` / `documents`. */
export class IdbAdapter implements StorageAdapter {
  readonly kind = "indexeddb";
  private storeCache: UseStore | null = null;

  private get store(): UseStore {
    if (!this.storeCache) {
      if (typeof indexedDB === "undefined")
        throw new StorageUnavailableError("此浏览器不提供本地数据库（IndexedDB）");
      this.storeCache = createStore(DB_NAME, STORE_NAME);
    }
    return this.storeCache;
  }

  async listIndex(): Promise<DocumentIndexRecord[]> {
    const range = IDBKeyRange.bound("index/", "index/\uffff");
    return this.store("readonly", (os) =>
      promisifyRequest(os.getAll(range) as IDBRequest<DocumentIndexRecord[]>),
    );
  }

  async readDocument(id: string): Promise<StoredDocument | undefined> {
    return get<StoredDocument>(documentKey(id), this.store);
  }

  async readHistory(id: string): Promise<StoredHistory | undefined> {
    return get<StoredHistory>(historyKey(id), this.store);
  }

  async write(entry: DocumentWrite, expected: number | null): Promise<WriteResult> {
    const id = entry.document.id;
    return this.store(
      "readwrite",
      (os) =>
        new Promise<WriteResult>((resolve, reject) => {
          // Read, compare and write in one transaction: no other tab can save in between.
          onResult<DocumentIndexRecord | undefined>(os.get(indexKey(id)), reject, (index) => {
            const check = checkRevision(index, expected);
            if (!check.ok) {
              resolve(check);
              return;
            }
            os.put(entry.document, documentKey(id));
            os.put(keepName(entry.index, index), indexKey(id));
            if (entry.history) os.put(entry.history, historyKey(id));
            else os.delete(historyKey(id));
            promisifyRequest(os.transaction).then(() => resolve(check), reject);
          });
        }),
    );
  }

  async rename(id: string, name: string): Promise<boolean> {
    return this.store(
      "readwrite",
      (os) =>
        new Promise<boolean>((resolve, reject) => {
          onResult<DocumentIndexRecord | undefined>(os.get(indexKey(id)), reject, (index) => {
            if (!index) {
              resolve(false);
              return;
            }
            os.put({ ...index, name }, indexKey(id));
            promisifyRequest(os.transaction).then(() => resolve(true), reject);
          });
        }),
    );
  }

  async remove(id: string): Promise<void> {
    await this.store("readwrite", (os) => {
      os.delete(indexKey(id));
      os.delete(documentKey(id));
      os.delete(historyKey(id));
      return promisifyRequest(os.transaction);
    });
  }
}
