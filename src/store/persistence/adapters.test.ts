import { describe, expect, it } from "vitest";
import {
  checkRevision,
  describeStorageError,
  FailingAdapter,
  FullAdapter,
  keepName,
  MemoryAdapter,
  StorageUnavailableError,
} from "./adapters";
import type { DocumentIndexRecord, DocumentWrite } from "./types";

function entry(id: string, saveRevision: number, name = "甲", text = "{}"): DocumentWrite {
  const updatedAt = `2024-01-0${saveRevision}T00:00:00.000Z`;
  const index: DocumentIndexRecord = {
    id,
    name,
    department: "部门",
    year: 2023,
    unit: "万元",
    template: "2023",
    updatedAt,
    saveRevision,
  };
  return { index, document: { id, text, saveRevision, updatedAt } };
}

describe("checkRevision (compare-and-set)", () => {
  const stored = { id: "a", text: "", saveRevision: 3, updatedAt: "" };
  it("creates only where nothing is stored", () => {
    expect(checkRevision(undefined, null)).toEqual({ ok: true });
    expect(checkRevision(stored, null)).toEqual({ ok: false, conflict: "modified", stored: 3 });
  });
  it("saves only over the revision it started from", () => {
    expect(checkRevision(stored, 3)).toEqual({ ok: true });
    expect(checkRevision(stored, 2)).toEqual({ ok: false, conflict: "modified", stored: 3 });
    expect(checkRevision(undefined, 2)).toEqual({ ok: false, conflict: "deleted" });
  });
});

describe("MemoryAdapter", () => {
  it("writes index, document and history together and refuses stale writes", async () => {
    const adapter = new MemoryAdapter();
    expect(await adapter.write(entry("a", 1), null)).toEqual({ ok: true });
    const history = { saveRevision: 2, history: { past: [], future: [] } };
    expect(await adapter.write({ ...entry("a", 2, "甲", "v2"), history }, 1)).toEqual({ ok: true });
    // A second writer that also started from revision 1 must not overwrite revision 2.
    expect(await adapter.write(entry("a", 2, "甲", "stale"), 1)).toEqual({
      ok: false,
      conflict: "modified",
      stored: 2,
    });
    expect((await adapter.readDocument("a"))?.text).toBe("v2");
    expect(await adapter.readHistory("a")).toEqual(history);
    expect((await adapter.listIndex()).map((r) => r.saveRevision)).toEqual([2]);
  });

  it("keeps a rename made meanwhile when a save writes the index", async () => {
    const adapter = new MemoryAdapter();
    await adapter.write(entry("a", 1, "原名"), null);
    expect(await adapter.rename("a", "新名")).toBe(true);
    await adapter.write(entry("a", 2, "原名"), 1);
    expect((await adapter.listIndex())[0]?.name).toBe("新名");
    expect(await adapter.rename("missing", "x")).toBe(false);
  });

  it("returns copies, not its own objects", async () => {
    const adapter = new MemoryAdapter();
    await adapter.write(entry("a", 1), null);
    const read = await adapter.readDocument("a");
    if (read) read.text = "changed";
    expect((await adapter.readDocument("a"))?.text).toBe("{}");
  });

  it("removes all three records", async () => {
    const adapter = new MemoryAdapter();
    await adapter.write(
      { ...entry("a", 1), history: { saveRevision: 1, history: { past: [], future: [] } } },
      null,
    );
    await adapter.remove("a");
    expect(await adapter.listIndex()).toEqual([]);
    expect(await adapter.readDocument("a")).toBeUndefined();
    expect(await adapter.readHistory("a")).toBeUndefined();
  });
});

describe("failing adapters", () => {
  it("FailingAdapter rejects everything", async () => {
    const adapter = new FailingAdapter(new StorageUnavailableError("没有存储"));
    await expect(adapter.listIndex()).rejects.toThrow("没有存储");
    await expect(adapter.write()).rejects.toThrow("没有存储");
  });

  it("FullAdapter reads but refuses writes with QuotaExceededError", async () => {
    const base = new MemoryAdapter();
    await base.write(entry("a", 1), null);
    const full = new FullAdapter(base);
    expect(await full.listIndex()).toHaveLength(1);
    const error = await full.write().catch((e: unknown) => e);
    expect(describeStorageError(error)).toBe("本机存储空间已满");
  });
});

describe("describeStorageError", () => {
  it("names the usual failures in Chinese", () => {
    expect(describeStorageError(new DOMException("x", "QuotaExceededError"))).toBe("本机存储空间已满");
    expect(describeStorageError(new DOMException("x", "InvalidStateError"))).toBe(
      "浏览器不允许本地存储，例如处于隐私模式",
    );
    expect(describeStorageError(new StorageUnavailableError("此浏览器不提供本地数据库（IndexedDB）"))).toBe(
      "此浏览器不提供本地数据库（IndexedDB）",
    );
    expect(describeStorageError(new Error("disk on fire"))).toBe("本地存储出错，请刷新页面后再试");
    expect(describeStorageError(new Error("写入中断"))).toBe("本地存储出错：写入中断");
  });
});

describe("keepName", () => {
  it("prefers the stored name", () => {
    const written = entry("a", 2, "旧").index;
    expect(keepName(written, { ...written, name: "新" }).name).toBe("新");
    expect(keepName(written, undefined).name).toBe("旧");
  });
});
