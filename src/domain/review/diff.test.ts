import { describe, expect, it } from "vitest";
import type { JuesuanDocument } from "../document/model";
import { blankDocument } from "../testing/documents";
import { planAddSubjectRow, planRemoveSubjectRow } from "../workbook/subject-rows";
import { Workbook } from "../workbook/workbook";
import { diffDocuments } from "./diff";
import { sampleDocument, sampleWorkbook } from "./testing";

function edited(): { before: Workbook; after: Workbook } {
  const before = sampleWorkbook();
  const after = sampleWorkbook();
  const add = planAddSubjectRow(after, "03", "2010302", "一般行政管理事务");
  if (!add.ok) throw new Error(add.message);
  const remove = planRemoveSubjectRow(after, "03", "21011");
  if (!remove.ok) throw new Error(remove.message);
  after.apply([
    ...add.edits,
    { kind: "set", table: "03", row: "2010302", col: "基本支出", value: "3.00" },
    { kind: "set", table: "03", row: "2010301", col: "基本支出", value: "18.11" },
    { kind: "set", table: "03", row: "合计", col: "本年支出合计", value: "508.92" },
    { kind: "set", table: "03", row: "201", col: "本年支出合计", value: undefined },
    { kind: "rename", table: "03", row: "20103", name: "政府办公厅（室）及相关机构事务" },
    { kind: "set", table: "09", row: "三公经费", col: "预算数·公务接待费", value: "1.50" },
    ...remove.edits,
    { kind: "field", field: "notes", value: { "07": "本部门无政府性基金收支。" } },
  ]);
  return { before, after };
}

describe("diffDocuments", () => {
  it("two equal versions have no changes", () => {
    const diff = diffDocuments(sampleWorkbook(), sampleWorkbook());
    expect(diff.changes).toEqual([]);
    expect(diff.summary).toBe("两个版本没有差别。");
  });

  it("lists every change on the sample after edits, in document order, each described in Chinese", () => {
    const { before, after } = edited();
    const diff = diffDocuments(before, after);
    expect(diff.changes.map((c) => c.description)).toEqual([
      "03表·合计·本年支出合计：507.92 → 508.92（列报值）",
      "03表·201 一般公共服务支出·本年支出合计：84.58 → 88.58（删除列报值，显示计算值）",
      "03表 20103 名称：“政府办公厅（室）及机关机构事务” → “政府办公厅（室）及相关机构事务”",
      "03表·2010301 行政运行·基本支出：17.11 → 18.11",
      "03表 新增科目行 2010302 一般行政管理事务：基本支出 3.00",
      "03表 删除科目行 21011 行政事业单位医疗（原有 本年支出合计 5.97，基本支出 5.97）",
      "03表 删除科目行 2101101 行政单位医疗（原有 本年支出合计 0.71，基本支出 0.71）",
      "03表 删除科目行 2101102 事业单位医疗（原有 本年支出合计 2.61，基本支出 2.61）",
      "03表 删除科目行 2101103 公务员医疗补助（原有 本年支出合计 2.65，基本支出 2.65）",
      "07表 说明修改为：“本部门无政府性基金收支。”",
      "08表 删除说明：“我部门没有使用国有资本经营预算安排的支出，故本表无数据。”",
      "09表·三公经费·预算数·公务接待费：1.00 → 1.50",
    ]);
    expect(diff.counts).toEqual({
      cells: 4,
      rowsAdded: 1,
      rowsRemoved: 4,
      rowsRenamed: 1,
      notes: 2,
      meta: 0,
    });
    expect(diff.summary).toBe(
      "共 12 处变化：数值 4 处，新增科目行 1 行，删除科目行 4 行，改名 1 行，说明 2 处。",
    );
    expect(diff.byCell.get("03|2010301|基本支出")).toMatchObject({
      kind: "cell",
      old: "17.11",
      new: "18.11",
      oldStored: "17.11",
      newStored: "18.11",
      valueKind: "entered",
    });
    expect(diff.byCell.get("03|201|本年支出合计")).toMatchObject({
      valueKind: "stated",
      oldStored: "84.58",
      newStored: undefined,
    });
    expect(diff.changes.find((c) => c.kind === "rowAdded")).toMatchObject({
      id: "row+|03|2010302",
      name: "一般行政管理事务",
      cells: [{ col: "基本支出", value: "3.00" }],
    });
  });

  it("the reverse comparison swaps added and removed rows and old and new values", () => {
    const { before, after } = edited();
    const diff = diffDocuments(after, before);
    expect(diff.counts).toEqual({
      cells: 4,
      rowsAdded: 4,
      rowsRemoved: 1,
      rowsRenamed: 1,
      notes: 2,
      meta: 0,
    });
    expect(diff.byCell.get("03|2010301|基本支出")).toMatchObject({ old: "18.11", new: "17.11" });
  });

  it("a value rewritten in another notation, or blank given vs not given on an entered cell, is no change", () => {
    const before = sampleWorkbook();
    const after = sampleWorkbook();
    after.apply([
      { kind: "set", table: "03", row: "2010301", col: "基本支出", value: "17.110" },
      { kind: "set", table: "03", row: "2010301", col: "经营支出", value: null },
    ]);
    expect(diffDocuments(before, after).changes).toEqual([]);
  });

  it("compares across units in 万元 and reports document information", () => {
    const wan: JuesuanDocument = blankDocument("2023", "万元");
    (wan.tables["09"] as { rows: Record<string, Record<string, string>> }).rows.三公经费 = {
      预算数·公务接待费: "1.23",
    };
    const yuan: JuesuanDocument = blankDocument("2023", "元");
    (yuan.tables["09"] as { rows: Record<string, Record<string, string>> }).rows.三公经费 = {
      预算数·公务接待费: "12300.00",
    };
    yuan.meta.department = "另一部门";
    const diff = diffDocuments(new Workbook(wan), new Workbook(yuan));
    expect(diff.changes.map((c) => c.description)).toEqual(["部门：测试部门 → 另一部门", "单位：万元 → 元"]);
  });

  it(`is fast on a 2,000-row document`, () => {
    const doc = sampleDocument();
    const rows = doc.tables["03"]?.rows ?? {};
    const names = doc.tables["03"]?.names ?? {};
    for (let i = 0; i < 2000; i++) {
      const code = `2${String(10 + (i % 80)).padStart(2, "0")}${String(1 + Math.floor(i / 80)).padStart(2, "0")}01`;
      if (rows[code]) continue;
      rows[code] = { 基本支出: `${i}.00`, 项目支出: "1.00" };
      names[code] = `科目${code}`;
    }
    const before = new Workbook(structuredClone(doc));
    const after = new Workbook(structuredClone(doc));
    const codes = Object.keys(rows).filter((r) => r.length === 7);
    after.apply(
      codes.slice(0, 200).map((row) => ({ kind: "set", table: "03", row, col: "项目支出", value: "2.00" })),
    );
    expect(after.rows("03").length).toBeGreaterThan(2000);
    const start = performance.now();
    const diff = diffDocuments(before, after);
    const elapsed = performance.now() - start;
    expect(diff.counts.cells).toBe(200);
    console.info(`diffDocuments on ${after.rows("03").length} rows of 03: ${elapsed.toFixed(1)} ms`);
    expect(elapsed).toBeLessThan(500);
  });
});
