import { describe, expect, it } from "vitest";
import { cellId } from "../domain/engine/cell-id";
import { CELL, SAMPLE_TEXT, sampleDocument } from "../domain/review/testing";
import { exportDocumentJson } from "../domain/workbook/export-json";
import { exportHtml } from "../export/html";
import {
  addComment,
  deleteComment,
  editComment,
  reopenComment,
  replyToThread,
  resolveComment,
} from "./comment-actions";
import { showChange, startCompare, stopCompare } from "./compare-actions";
import { finishMerge, setMergeTake, startMerge } from "./merge-actions";
import { createEditorStore, type EditorStore } from "./store";

const CELL_ID = cellId(CELL.table, CELL.row, CELL.col);
const setProbe = (value: string) =>
  ({ kind: "set", table: CELL.table, row: CELL.row, col: CELL.col, value }) as const;

function openSample(name = "张会计"): EditorStore {
  const store = createEditorStore();
  store.getState().openDocument(sampleDocument());
  store.getState().setReviewerName(name);
  return store;
}

function comment(store: EditorStore, text = "请核对") {
  store.getState().startComment(CELL);
  expect(addComment(store, text)).toBe(true);
  const thread = store.getState().workbook?.doc.comments?.at(-1);
  if (!thread) throw new Error("no thread");
  return thread;
}

/** The open document as an exported file, with a change made to its object first. */
function exported(store: EditorStore): string {
  const workbook = store.getState().workbook;
  if (!workbook) throw new Error("no workbook");
  return exportDocumentJson(workbook);
}

describe("comments in the store", () => {
  it("adds a thread with author, value and place; marks the cell; undo removes it", () => {
    const store = openSample();
    const thread = comment(store, "  这个数对吗？ ");
    expect(thread).toMatchObject({
      author: "张会计",
      text: "这个数对吗？",
      anchor: CELL,
      valueAtCreation: "17.11",
      anchorLabel: "03表·2010301 行政运行·基本支出",
    });
    expect(store.getState().commentCells.get(CELL_ID)).toBe("open");
    expect(store.getState().commentTarget).toBeNull();
    store.getState().undo();
    expect(store.getState().workbook?.doc.comments).toBeUndefined();
    expect(store.getState().commentCells.size).toBe(0);
  });

  it("replies, resolves (marker resolved) and reopens", () => {
    const store = openSample();
    const { id } = comment(store);
    expect(replyToThread(store, id, "已核对")).toBe(true);
    expect(resolveComment(store, id)).toBe(true);
    expect(store.getState().commentCells.get(CELL_ID)).toBe("resolved");
    expect(reopenComment(store, id)).toBe(true);
    const thread = store.getState().workbook?.doc.comments?.[0];
    expect(thread?.replies.map((r) => r.text)).toEqual(["已核对"]);
    expect(store.getState().commentCells.get(CELL_ID)).toBe("open");
  });

  it("edits and deletes only one's own comments", async () => {
    const store = openSample();
    const { id } = comment(store);
    store.getState().setReviewerName("王审核");
    expect(editComment(store, id, null, "改掉")).toBe(false);
    expect(store.getState().message?.text).toContain("只能修改自己的批注");
    store.getState().setReviewerName("张会计");
    expect(editComment(store, id, null, "改好了")).toBe(true);
    expect(deleteComment(store, id, null)).toBe(true);
    expect(store.getState().commentCells.size).toBe(0);
  });

  it("asks for a name before commenting", async () => {
    const store = openSample("  ");
    store.getState().startComment(CELL);
    expect(addComment(store, "没有署名")).toBe(false);
    expect(store.getState().message?.text).toContain("姓名");
  });
});

describe("审阅模式", () => {
  it("refuses value edits and their undo, allows comments", async () => {
    const store = openSample();
    expect(store.getState().applyEdits([setProbe("20.00")], "编辑")).toBe(true);
    store.getState().setReviewMode(true);
    expect(store.getState().applyEdits([setProbe("30.00")], "编辑")).toBe(false);
    expect(store.getState().message?.text).toContain("审阅模式");
    store.getState().undo();
    expect(store.getState().workbook?.stored(CELL_ID)).toBe("20.00");
    comment(store);
    store.getState().undo();
    expect(store.getState().workbook?.doc.comments).toBeUndefined();
  });
});

