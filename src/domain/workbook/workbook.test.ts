import { describe, expect, it } from "vitest";
import { cellId } from "../engine/cell-id";
import { toFileString } from "../money";
import { blankDocument, derivedString, smallDocument, withRows } from "../testing/documents";
import type { Edit } from "./edits";
import { Workbook } from "./workbook";

const shownString = (wb: Workbook, id: string) => {
  const value = wb.shown(id);
  return value === null ? null : toFileString(value);
};

/** The derived values of a workbook, as strings, for comparison with a fresh one. */
function derivedSnapshot(wb: Workbook): Map<string, string | null> {
  return new Map([...wb.derivedEntries()].map(([id, v]) => [id, v === null ? null : toFileString(v)]));
}

function expectConsistent(wb: Workbook) {
  const fresh = new Workbook(structuredClone(wb.doc));
  expect(wb.rows("03")).toEqual(fresh.rows("03"));
  expect(derivedSnapshot(wb)).toEqual(derivedSnapshot(fresh));
}

describe("Workbook.apply (cell edits)", () => {
  const leaf = cellId("03", "2010301", "基本支出");
  const chain = [
    cellId("03", "2010301", "本年支出合计"),
    cellId("03", "20103", "基本支出"),
    cellId("03", "20103", "本年支出合计"),
    cellId("03", "201", "基本支出"),
    cellId("03", "201", "本年支出合计"),
    cellId("03", "合计", "基本支出"),
    cellId("03", "合计", "本年支出合计"),
    cellId("01", "201", "决算数"),
    cellId("01", "本年支出合计", "决算数"),
    cellId("01", "支出总计", "决算数"),
  ];

  it("returns the edited cell and every derived ancestor whose value changed, and nothing else", () => {
    const wb = new Workbook(smallDocument());
    const result = wb.apply([{ kind: "set", table: "03", row: "2010301", col: "基本支出", value: "9.00" }]);
    expect(result.structural).toBe(false);
    expect(result.changed).toEqual(new Set([leaf, ...chain]));
    expect(wb.stored(leaf)).toBe("9.00");
    expect(derivedString(wb, cellId("03", "合计", "本年支出合计"))).toBe("16.50");
    expect(derivedString(wb, cellId("01", "支出总计", "决算数"))).toBe("17.50");
    expectConsistent(wb);
  });

  it("its patch holds the edits and their inverse, which restores the document", () => {
    const doc = smallDocument();
    const before = structuredClone(doc);
    const wb = new Workbook(doc);
    const edits: Edit[] = [
      { kind: "set", table: "03", row: "2010301", col: "基本支出", value: "9.00" },
      { kind: "set", table: "03", row: "2010301", col: "经营支出", value: "1.00" },
      { kind: "set", table: "03", row: "2010350", col: "项目支出", value: undefined },
      { kind: "set", table: "09", row: "三公经费", col: "预算数·公务接待费", value: null },
    ];
    const { patch } = wb.apply(edits);
    expect(patch.edits).toEqual(edits);
    expect(patch.inverse).toEqual([
      { kind: "set", table: "09", row: "三公经费", col: "预算数·公务接待费", value: "1.00" },
      { kind: "set", table: "03", row: "2010350", col: "项目支出", value: "1.50" },
      { kind: "set", table: "03", row: "2010301", col: "经营支出", value: undefined },
      { kind: "set", table: "03", row: "2010301", col: "基本支出", value: "8.00" },
    ]);
    expect(wb.stored(cellId("09", "三公经费", "预算数·公务接待费"))).toBeNull();
    expect(derivedString(wb, cellId("09", "三公经费", "预算数·合计"))).toBeNull();
    const undo = wb.apply(patch.inverse);
    expect(wb.doc).toStrictEqual(before);
    expect(undo.changed).toContain(cellId("01", "支出总计", "决算数"));
    expectConsistent(wb);
  });

  it("an edit to the same value changes no derived cell", () => {
    const wb = new Workbook(smallDocument());
    const result = wb.apply([{ kind: "set", table: "03", row: "2010301", col: "基本支出", value: "8.00" }]);
    expect(result.changed).toEqual(new Set([leaf]));
  });

  it("clearing a fixed-row cell removes the row entry when it becomes empty", () => {
    const doc = withRows(blankDocument(), "01", { 结余分配: { 决算数: "1.00" } });
    const wb = new Workbook(doc);
    wb.apply([{ kind: "set", table: "01", row: "结余分配", col: "决算数", value: undefined }]);
    expect(wb.doc.tables["01"]?.rows).toEqual({});
  });
});

