import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addThread,
  type CommentEvent,
  type CommentReply,
  type CommentThread,
  deleteReply,
  deleteThread,
  editReply,
  editThread,
  reopenThread,
  reply,
  resolveThread,
  tableAnchor,
} from "./comments";
import { mergeComments } from "./merge";
import { at, CELL, deepFreeze, expectOk, oneThread } from "./testing";

/** The reviewer's and the accountant's copies after each worked on the same starting list. */
function copies(): { base: CommentThread[]; reviewer: CommentThread[]; accountant: CommentThread[] } {
  let base = oneThread("t1", CELL, 0);
  base = expectOk(
    addThread(base, { id: "t2", anchor: tableAnchor("07"), author: "王审核", text: "说明", at: at(1) }),
  );
  base = expectOk(reply(base, "t1", { id: "r1", author: "李会计", text: "已核对", at: at(2) }));
  let reviewer = expectOk(reply(base, "t1", { id: "r2", author: "王审核", text: "仍不一致", at: at(10) }));
  reviewer = expectOk(
    addThread(reviewer, { id: "t3", anchor: CELL, author: "王审核", text: "另一个问题", at: at(11) }),
  );
  reviewer = expectOk(resolveThread(reviewer, "t2", "王审核", at(12)));
  let accountant = expectOk(reply(base, "t1", { id: "r3", author: "李会计", text: "补充说明", at: at(9) }));
  accountant = expectOk(editReply(accountant, "t1", "r1", "李会计", "已核对，无误", at(13)));
  return { base: deepFreeze(base), reviewer: deepFreeze(reviewer), accountant: deepFreeze(accountant) };
}

