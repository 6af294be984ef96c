import { describe, expect, it } from "vitest";
import type { JuesuanDocument } from "../document/model";
import { serialiseDocument } from "../document/serialise";
import { smallDocument } from "../testing/documents";
import { planAddSubjectRow } from "../workbook/subject-rows";
import { Workbook } from "../workbook/workbook";
import { anchorDraft, isModifiedSince } from "./anchors";
import { addThread, type CommentThread, parseComments, reply, resolveThread } from "./comments";
import { compareWithFile, type MergePlan, mergeEdits, planMerge, type Refusal } from "./merge";
import { at, CELL, expectOk, sampleDocument } from "./testing";

/** The draft the accountant sent out, with one thread of the accountant's own. */
function draft(): JuesuanDocument {
  const doc = sampleDocument();
  doc.comments = expectOk(
    addThread([], {
      id: "own",
      anchor: { kind: "table", table: "07" },
      author: "李会计",
      text: "说明待补",
      at: at(0),
    }),
  );
  return doc;
}

/** The reviewer's copy: reads the draft, comments on a cell, replies, resolves; changes no number. */
function returned(from: JuesuanDocument): JuesuanDocument {
  const doc = structuredClone(from);
  const wb = new Workbook(doc);
  const drafted = anchorDraft(wb, CELL);
  if (!drafted.ok) throw new Error(drafted.message);
  const { ok: _ok, ...fields } = drafted;
  const threads = parseComments(doc.comments);
  if (!threads.ok) throw new Error("bad comments");
  let list = expectOk(
    addThread(threads.threads, {
      ...fields,
      id: "rev-1",
      author: "王审核",
      text: "与 05 表核对",
      at: at(30),
    }),
  );
  list = expectOk(reply(list, "own", { id: "rev-r1", author: "王审核", text: "请补充", at: at(31) }));
  list = expectOk(resolveThread(list, "own", "王审核", at(32)));
  doc.comments = list;
  return doc;
}

function expectPlan(result: MergePlan | Refusal): MergePlan {
  if (!result.ok) throw new Error(`${result.reason} ${JSON.stringify(result.problems)}`);
  return result;
}

function expectRefusal(result: MergePlan | Refusal): Refusal {
  if (result.ok) throw new Error("expected a refusal");
  return result;
}