describe("stated values", () => {
  const stated = cellId("03", "201", "基本支出");

  it("are shown on derived cells but never feed formulas", () => {
    const doc = withRows(smallDocument(), "03", { "201": { 基本支出: "99.00" } });
    const wb = new Workbook(doc);
    expect(wb.isDerived(stated)).toBe(true);
    expect(wb.stored(stated)).toBe("99.00");
    expect(shownString(wb, stated)).toBe("99.00");
    expect(derivedString(wb, stated)).toBe("8.00");
    expect(derivedString(wb, cellId("03", "合计", "基本支出"))).toBe("12.00"); // 8.00 + 4.00, not 99.00 + 4.00
    expect(derivedString(wb, cellId("03", "201", "本年支出合计"))).toBe("11.50");
    expect(derivedString(wb, cellId("01", "201", "决算数"))).toBe("11.50");
  });

  it("a stated blank (null) is shown as blank although the derivation has a value", () => {
    const doc = withRows(smallDocument(), "03", { "201": { 基本支出: null } });
    const wb = new Workbook(doc);
    expect(wb.shown(stated)).toBeNull();
    expect(derivedString(wb, stated)).toBe("8.00");
  });

  it("setting or clearing one changes what is shown and nothing downstream", () => {
    const doc = smallDocument();
    const before = structuredClone(doc);
    const wb = new Workbook(doc);
    const derivedBefore = derivedSnapshot(wb);
    const set = wb.apply([{ kind: "set", table: "03", row: "201", col: "基本支出", value: "50.00" }]);
    expect(set.changed).toEqual(new Set([stated]));
    expect(shownString(wb, stated)).toBe("50.00");
    expect(derivedSnapshot(wb)).toEqual(derivedBefore);
    wb.apply(set.patch.inverse);
    expect(shownString(wb, stated)).toBe("8.00");
    expect(wb.doc).toStrictEqual(before);
  });

  it("on a derived cell of a fixed table, undo restores the document exactly", () => {
    const doc = smallDocument();
    const before = structuredClone(doc);
    const wb = new Workbook(doc);
    const total = cellId("01", "本年支出合计", "决算数");
    const { patch } = wb.apply([
      { kind: "set", table: "01", row: "本年支出合计", col: "决算数", value: "15.49" },
    ]);
    expect(shownString(wb, total)).toBe("15.49");
    expect(derivedString(wb, total)).toBe("15.50");
    wb.apply(patch.inverse);
    expect(wb.doc).toStrictEqual(before);
  });
});

