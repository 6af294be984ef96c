import { describe, expect, it } from "vitest";
import { cellId } from "../engine/cell-id";
import type { ColKey, RowKey } from "../templates/types";
import { blankDocument, withRows } from "../testing/documents";
import { Workbook } from "../workbook/workbook";
import {
  blockRowsOnDerivedRows,
  describeLeafPaste,
  describeRowsOnDerivedRows,
  planLeafPaste,
} from "./plan-leaf-paste";
import { planPaste } from "./plan-paste";

const COLUMNS: readonly ColKey[] = [
  "本年收入合计",
  "财政拨款收入",
  "上级补助收入",
  "事业收入",
  "经营收入",
  "附属单位上缴收入",
  "其他收入",
];

/** 02 with `classes` 类, each with 2 款 of 5 项: 类 and 款 rows (totals) interleaved with the 项 rows. */
function workbookWith(classes: readonly string[]): Workbook {
  const rows: Record<RowKey, Record<string, string>> = {};
  for (const k of classes) {
    rows[k] = {};
    for (const kuan of ["01", "02"]) {
      rows[`${k}${kuan}`] = {};
      for (const xiang of ["01", "02", "03", "04", "05"]) rows[`${k}${kuan}${xiang}`] = {};
    }
  }
  return new Workbook(withRows(blankDocument(), "02", rows));
}

/** The grid from a displayed row and an amount column on: as the store's paste place addresses it. */
function place(wb: Workbook, fromRow: RowKey, fromCol: ColKey) {
  const shown = wb.rows("02").slice(wb.rows("02").indexOf(fromRow));
  const cols = COLUMNS.slice(COLUMNS.indexOf(fromCol));
  return {
    rows: shown.length,
    target: (r: number, c: number) => {
      const row = shown[r];
      const col = cols[c];
      return row !== undefined && col !== undefined ? { row, col } : null;
    },
  };
}

/** Row i of the block: 7 distinct figures, the first (under 本年收入合计) left for the formula. */
const blockRow = (i: number) => ["", ...Array.from({ length: 6 }, (_, c) => `${i + 1}.${c + 1}0`)];
const block50 = Array.from({ length: 50 }, (_, i) => blockRow(i));
const leafRows = (wb: Workbook) => wb.rows("02").filter((r) => r.length === 7);
const apply = (wb: Workbook, plan: ReturnType<typeof planLeafPaste>) => wb.apply(plan.edits);

