import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { parseDocumentText } from "../document/parse";
import { documentSchema } from "../document/schema";
import { serialiseDocument } from "../document/serialise";
import { smallDocument } from "../testing/documents";
import {
  addThread,
  commentsSchema,
  deleteReply,
  deleteThread,
  editReply,
  editThread,
  findingAnchor,
  isResolved,
  isVisible,
  parseComments,
  reopenThread,
  reply,
  resolveThread,
  sameAnchor,
  sortThreads,
  tableAnchor,
  visibleReplies,
} from "./comments";
import { at, CELL, deepFreeze, expectOk, expectRefused, oneThread } from "./testing";

describe("addThread", () => {
  it("adds a thread with author, time and trimmed text, leaving the input untouched", () => {
    const before = deepFreeze(oneThread("t0"));
    const threads = expectOk(
      addThread(before, {
        id: "t1",
        anchor: CELL,
        author: " 王审核 ",
        text: "  这个数与上年差距较大 ",
        at: at(5),
        valueAtCreation: "17.11",
        anchorLabel: "03表·2010301 行政运行·基本支出",
      }),
    );
    expect(before).toHaveLength(1);
    expect(threads).toHaveLength(2);
    expect(threads[1]).toEqual({
      id: "t1",
      anchor: CELL,
      createdAt: at(5),
      author: "王审核",
      text: "这个数与上年差距较大",
      replies: [],
      valueAtCreation: "17.11",
      anchorLabel: "03表·2010301 行政运行·基本支出",
    });
    expect(isResolved(threads[1] as never)).toBe(false);
  });

  it("anchors on a table and on a finding of the checks", () => {
    const onTable = expectOk(
      addThread([], { id: "a", anchor: tableAnchor("07"), author: "王", text: "说明写得不清楚", at: at(0) }),
    );
    const anchor = findingAnchor({ key: "R03-1|03|201", rule: "R03-1", cells: [{ table: "03" }] });
    expect(anchor).toEqual({ kind: "finding", key: "R03-1|03|201", rule: "R03-1", table: "03" });
    const onFinding = expectOk(
      addThread(onTable, { id: "b", anchor, author: "王", text: "已知", at: at(1) }),
    );
    expect(onFinding.map((t) => t.anchor.kind)).toEqual(["table", "finding"]);
    expect(findingAnchor({ key: "k", rule: "X-01", cells: [] })).toEqual({
      kind: "finding",
      key: "k",
      rule: "X-01",
    });
  });

  it("refuses an empty text, a missing name, a used id, a bad time or a bad anchor, and says why", () => {
    const threads = oneThread("t1");
    const base = { id: "t2", anchor: CELL, author: "王审核", text: "文字", at: at(1) };
    expect(expectRefused(addThread(threads, { ...base, text: "   " }))).toBe("批注内容不能为空");
    expect(expectRefused(addThread(threads, { ...base, author: " " }))).toContain("姓名");
    expect(expectRefused(addThread(threads, { ...base, id: "t1" }))).toBe("批注编号“t1”已存在");
    expect(expectRefused(addThread(threads, { ...base, id: "" }))).toContain("编号无效");
    expect(expectRefused(addThread(threads, { ...base, at: "昨天" }))).toContain("时间格式无效");
    expect(
      expectRefused(addThread(threads, { ...base, anchor: { kind: "cell", table: "10" } as never })),
    ).toBe("批注位置无效");
    expect(expectRefused(addThread(threads, { ...base, text: "长".repeat(20_001) }))).toContain("过长");
  });
});

