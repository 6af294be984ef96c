import { readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import type { JuesuanDocument } from "../../domain/document/model";
import { parseDocumentText } from "../../domain/document/parse";
import { cellId } from "../../domain/engine/cell-id";
import { createEditorStore, type EditorStore } from "../store";
import { FailingAdapter, MemoryAdapter, StorageUnavailableError } from "./adapters";
import { DocumentSession } from "./session";
import { type LastOpen, READ_ONLY } from "./session-options";
import type { TabChannel, TabMessage } from "./tab-channel";
import type { StorageAdapter } from "./types";

const SAMPLE_TEXT = readFileSync(new URL("../../../public/samples/seed-2023.json", import.meta.url), "utf8");
const loadSample = async (): Promise<JuesuanDocument> => {
  const parsed = parseDocumentText(SAMPLE_TEXT);
  if (!parsed.ok) throw new Error("sample");
  return parsed.document;
};

/** The tabs of one browser: a message bus standing in for BroadcastChannel (asynchronous, not to self). */
function browser() {
  const channels = new Set<(m: TabMessage) => void>();
  const adapter = new MemoryAdapter();
  let last: string | null = null;
  const lastOpen: LastOpen = {
    get: () => last,
    set: (id) => {
      last = id;
    },
  };
  const channel = (): TabChannel => {
    const listeners = new Set<(m: TabMessage) => void>();
    const deliver = (m: TabMessage) => {
      for (const l of listeners) l(m);
    };
    channels.add(deliver);
    return {
      post: (m) => {
        for (const other of channels) if (other !== deliver) setTimeout(() => other(structuredClone(m)), 0);
      },
      subscribe: (l) => {
        listeners.add(l);
        return () => listeners.delete(l);
      },
      close: () => channels.delete(deliver),
    };
  };
  const tab = async (options: { adapter?: StorageAdapter; silent?: boolean } = {}) => {
    const store = createEditorStore();
    const session = new DocumentSession({
      store,
      adapter: options.adapter ?? adapter,
      channel: options.silent
        ? { post: () => undefined, subscribe: () => () => undefined, close: () => undefined }
        : channel(),
      lastOpen,
      loadSample,
      autosaveDelay: 5,
      autosaveMaxWait: 20,
      claimTimeout: 50,
    });
    await session.start();
    return { store, session };
  };
  return { adapter, tab, lastOpen };
}

const settle = (ms = 40) => new Promise((resolve) => setTimeout(resolve, ms));

function edit(store: EditorStore, value: string, row = "2010301"): boolean {
  return store
    .getState()
    .applyEdits([{ kind: "set", table: "03", row, col: "基本支出", value }], `编辑 ${value}`);
}

function value(store: EditorStore, row = "2010301"): unknown {
  return store.getState().workbook?.stored(cellId("03", row, "基本支出"));
}

async function storedValue(adapter: StorageAdapter, id: string, row = "2010301"): Promise<unknown> {
  const stored = await adapter.readDocument(id);
  const doc = JSON.parse(stored?.text ?? "{}") as JuesuanDocument;
  return doc.tables["03"]?.rows[row]?.基本支出;
}

describe("DocumentSession", () => {
  it("first start: stores a copy of the sample and opens it", async () => {
    const { tab, adapter, lastOpen } = browser();
    const { store, session } = await tab();
    const state = store.getState();
    expect(state.docName).toBe("示例：焦作经济技术产业集聚区管理委员会（2023 年度）");
    expect(state.saveStatus.kind).toBe("saved");
    expect(lastOpen.get()).toBe(session.currentId);
    const list = await adapter.listIndex();
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      department: "焦作经济技术产业集聚区管理委员会",
      year: 2023,
      saveRevision: 1,
    });
    // Stored as the file text without `derived`.
    expect((await adapter.readDocument(session.currentId ?? ""))?.text).not.toContain('"derived"');
  });

  it("saves every change at once and a restart brings back the document and its undo history", async () => {
    const { tab, adapter } = browser();
    const first = await tab();
    const original = value(first.store, "2010302");
    edit(first.store, "100.00");
    expect(first.store.getState().saveStatus.kind).toBe("saving");
    edit(first.store, "200.00", "2010302");
    await vi.waitFor(() => expect(first.store.getState().saveStatus.kind).toBe("saved"));
    const id = first.session.currentId ?? "";
    expect(await storedValue(adapter, id)).toBe("100.00");
    expect(await storedValue(adapter, id, "2010302")).toBe("200.00");
    expect(first.session.lastSaveMs).toBeGreaterThanOrEqual(0);
    first.session.dispose();

    const again = await tab();
    expect(again.session.currentId).toBe(id);
    expect(value(again.store)).toBe("100.00");
    expect(again.store.getState().history.past.map((e) => e.label)).toEqual(["编辑 100.00", "编辑 200.00"]);
    again.store.getState().undo();
    expect(value(again.store, "2010302")).toBe(original);
    await vi.waitFor(async () => expect(await storedValue(adapter, id, "2010302")).toBe(original));
  });

  it("a second tab on the same document is told and goes read-only; 重新载入 takes it over", async () => {
    const { tab, adapter } = browser();
    const one = await tab();
    const two = await tab();
    expect(two.session.currentId).toBe(one.session.currentId);
    await vi.waitFor(() => expect(two.store.getState().readOnly).toBe(READ_ONLY.opened));
    expect(two.store.getState().saveStatus.kind).toBe("paused");
    expect(one.store.getState().readOnly).toBeNull();
    // The read-only tab refuses edits; the first one saves and the second is told it changed.
    expect(edit(two.store, "999.00")).toBe(false);
    expect(two.store.getState().message?.text).toContain("本页只读");
    edit(one.store, "123.00");
    await vi.waitFor(() => expect(two.store.getState().readOnly).toBe(READ_ONLY.modified));
    const id = one.session.currentId ?? "";
    expect(await storedValue(adapter, id)).toBe("123.00");
    // 重新载入: the first tab saves what waits and stops, the second gets the newest version.
    edit(one.store, "124.00");
    expect(await two.session.reload()).toBe(true);
    expect(value(two.store)).toBe("124.00");
    expect(two.store.getState().readOnly).toBeNull();
    expect(one.store.getState().readOnly).toBe(READ_ONLY.opened);
    edit(two.store, "125.00");
    await vi.waitFor(async () => expect(await storedValue(adapter, id)).toBe("125.00"));
  });

  it("a stale write is detected even without messages between tabs", async () => {
    const { tab, adapter } = browser();
    const one = await tab({ silent: true });
    const two = await tab({ silent: true });
    edit(one.store, "1.00");
    await vi.waitFor(() => expect(one.session.clean).toBe(true));
    edit(two.store, "2.00");
    await vi.waitFor(() => expect(two.store.getState().readOnly).toBe(READ_ONLY.modified));
    expect(await storedValue(adapter, one.session.currentId ?? "")).toBe("1.00");
    // The stale tab can keep its version as a new document.
    expect(await two.session.saveAsNew()).toBe(true);
    expect(two.store.getState().readOnly).toBeNull();
    expect(two.session.currentId).not.toBe(one.session.currentId);
    expect(await storedValue(adapter, two.session.currentId ?? "")).toBe("2.00");
  });

  it("when storage fails: the reason is shown, editing and export still work", async () => {
    const { tab } = browser();
    const failing = new FailingAdapter(new StorageUnavailableError("浏览器不允许本地存储，例如处于隐私模式"));
    const { store, session } = await tab({ adapter: failing });
    expect(store.getState().saveStatus).toEqual({
      kind: "failed",
      reason: "浏览器不允许本地存储，例如处于隐私模式",
    });
    expect(edit(store, "77.00")).toBe(true);
    await settle();
    expect(value(store)).toBe("77.00");
    expect(store.getState().saveStatus.kind).toBe("failed");
    const exported = session.exportJson();
    expect(exported?.fileName).toBe("焦作经济技术产业集聚区管理委员会-2023-决算.json");
    expect(exported?.text).toContain('"derived"');
    expect(exported?.text).toContain('"77.00"');
    // Opening something else would lose the unsaved changes: refused.
    expect(await session.importFile({ name: "x.json", size: 10, text: async () => SAMPLE_TEXT })).toBe(false);
    expect(value(store)).toBe("77.00");
  });

  it("import: a bad file changes nothing; a good one opens as a new document", async () => {
    const { tab, adapter } = browser();
    const { store, session } = await tab();
    const before = session.currentId;
    const bad = JSON.stringify({ ...JSON.parse(SAMPLE_TEXT), version: 3 });
    expect(await session.importFile({ name: "bad.json", size: bad.length, text: async () => bad })).toBe(
      false,
    );
    expect(store.getState().importFailure).toEqual({
      fileName: "bad.json",
      problems: [{ path: "version", message: "不支持的文档版本（本编辑器读取 version 1 和 2）" }],
      total: 1,
    });
    expect(session.currentId).toBe(before);
    expect(await adapter.listIndex()).toHaveLength(1);

    const good = SAMPLE_TEXT.replace("焦作经济技术产业集聚区管理委员会", "导入测试局");
    expect(await session.importFile({ name: "导入.json", size: good.length, text: async () => good })).toBe(
      true,
    );
    expect(store.getState().importFailure).toBeNull();
    expect(session.currentId).not.toBe(before);
    expect(store.getState().docName).toBe("导入");
    expect(store.getState().workbook?.doc.meta.department).toBe("导入测试局");
    await vi.waitFor(() =>
      expect(
        store
          .getState()
          .documents.map((r) => r.name)
          .sort(),
      ).toEqual(["导入", "示例：焦作经济技术产业集聚区管理委员会（2023 年度）"]),
    );
  });

  it("新建, 复制, 重命名, 删除", async () => {
    const { tab, adapter } = browser();
    const { store, session } = await tab();
    const sample = session.currentId ?? "";
    const refused = await session.createNew({ department: "", year: "2024", unit: "万元", template: "2023" });
    expect(refused.ok).toBe(false);
    const created = await session.createNew({
      department: "新局",
      year: "2024",
      unit: "元",
      template: "2023",
    });
    expect(created.ok).toBe(true);
    expect(store.getState().workbook?.doc.meta).toEqual({
      department: "新局",
      year: 2024,
      unit: "元",
      template: "2023",
    });
    const fresh = session.currentId ?? "";

    const copy = await session.duplicate(sample);
    expect(session.currentId).toBe(fresh);
    expect((await adapter.readDocument(copy ?? ""))?.text).toBe((await adapter.readDocument(sample))?.text);

    expect(await session.rename(fresh, "  新局 2024  ")).toBe(true);
    expect(store.getState().docName).toBe("新局 2024");
    edit(store, "5.00");
    await vi.waitFor(() => expect(session.clean).toBe(true));
    const saved = (await adapter.listIndex()).find((r) => r.id === fresh);
    expect(saved).toMatchObject({ name: "新局 2024", saveRevision: 2 });

    // Deleting the open document opens the most recent other one.
    expect(await session.remove(fresh)).toBe(true);
    expect(session.currentId).not.toBe(fresh);
    expect((await adapter.listIndex()).map((r) => r.id)).not.toContain(fresh);
  });
});