describe("planLeafPaste: a block over rows with 类/款 interleaved", () => {
  it("puts every figure of a 50-row block on the 50 项 rows, in order, none lost", () => {
    const wb = workbookWith(["201", "205", "208", "210", "221"]);
    const leaves = leafRows(wb);
    expect(leaves).toHaveLength(50);
    const plan = planLeafPaste(wb, "02", block50, place(wb, "2010101", "本年收入合计"));

    expect(plan.placedRows).toBe(50);
    // 4 类 and 9 款 rows lie between the first 项 row and the last: passed over, not consumed.
    expect(plan.passedRows).toBe(13);
    expect(plan.outsideRows).toBe(0);
    expect(plan.outside).toBe(0);
    expect(plan.refused).toEqual([]);
    expect(plan.edits).toHaveLength(300);
    expect([plan.first, plan.last]).toEqual(["2010101", "2210205"]);
    apply(wb, plan);
    leaves.forEach((row, i) => {
      COLUMNS.slice(1).forEach((col, c) => {
        expect(wb.stored(cellId("02", row, col))).toBe(`${i + 1}.${c + 1}0`);
      });
    });
    // No figure on a total: the 类 and 款 rows are the sums of their 项 rows.
    expect(wb.shown(cellId("02", "20101", "财政拨款收入"))?.toString()).toBe("15.5");
    expect(describeLeafPaste(plan)).toBe(
      "已只填入项级行：50 行填入 2010101 至 2210205 的 50 个项级行，共 300 个单元格，跳过其间 13 个类/款等计算行；" +
        "50 个计算单元格已跳过（由公式得出，无需填写）",
    );
  });

  it("reports the rows beyond the table's last 项 row as outside", () => {
    const wb = workbookWith(["201", "205"]);
    const plan = planLeafPaste(wb, "02", block50, place(wb, "2010101", "财政拨款收入"));
    expect(plan.placedRows).toBe(20);
    expect(plan.outsideRows).toBe(30);
    // Rows beyond hold 6 figures each; every placed row has one figure past the last column.
    expect(plan.outsideCells).toBe(180);
    expect(plan.outside).toBe(180 + 20);
    expect(plan.edits).toHaveLength(120);
    expect(plan.edits.at(-1)).toMatchObject({ row: "2050205", col: "其他收入", value: "20.50" });
    expect(describeLeafPaste(plan)).toBe(
      "已只填入项级行：20 行填入 2010101 至 2050205 的 20 个项级行，共 120 个单元格，跳过其间 4 个类/款等计算行；" +
        "30 行（180 个单元格）在本表最后一个项级行之后，未填入；20 个单元格超出表格范围，已忽略",
    );
  });

  it("starts at the next 项 row when the paste lands on a total", () => {
    const wb = workbookWith(["201"]);
    const plan = planLeafPaste(wb, "02", [blockRow(0)], place(wb, "201", "本年收入合计"));
    expect(plan.passedRows).toBe(2);
    expect([plan.first, plan.last]).toEqual(["2010101", "2010101"]);
    expect(describeLeafPaste(plan)).toMatch(/^已只填入项级行：1 行填入 2010101 的 1 个项级行，共 6 个单元格/);
  });

  it("keeps blank block rows one to one: a blank row clears its 项 row, as a paste does", () => {
    const wb = workbookWith(["201"]);
    wb.apply([{ kind: "set", table: "02", row: "2010102", col: "财政拨款收入", value: "9.00" }]);
    const plan = planLeafPaste(wb, "02", [["1"], [""], ["3"]], place(wb, "2010101", "财政拨款收入"));
    apply(wb, plan);
    expect(["2010101", "2010102", "2010103"].map((r) => wb.stored(cellId("02", r, "财政拨款收入")))).toEqual([
      "1.00",
      undefined,
      "3.00",
    ]);
  });

  it("refuses a block past the paste limit, as a paste does", () => {
    const wb = workbookWith(["201"]);
    const huge = Array.from({ length: 3000 }, () => Array.from({ length: 7 }, () => "1"));
    const plan = planLeafPaste(wb, "02", huge, place(wb, "2010101", "本年收入合计"));
    expect(plan.tooLarge).toBe(true);
    expect(plan.edits).toEqual([]);
    expect(describeLeafPaste(plan)).toBe("粘贴内容过大（超过 20000 个单元格），未粘贴任何内容");
  });
});

describe("blockRowsOnDerivedRows: whether a paste by position loses figures on totals", () => {
  it("counts the block rows with figures that a paste by position puts on 类/款 rows", () => {
    const wb = workbookWith(["201", "205", "208", "210", "221"]);
    const at = place(wb, "2010101", "财政拨款收入");
    // The 50 displayed rows from 2010101 on hold the 项 rows of 201, 205, 208 and 210 and 10 类/款 rows.
    expect(blockRowsOnDerivedRows(wb, "02", block50, at)).toBe(10);
    // The same figures are skipped by the paste by position (6 on each of those rows).
    expect(planPaste(wb, "02", block50, at.target).skippedDerived).toBe(10 * 6);
    expect(describeRowsOnDerivedRows(10)).toBe("其中 10 行数字落在类/款等计算行上，未填入");
  });

  it("is 0 when the block's rows on totals are blank: a block laid out like the table loses nothing", () => {
    const wb = workbookWith(["201"]);
    const laidOut = wb
      .rows("02")
      .slice(1)
      .map((r, i) => (r.length === 7 ? blockRow(i) : ["", "", ""]));
    expect(blockRowsOnDerivedRows(wb, "02", laidOut, place(wb, "201", "本年收入合计"))).toBe(0);
  });

  it("is 0 when no row under the block takes a figure: there is nowhere else to put them", () => {
    const wb = workbookWith(["201"]);
    // One column wide over 本年收入合计: every row is computed there, the 项 rows included.
    const at = place(wb, "2010101", "本年收入合计");
    expect(blockRowsOnDerivedRows(wb, "02", [["1"], ["2"]], at)).toBe(0);
    const beside = place(wb, "2010101", "财政拨款收入");
    expect(blockRowsOnDerivedRows(wb, "02", [["1"], ["2"]], beside)).toBe(0);
  });
});
