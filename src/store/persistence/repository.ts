import type { JuesuanDocument } from "../../domain/document/model";
import type { History } from "../history";
import { problemsInWords } from "../problems-in-words";
import {
  copyName,
  defaultDocumentName,
  indexRecordOf,
  newDocumentId,
  sortIndex,
  storedText,
} from "./documents";
import { readDocumentText } from "./read-document";
import type { DocumentIndexRecord, StorageAdapter, WriteResult } from "./types";

/** A stored document read back: parsed, with the revision a later save must name. */
export interface LoadedDocument {
  id: string;
  name: string;
  document: JuesuanDocument;
  saveRevision: number;
  /** The undo history saved with this very revision, if any. */
  history: History | undefined;
}

export type LoadResult =
  | { ok: true; loaded: LoadedDocument }
  | { ok: false; reason: "missing" }
  | { ok: false; reason: "unreadable"; message: string };

/** Documents by id over a storage adapter: create, load, save (compare-and-set), copy, rename, delete. */
export class DocumentRepository {
  constructor(
    readonly adapter: StorageAdapter,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async list(): Promise<DocumentIndexRecord[]> {
    return sortIndex(await this.adapter.listIndex());
  }

  async load(id: string): Promise<LoadResult> {
    const stored = await this.adapter.readDocument(id);
    if (!stored) return { ok: false, reason: "missing" };
    const parsed = await readDocumentText(stored.text);
    if (!parsed.ok) {
      return { ok: false, reason: "unreadable", message: await problemsInWords(parsed.problems.slice(0, 5)) };
    }
    const [index, history] = await Promise.all([
      this.adapter.listIndex().then((all) => all.find((r) => r.id === id)),
      this.adapter.readHistory(id).catch(() => undefined),
    ]);
    return {
      ok: true,
      loaded: {
        id,
        name: index?.name ?? defaultDocumentName(parsed.document.meta),
        document: parsed.document,
        saveRevision: stored.saveRevision,
        history: history && history.saveRevision === stored.saveRevision ? history.history : undefined,
      },
    };
  }

  /** Stores a new document (revision 1) and returns its id. */
  async create(document: JuesuanDocument, name: string, text = storedText(document)): Promise<string> {
    const id = newDocumentId();
    const updatedAt = this.now().toISOString();
    const result = await this.adapter.write(
      {
        index: indexRecordOf(id, name, document, 1, updatedAt),
        document: { id, text, saveRevision: 1, updatedAt },
      },
      null,
    );
    if (!result.ok) throw new Error("文档编号冲突，请重试");
    return id;
  }

  /**
   * Saves `document` over revision `base` (`null`: it was never stored); on success the stored revision is
   * `base + 1`. A conflict (another tab saved or deleted it) writes nothing.
   */
  async save(
    id: string,
    name: string,
    document: JuesuanDocument,
    text: string,
    base: number | null,
    history?: History,
  ): Promise<WriteResult> {
    const saveRevision = (base ?? 0) + 1;
    const updatedAt = this.now().toISOString();
    return this.adapter.write(
      {
        index: indexRecordOf(id, name, document, saveRevision, updatedAt),
        document: { id, text, saveRevision, updatedAt },
        ...(history ? { history: { saveRevision, history } } : {}),
      },
      base,
    );
  }

  /** Copies a stored document under a new id and the name 原名（副本）. */
  async duplicate(id: string): Promise<string> {
    const [stored, all] = await Promise.all([this.adapter.readDocument(id), this.adapter.listIndex()]);
    if (!stored) throw new Error("要复制的文档已不存在");
    const parsed = await readDocumentText(stored.text);
    if (!parsed.ok) throw new Error(`文档无法读取：${await problemsInWords(parsed.problems.slice(0, 3))}`);
    const source = all.find((r) => r.id === id);
    const name = copyName(
      source?.name ?? defaultDocumentName(parsed.document.meta),
      all.map((r) => r.name),
    );
    return this.create(parsed.document, name, stored.text);
  }

  async rename(id: string, name: string): Promise<boolean> {
    return this.adapter.rename(id, name);
  }

  async remove(id: string): Promise<void> {
    await this.adapter.remove(id);
  }
}