describe("replies", () => {
  it("replies from anyone are appended; edit and delete only one's own", () => {
    let threads = deepFreeze(oneThread());
    threads = expectOk(reply(threads, "t1", { id: "r1", author: "李会计", text: "已更正", at: at(10) }));
    threads = expectOk(reply(threads, "t1", { id: "r2", author: "王审核", text: "好的", at: at(11) }));
    expect(threads[0]?.replies.map((r) => [r.id, r.author, r.text])).toEqual([
      ["r1", "李会计", "已更正"],
      ["r2", "王审核", "好的"],
    ]);
    expect(expectRefused(editReply(threads, "t1", "r1", "王审核", "改", at(12)))).toBe(
      "只能修改自己的回复（这条由李会计所写）",
    );
    threads = expectOk(editReply(threads, "t1", "r1", "李会计", "已更正为 17.11", at(12)));
    expect(threads[0]?.replies[0]).toMatchObject({ text: "已更正为 17.11", editedAt: at(12) });
    expect(expectRefused(deleteReply(threads, "t1", "r1", "王审核"))).toContain("只能删除自己的回复");
    threads = expectOk(deleteReply(threads, "t1", "r1", "李会计"));
    expect(threads[0]?.replies[0]).toMatchObject({ id: "r1", text: "", deleted: true });
    expect(visibleReplies(threads[0] as never).map((r) => r.id)).toEqual(["r2"]);
    expect(expectRefused(deleteReply(threads, "t1", "r1", "李会计"))).toBe("这条回复已被删除");
    expect(expectRefused(editReply(threads, "t1", "r1", "李会计", "x", at(13)))).toBe("这条回复已被删除");
  });

  it("refuses a reply to an unknown or deleted thread, a used reply id, an unknown reply", () => {
    const threads = expectOk(reply(oneThread(), "t1", { id: "r1", author: "李", text: "a", at: at(1) }));
    expect(expectRefused(reply(threads, "nope", { id: "r9", author: "李", text: "a", at: at(1) }))).toContain(
      "找不到",
    );
    expect(expectRefused(reply(threads, "t1", { id: "r1", author: "李", text: "b", at: at(2) }))).toBe(
      "回复编号“r1”已存在",
    );
    expect(expectRefused(editReply(threads, "t1", "r9", "李", "b", at(2)))).toBe("找不到这条回复");
    const deleted = expectOk(deleteThread(threads, "t1", "王审核"));
    expect(expectRefused(reply(deleted, "t1", { id: "r2", author: "李", text: "b", at: at(2) }))).toContain(
      "已被删除",
    );
  });
});

describe("editing and deleting threads", () => {
  it("only the author edits; the edit time is recorded", () => {
    const threads = deepFreeze(oneThread());
    expect(expectRefused(editThread(threads, "t1", "李会计", "改", at(3)))).toBe(
      "只能修改自己的批注（这条由王审核所写）",
    );
    expect(expectRefused(editThread(threads, "t1", "王审核", " ", at(3)))).toBe("批注内容不能为空");
    const edited = expectOk(editThread(threads, "t1", "王审核", "请核对：与 05 表不一致", at(3)));
    expect(edited[0]).toMatchObject({ text: "请核对：与 05 表不一致", editedAt: at(3), createdAt: at(0) });
  });

  it("deleting is soft: the text goes, the entry stays; others' replies keep the thread listed", () => {
    const threads = expectOk(
      reply(oneThread(), "t1", { id: "r1", author: "李会计", text: "收到", at: at(1) }),
    );
    expect(expectRefused(deleteThread(threads, "t1", "李会计"))).toContain("只能删除自己的批注");
    const deleted = expectOk(deleteThread(threads, "t1", "王审核"));
    expect(deleted[0]).toMatchObject({ id: "t1", text: "", deleted: true });
    expect(isVisible(deleted[0] as never)).toBe(true);
    const gone = expectOk(deleteReply(deleted, "t1", "r1", "李会计"));
    expect(isVisible(gone[0] as never)).toBe(false);
    expect(gone).toHaveLength(1);
    expect(expectRefused(deleteThread(gone, "t1", "王审核"))).toBe("这条批注已被删除");
    expect(expectRefused(editThread(gone, "t1", "王审核", "x", at(5)))).toBe("这条批注已被删除");
  });
});

describe("resolve and reopen", () => {
  it("anyone resolves an open thread and reopens a resolved one; the events are kept", () => {
    let threads = deepFreeze(oneThread());
    expect(expectRefused(reopenThread(threads, "t1", "王审核", at(1)))).toContain("尚未解决");
    threads = expectOk(resolveThread(threads, "t1", "李会计", at(2)));
    expect(threads[0]?.resolved).toEqual({ by: "李会计", at: at(2) });
    expect(isResolved(threads[0] as never)).toBe(true);
    expect(expectRefused(resolveThread(threads, "t1", "王审核", at(3)))).toBe("这条批注已经解决");
    threads = expectOk(reopenThread(threads, "t1", "王审核", at(4)));
    expect(threads[0]).toMatchObject({ resolved: null, reopened: { by: "王审核", at: at(4) } });
    expect(isResolved(threads[0] as never)).toBe(false);
    threads = expectOk(resolveThread(threads, "t1", "李会计", at(5)));
    expect(threads[0]).toMatchObject({ resolved: { by: "李会计", at: at(5) }, reopened: { at: at(4) } });
    expect(expectRefused(resolveThread(threads, "x", "李会计", at(5)))).toContain("找不到");
    expect(expectRefused(resolveThread(threads, "t1", "", at(6)))).toContain("姓名");
  });
});