describe("merging a returned file", () => {
  it("takes replies and resolutions, keeps my values unless chosen", async () => {
    const mine = openSample("张会计");
    const { id } = comment(mine);
    const sent = exported(mine);

    const reviewer = createEditorStore();
    const read = JSON.parse(sent);
    reviewer.getState().openDocument(read);
    reviewer.getState().setReviewerName("王审核");
    reviewer.getState().setReviewMode(true);
    expect(replyToThread(reviewer, id, "数没问题")).toBe(true);
    expect(resolveComment(reviewer, id)).toBe(true);
    reviewer.getState().setReviewMode(false);
    reviewer.getState().applyEdits([setProbe("99.00")], "编辑");
    const returned = exported(reviewer);

    expect(await startMerge(mine, returned, "回复.json")).toBe(true);
    const plan = mine.getState().merge?.plan;
    expect(plan?.comments.summary.newReplies).toHaveLength(1);
    expect(plan?.values.changes.map((c) => c.id)).toEqual(["cell|03|2010301|基本支出"]);
    expect(finishMerge(mine)).toBe(true);
    const thread = mine.getState().workbook?.doc.comments?.[0];
    expect(thread?.replies[0]?.text).toBe("数没问题");
    expect(thread?.resolved?.by).toBe("王审核");
    expect(mine.getState().workbook?.stored(CELL_ID)).not.toBe("99.00");
    expect(mine.getState().message?.text).toContain("新回复 1 条");

    // Merging the same file again duplicates nothing; taking the value takes it.
    expect(await startMerge(mine, returned, "回复.json")).toBe(true);
    setMergeTake(mine, "cell|03|2010301|基本支出", true);
    expect(finishMerge(mine)).toBe(true);
    expect(mine.getState().workbook?.doc.comments?.[0]?.replies).toHaveLength(1);
    expect(mine.getState().workbook?.stored(CELL_ID)).toBe("99.00");
  });

  it("reads the document embedded in an exported HTML page", async () => {
    const mine = openSample("张会计");
    const { id } = comment(mine);
    const reviewer = createEditorStore();
    reviewer.getState().openDocument(JSON.parse(exported(mine)));
    reviewer.getState().setReviewerName("王审核");
    replyToThread(reviewer, id, "看过了");
    const workbook = reviewer.getState().workbook;
    if (!workbook) throw new Error("no workbook");
    expect(await startMerge(mine, exportHtml(workbook), "审阅意见.html")).toBe(true);
    expect(mine.getState().merge?.plan.comments.summary.newReplies).toHaveLength(1);
    expect(await startMerge(mine, "<html><body>别的页面</body></html>", "别的.html")).toBe(false);
    expect(mine.getState().message?.text).toContain("不是本编辑器导出的文档");
  });

  it("refuses a foreign or malformed file and changes nothing", async () => {
    const store = openSample();
    comment(store);
    const before = JSON.stringify(store.getState().workbook?.doc);
    const foreign = JSON.parse(SAMPLE_TEXT);
    foreign.meta.year = 2022;
    expect(await startMerge(store, JSON.stringify(foreign), "别的.json")).toBe(false);
    expect(store.getState().message?.text).toContain("年度为 2022");
    expect(await startMerge(store, "{ 不是 JSON", "坏.json")).toBe(false);
    expect(store.getState().message?.text).toContain("文件格式不正确");
    expect(store.getState().merge).toBeNull();
    expect(JSON.stringify(store.getState().workbook?.doc)).toBe(before);
  });
});

describe("comparing versions", () => {
  it("marks changed cells and follows later edits; 已修改 cells", async () => {
    const store = openSample();
    store.getState().applyEdits([setProbe("20.00")], "编辑");
    expect(await startCompare(store, SAMPLE_TEXT, "示例文件")).toBe(true);
    expect(store.getState().compareCells.get(CELL_ID)).toMatchObject({ old: "17.11", new: "20.00" });
    store.getState().undo();
    expect(store.getState().compareCells.size).toBe(0);
    showChange(store, 0);
    stopCompare(store);
    expect(store.getState().compare).toBeNull();
  });

  it("refuses another department's file", async () => {
    const store = openSample();
    const foreign = JSON.parse(SAMPLE_TEXT);
    foreign.meta.department = "别的部门";
    expect(await startCompare(store, JSON.stringify(foreign), "文件")).toBe(false);
    expect(store.getState().message?.text).toContain("别的部门");
  });
});