describe("putRow (adding and removing 科目 rows)", () => {
  it("adds a row in code order; its parent becomes derived; the inverse removes it", () => {
    const doc = withRows(smallDocument(), "03", { "210": { 基本支出: "3.00" } }, { "210": "卫生健康支出" });
    const before = structuredClone(doc);
    const wb = new Workbook(doc);
    const parent = cellId("03", "210", "基本支出");
    expect(wb.isDerived(parent)).toBe(false);
    expect(derivedString(wb, cellId("03", "合计", "基本支出"))).toBe("15.00");

    const result = wb.apply([
      {
        kind: "putRow",
        table: "03",
        row: "2100101",
        snapshot: { name: "行政运行", cells: { 基本支出: "1.00" } },
      },
    ]);
    expect(result.structural).toBe(true);
    expect(wb.rows("03")).toEqual([
      "合计",
      "201",
      "20103",
      "2010301",
      "2010350",
      "208",
      "20805",
      "2080501",
      "210",
      "2100101",
    ]);
    expect(wb.rowName("03", "2100101")).toBe("行政运行");
    expect(wb.isDerived(parent)).toBe(true);
    expect(derivedString(wb, parent)).toBe("1.00");
    // the parent's former entered value stays in the file, now as a stated value
    expect(shownString(wb, parent)).toBe("3.00");
    expect(derivedString(wb, cellId("03", "合计", "基本支出"))).toBe("13.00");
    expect(derivedString(wb, cellId("01", "210", "决算数"))).toBe("1.00");
    expect(result.changed).toContain(parent);
    expect(result.changed).toContain(cellId("03", "2100101", "本年支出合计"));
    expect(result.changed).toContain(cellId("03", "合计", "基本支出"));
    expect(result.changed).toContain(cellId("01", "210", "决算数"));
    expect(result.changed).not.toContain(cellId("03", "208", "基本支出"));
    expectConsistent(wb);

    expect(result.patch.inverse).toEqual([
      { kind: "putRow", table: "03", row: "2100101", snapshot: undefined },
    ]);
    const undo = wb.apply(result.patch.inverse);
    expect(undo.structural).toBe(true);
    expect(wb.doc).toStrictEqual(before);
    expect(wb.rows("03")).not.toContain("2100101");
    expect(wb.isDerived(parent)).toBe(false);
    expect(derivedString(wb, cellId("03", "合计", "基本支出"))).toBe("15.00");
    expect(undo.changed).toContain(cellId("03", "2100101", "本年支出合计")); // a derived cell that went away
    expectConsistent(wb);
  });

  it("removing a row re-hangs its children on the nearest remaining ancestor; the inverse puts it back", () => {
    const doc = smallDocument();
    const before = structuredClone(doc);
    const wb = new Workbook(doc);
    const result = wb.apply([{ kind: "putRow", table: "03", row: "20103", snapshot: undefined }]);
    expect(wb.rows("03")).not.toContain("20103");
    expect(wb.graph.formulas.get(cellId("03", "201", "基本支出"))?.terms).toEqual([
      cellId("03", "2010301", "基本支出"),
      cellId("03", "2010350", "基本支出"),
    ]);
    expect(derivedString(wb, cellId("03", "201", "项目支出"))).toBe("3.50");
    expect(result.patch.inverse).toEqual([
      { kind: "putRow", table: "03", row: "20103", snapshot: { name: undefined, cells: {} } },
    ]);
    wb.apply(result.patch.inverse);
    expect(wb.doc).toStrictEqual(before);
    expectConsistent(wb);
  });

  it("replacing an existing row restores its old cells and name on undo", () => {
    const doc = withRows(smallDocument(), "03", {}, { "2010301": "行政运行" });
    const before = structuredClone(doc);
    const wb = new Workbook(doc);
    const { patch } = wb.apply([
      {
        kind: "putRow",
        table: "03",
        row: "2010301",
        snapshot: { name: "改名", cells: { 项目支出: "7.00" } },
      },
    ]);
    expect(wb.stored(cellId("03", "2010301", "基本支出"))).toBeUndefined();
    expect(derivedString(wb, cellId("03", "2010301", "本年支出合计"))).toBe("7.00");
    wb.apply(patch.inverse);
    expect(wb.doc).toStrictEqual(before);
    expectConsistent(wb);
  });

  it("a batch that adds rows and sets cells is one undoable step", () => {
    const doc = withRows(smallDocument(), "05", {}, { "201": "一般公共服务支出" });
    const before = structuredClone(doc);
    const wb = new Workbook(doc);
    const { patch } = wb.apply([
      { kind: "putRow", table: "05", row: "221", snapshot: { name: "住房保障支出", cells: undefined } },
      { kind: "putRow", table: "05", row: "2210201", snapshot: { name: "住房公积金", cells: undefined } },
      { kind: "set", table: "05", row: "2210201", col: "基本支出", value: "0.70" },
    ]);
    expect(derivedString(wb, cellId("04", "221", "一般公共预算财政拨款"))).toBe("0.70");
    expectConsistent(wb);
    wb.apply(patch.inverse);
    expect(wb.doc).toStrictEqual(before);
    expectConsistent(wb);
  });
});

describe("rename", () => {
  it("renames a 科目 row; the inverse restores the old name (or its absence)", () => {
    const doc = withRows(smallDocument(), "03", {}, { "2010301": "行政运行" });
    const before = structuredClone(doc);
    const wb = new Workbook(doc);
    const first = wb.apply([{ kind: "rename", table: "03", row: "2010301", name: "一般行政管理事务" }]);
    expect(wb.rowName("03", "2010301")).toBe("一般行政管理事务");
    expect(first.changed.size).toBe(0);
    expect(first.patch.inverse).toEqual([{ kind: "rename", table: "03", row: "2010301", name: "行政运行" }]);
    const second = wb.apply([{ kind: "rename", table: "03", row: "2010350", name: "事业运行" }]);
    expect(second.patch.inverse).toEqual([{ kind: "rename", table: "03", row: "2010350", name: undefined }]);
    wb.apply(second.patch.inverse);
    wb.apply(first.patch.inverse);
    expect(wb.doc).toStrictEqual(before);
  });

  it("a fixed row shows the template's label until renamed, and again after undo", () => {
    const doc = smallDocument();
    const before = structuredClone(doc);
    const wb = new Workbook(doc);
    expect(wb.rowName("01", "201")).toBe("一、一般公共服务支出");
    expect(wb.rowName("01", "收入总计")).toBe("总计");
    expect(wb.rowName("03", "合计")).toBe("合计");
    const { patch } = wb.apply([{ kind: "rename", table: "01", row: "201", name: "一、一般公共服务" }]);
    expect(wb.rowName("01", "201")).toBe("一、一般公共服务");
    wb.apply(patch.inverse);
    expect(wb.rowName("01", "201")).toBe("一、一般公共服务支出");
    expect(wb.doc.tables["01"]?.names?.["201"]).toBeUndefined();
    expect(wb.doc.tables["01"]?.rows).toStrictEqual(before.tables["01"]?.rows);
  });
});