describe("helpers", () => {
  it("sameAnchor compares canonical keys; sortThreads orders by time then id", () => {
    expect(sameAnchor(CELL, { ...CELL })).toBe(true);
    expect(sameAnchor(CELL, { ...CELL, col: "项目支出" })).toBe(false);
    expect(sameAnchor(tableAnchor("03"), tableAnchor("03"))).toBe(true);
    expect(sameAnchor(tableAnchor("03"), CELL)).toBe(false);
    const threads = [...oneThread("b", CELL, 5), ...oneThread("c", CELL, 1), ...oneThread("a", CELL, 5)];
    expect(sortThreads(threads).map((t) => t.id)).toEqual(["c", "a", "b"]);
  });
});

describe("parseComments", () => {
  it("accepts a valid section, keeps unknown fields, and treats an absent one as empty", () => {
    const threads = [
      {
        ...oneThread()[0],
        将来的字段: { x: 1 },
        replies: [{ id: "r", author: "李", at: at(1), text: "t", 颜色: "红" }],
      },
    ];
    const result = parseComments(JSON.parse(JSON.stringify(threads)));
    expect(result).toEqual({ ok: true, threads });
    expect(parseComments(undefined)).toEqual({ ok: true, threads: [] });
  });

  it("names the path and the reason in Chinese", () => {
    const good = oneThread()[0];
    const problems = (value: unknown) => {
      const result = parseComments(value);
      if (result.ok) throw new Error("expected problems");
      return result.problems;
    };
    expect(problems({})).toEqual([{ path: "comments", message: "comments 应为数组" }]);
    const { author: _author, ...noAuthor } = good as never as Record<string, unknown>;
    expect(problems([noAuthor])).toEqual([{ path: "comments.0.author", message: "缺少必填字段" }]);
    expect(problems([{ ...good, createdAt: "2024年3月1日" }])[0]).toEqual({
      path: "comments.0.createdAt",
      message: "时间应为 ISO 8601 格式（例如 2024-03-01T08:00:00.000Z）",
    });
    expect(problems([{ ...good, anchor: { kind: "paragraph" } }])).toEqual([
      { path: "comments.0.anchor.kind", message: '批注位置应为 { kind: "cell" | "table" | "finding", … }' },
    ]);
    expect(problems([{ ...good, anchor: { kind: "cell", table: "1", row: "201", col: "x" } }])[0]).toEqual({
      path: "comments.0.anchor.table",
      message: "表号应为两位数字（如 01、10）",
    });
    expect(problems([good, good])).toEqual([{ path: "comments.1.id", message: "批注编号“t1”重复" }]);
    const r = { id: "r", author: "李", at: at(1), text: "t" };
    expect(problems([{ ...good, replies: [r, r] }])).toEqual([
      { path: "comments.0.replies.1.id", message: "回复编号“r”在本批注中重复" },
    ]);
    expect(problems([{ ...good, valueAtCreation: 12 }])[0]?.path).toBe("comments.0.valueAtCreation");
    expect(problems([{ ...good, resolved: { by: "李" } }])[0]).toEqual({
      path: "comments.0.resolved.at",
      message: "缺少必填字段",
    });
  });

  it("comment text and names are data: markup is kept verbatim through the document file", () => {
    const text = '<img src=x onerror="alert(1)"> & </script>';
    const threads = expectOk(addThread([], { id: "x", anchor: CELL, author: "<b>王</b>", text, at: at(0) }));
    const doc = { ...smallDocument(), comments: threads };
    const parsed = parseDocumentText(serialiseDocument(doc));
    if (!parsed.ok) throw new Error("does not parse");
    expect(parseComments(parsed.document.comments)).toEqual({ ok: true, threads });
  });

  it("is part of the document schema", () => {
    const good = { ...smallDocument(), comments: oneThread() };
    expect(documentSchema.safeParse(good).success).toBe(true);
    const bad = documentSchema.safeParse({ ...good, comments: [{ ...oneThread()[0], createdAt: "x" }] });
    expect(bad.success ? [] : bad.error.issues.map((i) => i.path.join("."))).toEqual([
      "comments.0.createdAt",
    ]);
  });

  it("the schema converts to JSON Schema with Chinese descriptions (for the published schema)", () => {
    const json = JSON.stringify(
      z.toJSONSchema(commentsSchema, { target: "draft-2020-12", unrepresentable: "any" }),
    );
    expect(json).toContain("批注");
    expect(json).toContain('"anchor"');
    expect(json).toContain('"valueAtCreation"');
  });
});
