import { describe, expect, it } from "vitest";
import type { Finding } from "../checks";
import { smallDocument } from "../testing/documents";
import { planAddSubjectRow, planRemoveSubjectRow } from "../workbook/subject-rows";
import { Workbook } from "../workbook/workbook";
import { anchorDraft, isModifiedSince, resolveAnchor, reviewList, shownValue } from "./anchors";
import {
  addThread,
  type CommentAnchor,
  type CommentThread,
  deleteThread,
  findingAnchor,
  resolveThread,
  tableAnchor,
} from "./comments";
import { at, CELL, expectOk, sampleWorkbook } from "./testing";
import { cellCommentStates, threadsByCell } from "./thread-basics";

/** A thread written now on `anchor` in `workbook`, recording what anchorDraft records. */
function threadOn(
  workbook: Workbook,
  anchor: CommentAnchor,
  threads: CommentThread[] = [],
  id = `t${threads.length + 1}`,
  findings?: Finding[],
): CommentThread[] {
  const draft = anchorDraft(workbook, anchor, findings);
  if (!draft.ok) throw new Error(draft.message);
  const { ok: _ok, ...fields } = draft;
  return expectOk(
    addThread(threads, { ...fields, id, author: "王审核", text: "请核对", at: at(threads.length) }),
  );
}

const finding: Finding = {
  key: "R03-1|03|201|本年支出合计",
  rule: "R03-1",
  severity: "error",
  message: "R03-1 本年支出合计：03表·201 一般公共服务支出·本年支出合计 为 84.58，而 … 相差 0.01 万元。",
  cells: [{ table: "03", row: "201", col: "本年支出合计" }],
};

describe("anchorDraft", () => {
  it("records the place in words and the value shown now", () => {
    const wb = sampleWorkbook();
    expect(anchorDraft(wb, CELL)).toEqual({
      ok: true,
      anchor: CELL,
      anchorLabel: "03表·2010301 行政运行·基本支出",
      valueAtCreation: "17.11",
    });
    expect(anchorDraft(wb, { kind: "cell", table: "01", row: "收入总计", col: "决算数" })).toMatchObject({
      anchorLabel: "01表·收入总计·决算数",
      valueAtCreation: "507.92",
    });
    expect(anchorDraft(wb, { kind: "cell", table: "03", row: "2010301", col: "经营支出" })).toMatchObject({
      valueAtCreation: null,
    });
    expect(anchorDraft(wb, tableAnchor("07"))).toEqual({
      ok: true,
      anchor: tableAnchor("07"),
      anchorLabel: "07表 政府性基金预算财政拨款收入支出决算表",
    });
  });

  it("refuses a cell that is not in the document", () => {
    const wb = sampleWorkbook();
    expect(anchorDraft(wb, { kind: "cell", table: "03", row: "2129999", col: "基本支出" })).toEqual({
      ok: false,
      message: "不能在此批注：科目 2129999 已不在03表中",
    });
    expect(anchorDraft(wb, { kind: "cell", table: "01", row: "收入总计", col: "基本支出" })).toMatchObject({
      ok: false,
    });
  });
});

describe("resolveAnchor", () => {
  it("a cell thread stays attached when rows are added, is detached when its row is removed, and comes back", () => {
    const wb = sampleWorkbook();
    const threads = threadOn(wb, CELL);
    const thread = threads[0] as CommentThread;
    expect(resolveAnchor(wb, thread)).toEqual({
      state: "attached",
      label: "03表·2010301 行政运行·基本支出",
      cell: "03|2010301|基本支出",
    });

    const add = planAddSubjectRow(wb, "03", "2010302", "一般行政管理事务");
    if (!add.ok) throw new Error(add.message);
    wb.apply(add.edits);
    expect(resolveAnchor(wb, thread).state).toBe("attached");

    const remove = planRemoveSubjectRow(wb, "03", "20103");
    if (!remove.ok) throw new Error(remove.message);
    wb.apply(remove.edits);
    expect(resolveAnchor(wb, thread)).toEqual({
      state: "detached",
      label: "03表·2010301 行政运行·基本支出",
      reason: "科目 2010301 已不在03表中",
    });
    expect(reviewList(wb, threads)).toHaveLength(1);
    expect(isModifiedSince(thread, wb)).toBe(false);

    wb.apply([{ kind: "set", table: "03", row: "2010301", col: "基本支出", value: "17.11" }]);
    expect(resolveAnchor(wb, thread).state).toBe("attached");
  });

  it("a detached thread without a recorded label is described by its keys", () => {
    const wb = sampleWorkbook();
    const thread = expectOk(
      addThread([], { id: "x", anchor: { ...CELL, row: "2129999" }, author: "王", text: "?", at: at(0) }),
    )[0] as CommentThread;
    expect(resolveAnchor(wb, thread)).toMatchObject({ state: "detached", label: "03表·2129999·基本支出" });
  });

  it("a finding thread is attached while the finding is reported, detached once it is gone", () => {
    const wb = sampleWorkbook();
    const anchor = findingAnchor(finding);
    const thread = threadOn(wb, anchor, [], "f", [finding])[0] as CommentThread;
    expect(thread.anchorLabel).toContain("审核结果 R03-1（03表）：R03-1 本年支出合计");
    expect(resolveAnchor(wb, thread, [finding])).toMatchObject({ state: "attached", finding });
    expect(resolveAnchor(wb, thread, [])).toEqual({
      state: "detached",
      label: thread.anchorLabel,
      reason: "该审核结果已不再出现（可能已更正）",
    });
    expect(resolveAnchor(wb, thread)).toEqual({ state: "attached", label: "审核结果 R03-1（03表）" });
    expect(anchorDraft(wb, anchor, [])).toEqual({
      ok: false,
      message: "不能在此批注：该审核结果已不再出现（可能已更正）",
    });
  });
});

