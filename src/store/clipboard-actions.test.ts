import { describe, expect, it } from "vitest";
import { cellId } from "../domain/engine/cell-id";
import type { RowKey } from "../domain/templates/types";
import { blankDocument, withRows } from "../domain/testing/documents";
import { type PastePlace, pasteText } from "./clipboard-actions";
import { commitCellInput } from "./edit-actions";
import { createEditorStore, type EditorStore } from "./store";

const COLUMNS = ["财政拨款收入", "上级补助收入"];

/** 02 with 类 201 and 205, each with 款 01 and 02 of 3 项: 12 项 rows, 6 totals between them. */
function openedStore(): EditorStore {
  const rows: Record<RowKey, Record<string, string>> = {};
  for (const k of ["201", "205"])
    for (const kuan of ["", "01", "02"])
      for (const xiang of kuan === "" ? [""] : ["", "01", "02", "03"]) rows[`${k}${kuan}${xiang}`] = {};
  const store = createEditorStore();
  store.getState().openDocument(withRows(blankDocument(), "02", rows));
  return store;
}

/** The paste place of the grid, from a displayed row of 02 and 财政拨款收入 on. */
function placeAt(store: EditorStore, from: RowKey): PastePlace {
  const shown = store.getState().workbook?.rows("02") ?? [];
  const rows = shown.slice(shown.indexOf(from));
  return {
    rows: rows.length,
    height: 1,
    width: 1,
    column: "财政拨款收入",
    target: (r, c) => {
      const row = rows[r];
      const col = COLUMNS[c];
      return row !== undefined && col !== undefined ? { row, col } : null;
    },
  };
}

const tsv = (n: number) => Array.from({ length: n }, (_, i) => `${i + 1}\t${i + 101}`).join("\r\n");
const figure = (store: EditorStore, row: RowKey, col = "财政拨款收入") =>
  store.getState().workbook?.stored(cellId("02", row, col));
const leaves = (store: EditorStore) =>
  (store.getState().workbook?.rows("02") ?? []).filter((r) => r.length === 7);

describe("pasting a block of 项 rows over 类/款 rows: 改为只填入项级行", () => {
  it("offers the leaf paste, which takes the first paste back and lands every row on a 项 row, one undo", () => {
    const store = openedStore();
    pasteText(store, "02", tsv(12), placeAt(store, "2010101"));
    const offered = store.getState().message;
    expect(offered?.text).toBe(
      "已粘贴 18 个单元格；6 个计算单元格已跳过（由公式得出，无需填写）；其中 3 行数字落在类/款等计算行上，未填入",
    );
    expect(offered?.action?.label).toBe("改为只填入项级行");

    offered?.action?.run();
    leaves(store).forEach((row, i) => {
      expect([figure(store, row), figure(store, row, "上级补助收入")]).toEqual([
        `${i + 1}.00`,
        `${i + 101}.00`,
      ]);
    });
    expect(store.getState().message?.text).toBe(
      "已只填入项级行：12 行填入 2010101 至 2050203 的 12 个项级行，共 24 个单元格，跳过其间 4 个类/款等计算行",
    );
    // Nothing of the first paste is left in the history: one undo restores the table as it was.
    expect(store.getState().history.past.map((e) => e.label)).toEqual(["粘贴 24 个单元格到项级行"]);
    store.getState().undo();
    expect(leaves(store).map((row) => figure(store, row))).toEqual(leaves(store).map(() => undefined));
    expect(store.getState().history.past).toEqual([]);
  });

  it("offers nothing when the block's rows on totals are blank (a block laid out like the table)", () => {
    const store = openedStore();
    const laidOut = ["\t", "1\t2", "3\t4"].join("\r\n");
    pasteText(store, "02", laidOut, placeAt(store, "20101"));
    expect(store.getState().message).toEqual({
      kind: "info",
      text: "已粘贴 4 个单元格；2 个计算单元格已跳过（由公式得出，无需填写）",
    });
  });

  it("refuses the choice once the document changed after the paste, and changes nothing", () => {
    const store = openedStore();
    pasteText(store, "02", tsv(12), placeAt(store, "2010101"));
    const run = store.getState().message?.action?.run;
    expect(commitCellInput(store, "02", "2050203", "事业收入", "5")).toBe(true);
    run?.();
    expect(store.getState().message).toEqual({
      kind: "warning",
      text: "未改为只填入项级行：粘贴之后表格已有其他改动。可撤销后重新粘贴",
    });
    expect(figure(store, "2050203")).toBeUndefined();
    expect(store.getState().history.past).toHaveLength(2);
  });
});