describe("planMerge", () => {
  it("brings the reviewer's threads in, changes no value, and says what came in", () => {
    const local = draft();
    const before = structuredClone(local);
    const plan = expectPlan(planMerge(local, serialiseDocument(returned(local))));
    expect(local).toEqual(before);
    expect(plan.comments.threads.map((t) => t.id)).toEqual(["own", "rev-1"]);
    expect(plan.comments.threads[0]).toMatchObject({
      resolved: { by: "王审核", at: at(32) },
      replies: [{ id: "rev-r1", text: "请补充" }],
    });
    expect(plan.values.changes).toEqual([]);
    expect(plan.message).toBe("收到新批注 1 条，新回复 1 条，已解决 1 条。数值与当前文档一致。");
    expect(mergeEdits(plan, [])).toEqual([]);
  });

  it("merging the same file twice duplicates nothing", () => {
    const local = draft();
    const file = serialiseDocument(returned(local));
    const first = expectPlan(planMerge(local, file));
    const merged = { ...local, comments: first.comments.threads };
    const second = expectPlan(planMerge(merged, file));
    expect(second.comments.threads).toEqual(first.comments.threads);
    expect(second.comments.summary.unchanged).toBe(true);
    expect(second.message).toBe("没有新的批注或回复。数值与当前文档一致。");
  });

  it("lists the file's differing values without taking them; the chosen ones become edits", () => {
    const local = draft();
    const theirs = returned(local);
    const theirWb = new Workbook(theirs);
    const add = planAddSubjectRow(theirWb, "03", "2010302", "一般行政管理事务");
    if (!add.ok) throw new Error(add.message);
    theirWb.apply([
      ...add.edits,
      { kind: "set", table: "03", row: "2010302", col: "基本支出", value: "3.00" },
      { kind: "set", table: "03", row: "2010301", col: "基本支出", value: "18.11" },
      { kind: "set", table: "09", row: "三公经费", col: "预算数·公务接待费", value: "1.50" },
      { kind: "field", field: "notes", value: { "07": "无政府性基金收支。" } },
    ]);
    const wb = new Workbook(local);
    const plan = expectPlan(planMerge(wb, serialiseDocument(theirs)));
    expect(plan.values.changes.map((c) => c.id)).toEqual([
      "cell|03|2010301|基本支出",
      "row+|03|2010302",
      "note|07",
      "note|08",
      "cell|09|三公经费|预算数·公务接待费",
    ]);
    expect(wb.stored("03|2010301|基本支出")).toBe("17.11");
    expect(plan.message).toContain("文件中有 5 处与当前文档不同（未采用，可逐项选择）。");

    const edits = mergeEdits(plan, ["cell|03|2010301|基本支出", "row+|03|2010302", "note|07"]);
    expect(edits).toEqual([
      {
        kind: "putRow",
        table: "03",
        row: "2010302",
        snapshot: { name: "一般行政管理事务", cells: { 基本支出: "3.00" } },
      },
      { kind: "set", table: "03", row: "2010301", col: "基本支出", value: "18.11" },
      {
        kind: "field",
        field: "notes",
        value: {
          "07": "无政府性基金收支。",
          "08": "我部门没有使用国有资本经营预算安排的支出，故本表无数据。",
        },
      },
    ]);
    wb.apply(edits);
    expect(wb.stored("03|2010301|基本支出")).toBe("18.11");
    expect(wb.stored("09|三公经费|预算数·公务接待费")).toBe("1");
    const rev = plan.comments.threads.find((t) => t.id === "rev-1") as CommentThread;
    expect(isModifiedSince(rev, wb)).toBe(true);
  });

  it("taking an added row takes its added parents; taking a removed row removes its removed children", () => {
    const local = smallDocument();
    const theirs = structuredClone(local);
    const theirWb = new Workbook(theirs);
    const add = planAddSubjectRow(theirWb, "03", "2120101");
    if (!add.ok) throw new Error(add.message);
    theirWb.apply([
      ...add.edits,
      { kind: "putRow", table: "03", row: "20805", snapshot: undefined },
      { kind: "putRow", table: "03", row: "2080501", snapshot: undefined },
    ]);
    const plan = expectPlan(planMerge(local, serialiseDocument(theirs)));
    const edits = mergeEdits(plan, ["row+|03|2120101", "row-|03|20805"]);
    expect(edits.map((e) => [e.kind, "row" in e ? e.row : ""])).toEqual([
      ["putRow", "212"],
      ["putRow", "21201"],
      ["putRow", "2120101"],
      ["putRow", "2080501"],
      ["putRow", "20805"],
    ]);
    const wb = new Workbook(local);
    wb.apply(edits);
    expect(wb.rows("03")).toEqual(new Workbook(structuredClone(theirs)).rows("03"));
  });

  describe("refuses, changing nothing and saying why", () => {
    const local = draft();
    const before = structuredClone(local);
    const foreign = (change: (doc: JuesuanDocument) => void) => {
      const doc = returned(local);
      change(doc);
      return serialiseDocument(doc);
    };

    it("a file of another department, year or unit", () => {
      const refusal = expectRefusal(
        planMerge(
          local,
          foreign((doc) => {
            doc.meta.department = "某某局";
            doc.meta.year = 2022;
          }),
        ),
      );
      expect(refusal.reason).toBe(
        "该文件不是本文档的版本：部门为“某某局”（当前文档为“焦作经济技术产业集聚区管理委员会”），年度为 2022（当前文档为 2023）。未作任何更改。",
      );
      expect(refusal.problems.map((p) => p.path)).toEqual(["meta.department", "meta.year"]);
      expect(
        expectRefusal(
          planMerge(
            local,
            foreign((doc) => {
              doc.meta.unit = "元";
            }),
          ),
        ).reason,
      ).toContain("单位为元（当前文档为万元）");
      expect(local).toEqual(before);
    });

    it("a file of another template", () => {
      const mine = smallDocument("2023");
      const refusal = expectRefusal(planMerge(mine, serialiseDocument(smallDocument("2023-24"))));
      expect(refusal.reason).toBe(
        "该文件不是本文档的版本：模板为“2023-24”（当前文档为“2023”）。未作任何更改。",
      );
    });

    it("a file that is not JSON, not a document, or not valid", () => {
      const notJson = expectRefusal(planMerge(local, "{ 这不是 JSON"));
      expect(notJson.reason).toBe("文件格式不正确，未作任何更改。");
      expect(notJson.problems[0]?.message).toContain("不是有效的 JSON 文件");
      expect(expectRefusal(planMerge(local, JSON.stringify({ format: "other" }))).problems[0]).toEqual({
        path: "format",
        message: '不是决算公开文档（format 应为 "juesuan"）：请选择本编辑器导出的文档文件（.json）',
      });
      const badValue = foreign((doc) => {
        (doc.tables["03"] as { rows: Record<string, Record<string, unknown>> }).rows["2010301"] = {
          基本支出: 17.11,
        };
      });
      expect(expectRefusal(planMerge(local, badValue)).problems[0]?.path).toBe(
        "tables.03.rows.2010301.基本支出",
      );
      expect(local).toEqual(before);
    });

    it("malformed comments, naming where", () => {
      const refusal = expectRefusal(
        planMerge(
          local,
          foreign((doc) => {
            (doc.comments as Record<string, unknown>[])[1] = { id: "rev-1", text: "无作者" };
          }),
        ),
      );
      expect(refusal.reason).toBe("文件格式不正确，未作任何更改。");
      expect(refusal.problems).toContainEqual({ path: "comments.1.author", message: "缺少必填字段" });
      expect(local).toEqual(before);
    });

    it("threads that reuse this document's ids with another author or place", () => {
      const refusal = expectRefusal(
        planMerge(
          local,
          foreign((doc) => {
            (doc.comments as CommentThread[])[0] = {
              ...(doc.comments as CommentThread[])[0],
              author: "他人",
            } as CommentThread;
          }),
        ),
      );
      expect(refusal.reason).toContain("可能不是本文档的审阅文件");
      expect(refusal.problems).toEqual([
        { path: "comments.own", message: "作者不同：当前文档为“李会计”，文件中为“他人”" },
      ]);
      expect(local).toEqual(before);
    });
  });

  it("compareWithFile shows what changed since the file of the last round, or refuses a foreign file", () => {
    const sent = draft();
    const wb = new Workbook(structuredClone(sent));
    wb.apply([{ kind: "set", table: "03", row: "2010301", col: "基本支出", value: "18.11" }]);
    const result = compareWithFile(wb, serialiseDocument(sent));
    if (!result.ok) throw new Error(result.reason);
    expect(result.diff.changes.map((c) => c.description)).toEqual([
      "03表·2010301 行政运行·基本支出：17.11 → 18.11",
    ]);
    const other = structuredClone(sent);
    other.meta.year = 2022;
    expect(compareWithFile(wb, serialiseDocument(other))).toMatchObject({ ok: false });
    expect(compareWithFile(wb, "[]")).toMatchObject({ ok: false, reason: "文件格式不正确，未作任何更改。" });
  });

  it("plans a 2,000-row file quickly", () => {
    const local = sampleDocument();
    const rows = local.tables["03"]?.rows ?? {};
    for (let i = 0; i < 2000; i++) {
      const code = `2${String(10 + (i % 80)).padStart(2, "0")}${String(1 + Math.floor(i / 80)).padStart(2, "0")}01`;
      rows[code] ??= { 基本支出: `${i}.00` };
    }
    const threads: CommentThread[] = Array.from({ length: 500 }, (_, i) => ({
      id: `t${i}`,
      anchor: { kind: "cell", table: "03", row: "2010301", col: "基本支出" },
      createdAt: at(i),
      author: "王审核",
      text: `批注 ${i}`,
      replies: [{ id: "r", author: "李会计", at: at(i + 1), text: "收到" }],
    }));
    local.comments = threads;
    const theirs = structuredClone(local);
    (theirs.tables["03"]?.rows["2010301"] as Record<string, string>).基本支出 = "1.00";
    const text = serialiseDocument(theirs);
    const wb = new Workbook(local);
    const start = performance.now();
    const plan = expectPlan(planMerge(wb, text));
    const elapsed = performance.now() - start;
    console.info(
      `planMerge with ${wb.rows("03").length} rows of 03 and 500 threads: ${elapsed.toFixed(1)} ms`,
    );
    expect(plan.values.counts.cells).toBe(1);
    expect(plan.comments.threads).toHaveLength(500);
    expect(elapsed).toBeLessThan(3000);
  });
});