describe("mergeComments", () => {
  it("combines threads and replies by id, nothing duplicated, and says what came in", () => {
    const { reviewer, accountant } = copies();
    const { threads, summary } = mergeComments(accountant, reviewer);
    expect(threads.map((t) => t.id)).toEqual(["t1", "t2", "t3"]);
    expect(threads[0]?.replies.map((r) => [r.id, r.text])).toEqual([
      ["r1", "已核对，无误"],
      ["r3", "补充说明"],
      ["r2", "仍不一致"],
    ]);
    expect(threads[1]?.resolved).toEqual({ by: "王审核", at: at(12) });
    expect(summary).toMatchObject({
      newThreads: ["t3"],
      newReplies: [{ threadId: "t1", replyId: "r2" }],
      resolved: ["t2"],
      reopened: [],
      edited: 0,
      deleted: 0,
      conflicts: [],
      unchanged: false,
    });
    expect(summary.message).toBe("收到新批注 1 条，新回复 1 条，已解决 1 条。");
    const again = mergeComments(threads, reviewer);
    expect(again.threads).toEqual(threads);
    expect(again.summary.unchanged).toBe(true);
    expect(again.summary.message).toBe("没有新的批注或回复。");
  });

  it("the later edit wins, whichever side it is on", () => {
    const base = oneThread();
    const early = expectOk(editThread(base, "t1", "王审核", "早的修改", at(5)));
    const late = expectOk(editThread(base, "t1", "王审核", "晚的修改", at(6)));
    expect(mergeComments(early, late).threads[0]).toMatchObject({ text: "晚的修改", editedAt: at(6) });
    expect(mergeComments(late, early).threads[0]).toMatchObject({ text: "晚的修改", editedAt: at(6) });
    expect(mergeComments(base, late).summary).toMatchObject({ edited: 1, message: "收到内容修改 1 处。" });
  });

  it("deletions win over later edits", () => {
    const base = expectOk(reply(oneThread(), "t1", { id: "r1", author: "李", text: "回复", at: at(1) }));
    const deleted = expectOk(deleteReply(expectOk(deleteThread(base, "t1", "王审核")), "t1", "r1", "李"));
    const edited = expectOk(
      editReply(expectOk(editThread(base, "t1", "王审核", "改", at(9))), "t1", "r1", "李", "改", at(9)),
    );
    for (const [a, b] of [
      [deleted, edited],
      [edited, deleted],
    ] as const) {
      const merged = mergeComments(a, b).threads[0] as CommentThread;
      expect(merged).toMatchObject({ text: "", deleted: true });
      expect(merged.replies[0]).toMatchObject({ text: "", deleted: true });
    }
    expect(mergeComments(edited, deleted).summary).toMatchObject({ deleted: 2, message: "收到删除 2 处。" });
  });

  it("resolution follows whichever of resolve and reopen came last", () => {
    const base = expectOk(resolveThread(oneThread(), "t1", "李会计", at(5)));
    const reopened = expectOk(reopenThread(base, "t1", "王审核", at(7)));
    const reresolved = expectOk(resolveThread(reopened, "t1", "李会计", at(9)));
    const resolvedLater = expectOk(resolveThread(oneThread(), "t1", "张", at(8)));
    expect(mergeComments(base, reopened).threads[0]?.resolved).toBeNull();
    expect(mergeComments(reopened, base).threads[0]?.resolved).toBeNull();
    expect(mergeComments(base, reopened).summary).toMatchObject({
      reopened: ["t1"],
      message: "收到重新打开 1 条。",
    });
    expect(mergeComments(reopened, resolvedLater).threads[0]?.resolved).toEqual({ by: "张", at: at(8) });
    expect(mergeComments(reresolved, resolvedLater).threads[0]?.resolved).toEqual({
      by: "李会计",
      at: at(9),
    });
    expect(mergeComments(reopened, reresolved).threads[0]).toMatchObject({
      resolved: { by: "李会计", at: at(9) },
      reopened: { by: "王审核", at: at(7) },
    });
  });

  it("reports threads and replies whose fixed fields differ under the same id", () => {
    const mine = oneThread("t1");
    const theirs = [{ ...(mine[0] as CommentThread), author: "冒名者" }];
    const { summary } = mergeComments(mine, theirs);
    expect(summary.conflicts).toEqual([
      { threadId: "t1", message: "作者不同：当前文档为“王审核”，文件中为“冒名者”" },
    ]);
    const withReply = expectOk(reply(mine, "t1", { id: "r", author: "李", text: "x", at: at(1) }));
    const other = expectOk(reply(mine, "t1", { id: "r", author: "赵", text: "x", at: at(1) }));
    expect(mergeComments(withReply, other).summary.conflicts).toEqual([
      { threadId: "t1", replyId: "r", message: "作者不同：当前文档为“李”，文件中为“赵”" },
    ]);
  });

  it("keeps fields it does not know", () => {
    const mine = oneThread("t1");
    const theirs = [{ ...(mine[0] as CommentThread), 优先级: "高" }];
    expect(mergeComments(mine, theirs).threads[0]).toMatchObject({ 优先级: "高" });
  });
});

// ── properties ───────────────────────────────────────────────────────────────────────────────────

const THREAD_IDS = ["t1", "t2", "t3", "t4"] as const;
const REPLY_IDS = ["r1", "r2", "r3"] as const;
const PEOPLE = ["王审核", "李会计", "张"] as const;
/** Times after every creation time (threads are written at minutes 0–3, replies at 10–12). */
const arbLaterTime = fc.integer({ min: 20, max: 26 }).map(at);
const arbEvent: fc.Arbitrary<CommentEvent> = fc.record({ by: fc.constantFrom(...PEOPLE), at: arbLaterTime });
const arbText = fc.constantFrom("甲", "乙", "丙");

function arbReply(id: string, index: number): fc.Arbitrary<CommentReply> {
  return fc
    .record({ text: arbText, editedAt: fc.option(arbLaterTime, { nil: undefined }), deleted: fc.boolean() })
    .map(({ text, editedAt, deleted }) => {
      const entry: CommentReply = {
        id,
        author: PEOPLE[index % PEOPLE.length] as string,
        at: at(10 + index),
        text,
      };
      if (editedAt !== undefined) entry.editedAt = editedAt;
      if (deleted) Object.assign(entry, { deleted: true, text: "" });
      return entry;
    });
}