describe("construction", () => {
  it("refuses an unknown template", () => {
    expect(
      () => new Workbook({ ...blankDocument(), meta: { ...blankDocument().meta, template: "1999" } }),
    ).toThrow(/未知的模板/);
  });

  it("lists fixed rows from the template and 科目 rows from the document (names included)", () => {
    const doc = withRows(blankDocument(), "02", {}, { "201": "一般公共服务支出" });
    const wb = new Workbook(doc);
    expect(wb.rows("02")).toEqual(["合计", "201"]);
    expect(wb.rows("09")).toEqual(["三公经费"]);
    expect(wb.hasRow("02", "201")).toBe(true);
    expect(wb.hasRow("02", "202")).toBe(false);
  });
});

describe("fixed problems (regression tests)", () => {
  it("setting a cell of a 科目 row that is not in the document adds the row and updates the tree", () => {
    const wb = new Workbook(withRows(blankDocument(), "03", { "201": { 基本支出: "1.00" } }));
    wb.apply([{ kind: "set", table: "03", row: "20101", col: "基本支出", value: "5.00" }]);
    // Today the row is written into the file but rows() and the graph are not rebuilt:
    // 201 stays entered (1.00) although a fresh Workbook of the same file derives it as 5.00.
    expectConsistent(wb);
  });

  it("undoing a set on a 科目 row that was not in the document removes the row again", () => {
    const doc = withRows(blankDocument(), "03", { "201": { 基本支出: "1.00" } });
    const before = structuredClone(doc);
    const wb = new Workbook(doc);
    const { patch } = wb.apply([{ kind: "set", table: "03", row: "20101", col: "基本支出", value: "5.00" }]);
    wb.apply(patch.inverse);
    expect(wb.doc).toStrictEqual(before); // today: "20101": {} is left behind, so 201 becomes a parent
  });

  it("undoing a stated value on 合计 restores the document exactly", () => {
    const doc = smallDocument();
    const before = structuredClone(doc);
    const wb = new Workbook(doc);
    const { patch } = wb.apply([
      { kind: "set", table: "03", row: "合计", col: "本年支出合计", value: "1.00" },
    ]);
    wb.apply(patch.inverse);
    expect(wb.doc).toStrictEqual(before); // today: "合计": {} is left behind
  });

  it("undoing the first rename (or added row) of a table without names leaves no empty names map", () => {
    const doc = smallDocument(); // table 01 has no names
    const before = structuredClone(doc);
    const wb = new Workbook(doc);
    const { patch } = wb.apply([{ kind: "rename", table: "01", row: "201", name: "一、一般公共服务" }]);
    wb.apply(patch.inverse);
    expect(wb.doc).toStrictEqual(before); // today: tables.01.names = {} is left behind (and is saved)
  });
});

describe("a workbook made without deriving (the check command)", () => {
  it("derives on first need, and its first edit reports the same changes as an eager workbook's", () => {
    const edit: Edit = { kind: "set", table: "03", row: "2010301", col: "基本支出", value: "99.00" };
    const eager = new Workbook(smallDocument());
    const lazy = new Workbook(smallDocument(), { derive: false });
    expect(lazy.derivedValue(cellId("03", "合计", "基本支出"))).toEqual(
      eager.derivedValue(cellId("03", "合计", "基本支出")),
    );
    const lazyFirst = new Workbook(smallDocument(), { derive: false });
    expect([...lazyFirst.apply([edit]).changed].sort()).toEqual([...eager.apply([edit]).changed].sort());
    expect(derivedString(lazyFirst, cellId("03", "合计", "基本支出"))).toBe(
      derivedString(eager, cellId("03", "合计", "基本支出")),
    );
    expect(lazy.isDerived(cellId("03", "合计", "基本支出"))).toBe(true);
  });
});