describe("isModifiedSince (已修改)", () => {
  it("flags a cell thread when the shown value changed after writing, and clears when it is back", () => {
    const wb = sampleWorkbook();
    const thread = threadOn(wb, CELL)[0] as CommentThread;
    expect(isModifiedSince(thread, wb)).toBe(false);
    wb.apply([{ kind: "set", table: "03", row: "2010301", col: "基本支出", value: "17.10" }]);
    expect(isModifiedSince(thread, wb)).toBe(true);
    wb.apply([{ kind: "set", table: "03", row: "2010301", col: "基本支出", value: "17.110" }]);
    expect(isModifiedSince(thread, wb)).toBe(false);
    wb.apply([{ kind: "set", table: "03", row: "2010301", col: "基本支出", value: null }]);
    expect(isModifiedSince(thread, wb)).toBe(true);
  });

  it("flags a derived cell when its inputs change, and a blank cell when it gets a value", () => {
    const wb = new Workbook(smallDocument());
    const total = { kind: "cell", table: "03", row: "合计", col: "本年支出合计" } as const;
    const blank = { kind: "cell", table: "03", row: "2010301", col: "经营支出" } as const;
    let threads = threadOn(wb, total);
    threads = threadOn(wb, blank, threads);
    expect(threads.map((t) => t.valueAtCreation)).toEqual(["15.50", null]);
    wb.apply([{ kind: "set", table: "03", row: "2010350", col: "项目支出", value: "2.50" }]);
    expect(shownValue(wb, "03", "合计", "本年支出合计")).toBe("16.50");
    expect(threads.map((t) => isModifiedSince(t, wb))).toEqual([true, false]);
    wb.apply([{ kind: "set", table: "03", row: "2010301", col: "经营支出", value: "0.00" }]);
    expect(threads.map((t) => isModifiedSince(t, wb))).toEqual([true, true]);
  });

  it("is never set for table threads or threads without a recorded value", () => {
    const wb = sampleWorkbook();
    const threads = expectOk(
      addThread(threadOn(wb, tableAnchor("03")), {
        id: "n",
        anchor: CELL,
        author: "王",
        text: "x",
        at: at(9),
      }),
    );
    wb.apply([{ kind: "set", table: "03", row: "2010301", col: "基本支出", value: "1.00" }]);
    expect(threads.map((t) => isModifiedSince(t, wb))).toEqual([false, false]);
  });
});

describe("threads in the grid and in the list", () => {
  it("indexes visible cell threads by cell; a cell is open while any thread on it is open", () => {
    const wb = sampleWorkbook();
    let threads = threadOn(wb, CELL);
    threads = threadOn(wb, CELL, threads);
    threads = threadOn(wb, { ...CELL, col: "本年支出合计" }, threads);
    threads = threadOn(wb, tableAnchor("03"), threads);
    threads = expectOk(resolveThread(threads, "t1", "李", at(20)));
    threads = expectOk(resolveThread(threads, "t3", "李", at(20)));
    expect([...threadsByCell(threads).entries()].map(([id, list]) => [id, list.map((t) => t.id)])).toEqual([
      ["03|2010301|基本支出", ["t1", "t2"]],
      ["03|2010301|本年支出合计", ["t3"]],
    ]);
    expect(cellCommentStates(threads)).toEqual(
      new Map([
        ["03|2010301|基本支出", "open"],
        ["03|2010301|本年支出合计", "resolved"],
      ]),
    );
    threads = expectOk(deleteThread(threads, "t2", "王审核"));
    expect(cellCommentStates(threads).get("03|2010301|基本支出")).toBe("resolved");
  });

  it("reviewList walks tables in order: table threads, rows as printed, detached cells, findings", () => {
    const wb = sampleWorkbook();
    let threads = threadOn(
      wb,
      { kind: "cell", table: "03", row: "2210201", col: "基本支出" },
      [],
      "late-row",
    );
    threads = threadOn(wb, findingAnchor(finding), threads, "finding", [finding]);
    threads = threadOn(
      wb,
      { kind: "cell", table: "03", row: "201", col: "本年支出合计" },
      threads,
      "class-total",
    );
    threads = threadOn(
      wb,
      { kind: "cell", table: "03", row: "201", col: "本年支出合计" },
      threads,
      "class-total-2",
    );
    threads = threadOn(
      wb,
      { kind: "cell", table: "03", row: "201", col: "基本支出" },
      threads,
      "class-basic",
    );
    threads = threadOn(wb, tableAnchor("03"), threads, "table-03");
    threads = threadOn(wb, { kind: "cell", table: "01", row: "收入总计", col: "决算数" }, threads, "t-01");
    threads = threadOn(
      wb,
      { kind: "cell", table: "03", row: "2080505", col: "基本支出" },
      threads,
      "removed",
    );
    const remove = planRemoveSubjectRow(wb, "03", "2080505");
    if (!remove.ok) throw new Error(remove.message);
    wb.apply(remove.edits);
    const list = reviewList(wb, threads, [finding]);
    expect(list.map((e) => e.thread.id)).toEqual([
      "t-01",
      "table-03",
      "class-total",
      "class-total-2",
      "class-basic",
      "late-row",
      "removed",
      "finding",
    ]);
    expect(list.map((e) => e.where.state)).toEqual([
      "attached",
      "attached",
      "attached",
      "attached",
      "attached",
      "attached",
      "detached",
      "attached",
    ]);
    expect(list.every((e) => !e.resolved && !e.modified)).toBe(true);
  });
});
