import { describe, expect, it } from "vitest";
import { seedWorkbook } from "../testing/narrative";
import {
  type AttachmentCell,
  withAttachmentCell,
  withoutSelfEvaluationTask,
  withSelfEvaluationTask,
} from "./edit-attachment";
import type { PartEdit } from "./edit-parts";
import type { Publication, SelfEvaluationTable } from "./model";

function seedPublication(): Publication {
  const publication = seedWorkbook().doc.publication;
  if (!publication) throw new Error("no publication");
  return publication;
}

function tableOf(result: PartEdit): SelfEvaluationTable {
  if (!result.ok) throw new Error(result.message);
  const table = result.publication.attachments[0]?.table;
  if (!table) throw new Error("no 自评表");
  return table;
}

describe("the 自评表's texts", () => {
  it("年度总体目标, tasks, indicator names, budget labels and the heading are rewritten, trimmed", () => {
    const start = seedPublication();
    const cases: [AttachmentCell, (t: SelfEvaluationTable) => string][] = [
      [{ part: "goals", column: "expected" }, (t) => t.goals.expected],
      [{ part: "goals", column: "achieved" }, (t) => t.goals.achieved],
      [{ part: "task", row: 2, column: "content" }, (t) => t.tasks[2]?.content ?? ""],
      [{ part: "indicator", row: 3, column: "level2" }, (t) => t.indicators[3]?.level2 ?? ""],
      [{ part: "indicator", row: 3, column: "level1" }, (t) => t.indicators[3]?.level1 ?? ""],
      [{ part: "budget", row: 1, column: "label" }, (t) => t.budget[1]?.label ?? ""],
      [{ part: "heading", column: "department" }, (t) => t.department],
      [{ part: "heading", column: "year" }, (t) => t.year],
    ];
    for (const [cell, read] of cases) {
      const table = tableOf(withAttachmentCell(start, 0, cell, "  新的文字 "));
      expect(read(table), JSON.stringify(cell)).toBe("新的文字");
    }
    // Nothing else changes, and the publication it started from is left as it was.
    const goals = tableOf(withAttachmentCell(start, 0, { part: "goals", column: "expected" }, "目标"));
    expect({ ...goals, goals: start.attachments[0]?.table?.goals }).toEqual(start.attachments[0]?.table);
    expect(start.attachments[0]?.table?.goals.expected).toBe(
      "负责产业集聚区园区建设。完成区党工委、管委会交办的其他任务。",
    );
  });

  it("refuses an empty title, a task or row that does not exist, and a table that is not there", () => {
    const start = seedPublication();
    expect(withAttachmentCell(start, 0, { part: "heading", column: "title" }, " ")).toEqual({
      ok: false,
      message: "自评表的表名为空，未保存",
    });
    expect(withAttachmentCell(start, 0, { part: "task", row: 3, column: "name" }, "x")).toEqual({
      ok: false,
      message: "自评表中没有这一行，未保存",
    });
    expect(withAttachmentCell(start, 1, { part: "goals", column: "expected" }, "x").ok).toBe(false);
  });

  it("refuses a cell longer than a printed paragraph (a misplaced paste), in words, and keeps 500 字", () => {
    const start = seedPublication();
    const cell = { part: "indicator", row: 0, column: "level3" } as const;
    expect(withAttachmentCell(start, 0, cell, "字".repeat(600))).toEqual({
      ok: false,
      message: "自评表一格最多 500 字，这段有 600 字，未保存：请精简，详细说明可写入情况说明",
    });
    expect(tableOf(withAttachmentCell(start, 0, cell, "字".repeat(500))).indicators[0]?.level3).toHaveLength(
      500,
    );
  });

  it("年度主要任务 rows are added empty at the end and removed", () => {
    const start = seedPublication();
    const added = withSelfEvaluationTask(start, 0);
    expect(tableOf(added).tasks).toHaveLength(4);
    expect(tableOf(added).tasks[3]).toEqual({ name: "", content: "", achieved: "" });
    if (!added.ok) throw new Error(added.message);
    const removed = tableOf(withoutSelfEvaluationTask(added.publication, 0, 0));
    expect(removed.tasks.map((t) => t.name)).toEqual([
      "做好产业集聚区规划编制工作。",
      "积极服务企业，做好统计工作。",
      "",
    ]);
    expect(withoutSelfEvaluationTask(start, 0, 5)).toEqual({
      ok: false,
      message: "自评表中没有这一任务，未删除",
    });
    expect(withSelfEvaluationTask(start, 2)).toEqual({ ok: false, message: "该附件没有自评表，未添加" });
  });
});