/** One copy of a thread: fixed fields from its id, the rest as some replica may have it. */
function arbThread(id: string, index: number): fc.Arbitrary<CommentThread> {
  return fc
    .record({
      text: arbText,
      editedAt: fc.option(arbLaterTime, { nil: undefined }),
      deleted: fc.boolean(),
      resolved: fc.option(fc.option(arbEvent, { nil: null }), { nil: undefined }),
      reopened: fc.option(arbEvent, { nil: undefined }),
      replies: fc
        .subarray([...REPLY_IDS])
        .chain((ids) => fc.tuple(...ids.map((r) => arbReply(r, REPLY_IDS.indexOf(r))))),
    })
    .map((fields) => {
      const thread: CommentThread = {
        id,
        anchor: index % 2 === 0 ? CELL : tableAnchor("07"),
        createdAt: at(index),
        author: PEOPLE[index % PEOPLE.length] as string,
        text: fields.deleted ? "" : fields.text,
        replies: fields.replies,
        valueAtCreation: index % 2 === 0 ? "17.11" : undefined,
      };
      if (thread.valueAtCreation === undefined) delete thread.valueAtCreation;
      if (fields.editedAt !== undefined) thread.editedAt = fields.editedAt;
      if (fields.deleted) thread.deleted = true;
      if (fields.resolved !== undefined) thread.resolved = fields.resolved;
      if (fields.reopened !== undefined) thread.reopened = fields.reopened;
      return thread;
    });
}

/** A replica's thread list: some of the threads, in any order. */
const arbReplica: fc.Arbitrary<CommentThread[]> = fc
  .subarray(THREAD_IDS.map((id, i) => [id, i] as const))
  .chain((picked) => fc.tuple(...picked.map(([id, i]) => arbThread(id, i))))
  .chain((threads) => fc.shuffledSubarray(threads, { minLength: threads.length, maxLength: threads.length }));

const merge = (a: CommentThread[], b: CommentThread[]) => mergeComments(a, b).threads;

describe("mergeComments (properties)", () => {
  it("is idempotent: merging what was already merged in changes nothing", () => {
    fc.assert(
      fc.property(arbReplica, arbReplica, (a, b) => {
        const ab = merge(a, b);
        expect(merge(a, ab)).toEqual(ab);
        expect(merge(ab, b)).toEqual(ab);
        expect(merge(ab, ab)).toEqual(ab);
        expect(mergeComments(ab, a).summary.unchanged).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("is commutative and associative: the same threads whichever way round", () => {
    fc.assert(
      fc.property(arbReplica, arbReplica, arbReplica, (a, b, c) => {
        expect(merge(a, b)).toEqual(merge(b, a));
        expect(merge(merge(a, b), c)).toEqual(merge(a, merge(b, c)));
      }),
      { numRuns: 300 },
    );
  });

  it("loses nothing and duplicates nothing; deletions win; no conflicts between copies", () => {
    fc.assert(
      fc.property(arbReplica, arbReplica, (a, b) => {
        const { threads, summary } = mergeComments(a, b);
        expect(summary.conflicts).toEqual([]);
        const ids = threads.map((t) => t.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(new Set(ids)).toEqual(new Set([...a, ...b].map((t) => t.id)));
        for (const thread of threads) {
          const sources = [...a, ...b].filter((t) => t.id === thread.id);
          const replyIds = new Set(sources.flatMap((t) => t.replies.map((r) => r.id)));
          expect(thread.replies.map((r) => r.id).sort()).toEqual([...replyIds].sort());
          expect(thread.deleted === true).toBe(sources.some((t) => t.deleted));
          for (const entry of thread.replies) {
            const was = sources.flatMap((t) => t.replies).filter((r) => r.id === entry.id);
            expect(entry.deleted === true).toBe(was.some((r) => r.deleted));
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
