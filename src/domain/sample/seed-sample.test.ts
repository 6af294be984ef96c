import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDocumentText } from "../document/parse";
import { serialiseDocument } from "../document/serialise";
import { cellId } from "../engine/cell-id";
import { formatAmount, money, sameAmount } from "../money";
import { CANONICAL_TABLE_IDS } from "../templates/types";
import { Workbook } from "../workbook/workbook";
import { SEED_FIGURES } from "./seed-figures";

const SAMPLE_PATH = new URL("../../../public/samples/seed-2023.json", import.meta.url);
const text = readFileSync(SAMPLE_PATH, "utf8");

function open(): Workbook {
  const parsed = parseDocumentText(text);
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.path}：${p.message}`).join("\n"));
  return new Workbook(parsed.document);
}

const shownText = (wb: Workbook, id: string): string | null => {
  const value = wb.shown(id);
  return value === null ? null : formatAmount(value);
};

/**
 * Every derived cell whose stated (published) value disagrees with the Workbook's derivation: the seed's
 * own mistakes. stated: as stored in the file; derived: formatted to 2 decimals (null = blank).
 */
const KNOWN_SEED_MISTAKES: readonly { cell: string; stated: string | null; derived: string | null }[] = [
  // 02 omits the 2101103 公务员医疗补助 row (2.65) that 03 and 05 print: 21011 sums to 0.71 + 2.61.
  { cell: "02|21011|本年收入合计", stated: "5.97", derived: "3.32" },
  { cell: "02|21011|财政拨款收入", stated: "5.97", derived: "3.32" },
  { cell: "02|210|本年收入合计", stated: "5.97", derived: "3.32" },
  { cell: "02|210|财政拨款收入", stated: "5.97", derived: "3.32" },
  { cell: "02|合计|本年收入合计", stated: "507.92", derived: "505.28" },
  { cell: "02|合计|财政拨款收入", stated: "507.92", derived: "505.28" },
  // 尾差: the 类 rows sum to 507.93 (基本支出 to 104.38) against the printed 507.92 (104.37).
  { cell: "01|本年支出合计|决算数", stated: "507.92", derived: "507.93" },
  { cell: "01|支出总计|决算数", stated: "507.92", derived: "507.93" },
  { cell: "03|合计|本年支出合计", stated: "507.92", derived: "507.93" },
  { cell: "03|合计|基本支出", stated: "104.37", derived: "104.38" },
  { cell: "04|本年支出合计|合计", stated: "507.92", derived: "507.93" },
  { cell: "04|本年支出合计|一般公共预算财政拨款", stated: "507.92", derived: "507.93" },
  { cell: "04|支出总计|合计", stated: "507.92", derived: "507.93" },
  { cell: "04|支出总计|一般公共预算财政拨款", stated: "507.92", derived: "507.93" },
  { cell: "05|合计|小计", stated: "507.92", derived: "507.93" },
  { cell: "05|合计|基本支出", stated: "104.37", derived: "104.38" },
  // 09 prints 预算数 公务用车购置及运行维护费 小计 blank although 运行维护费 is 3.
  { cell: "09|三公经费|预算数·公务用车购置及运行维护费·小计", stated: null, derived: "3.00" },
];

describe("sample public/samples/seed-2023.json (the seed document as published)", () => {
  it("parses with no problems and is in canonical form (round-trips byte for byte)", () => {
    const parsed = parseDocumentText(text);
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
    if (!parsed.ok) return;
    expect(serialiseDocument(parsed.document)).toBe(text);
    expect(parsed.document.meta).toEqual({
      department: "焦作经济技术产业集聚区管理委员会",
      year: 2023,
      unit: "万元",
      template: "2023",
    });
    expect(Object.keys(parsed.document.tables)).toEqual([...CANONICAL_TABLE_IDS]);
  });

  it("shows every printed figure as printed (formatted to 2 decimals)", () => {
    const wb = open();
    const wrong = SEED_FIGURES.flatMap((f) => {
      const id = cellId(f.table, f.row, f.col);
      const expected = formatAmount(money(f.printed));
      const actual = shownText(wb, id);
      return actual === expected ? [] : [{ id, expected, actual }];
    });
    expect(wrong).toEqual([]);
  });

  it("stores exactly the printed figures: the figure list and the file hold the same cells and strings", () => {
    const wb = open();
    const inFile = new Map<string, string>();
    for (const table of CANONICAL_TABLE_IDS) {
      for (const [row, cells] of Object.entries(wb.doc.tables[table]?.rows ?? {})) {
        for (const [col, value] of Object.entries(cells)) {
          if (value !== null) inFile.set(cellId(table, row, col), value);
        }
      }
    }
    const listed = new Map(SEED_FIGURES.map((f) => [cellId(f.table, f.row, f.col), f.printed]));
    expect(listed.size).toBe(SEED_FIGURES.length);
    expect(Object.fromEntries(inFile)).toEqual(Object.fromEntries(listed));
    expect(wb.stored(cellId("09", "三公经费", "预算数·合计"))).toBe("4");
  });

  it("disagrees with its own derivations exactly where the seed is wrong", () => {
    const wb = open();
    const disagreements: { cell: string; stated: string | null; derived: string | null }[] = [];
    for (const id of wb.graph.formulas.keys()) {
      const stored = wb.stored(id);
      if (stored === undefined) continue;
      const derived = wb.derivedValue(id);
      if (sameAmount(wb.shown(id), derived)) continue;
      disagreements.push({
        cell: id,
        stated: stored,
        derived: derived === null ? null : formatAmount(derived),
      });
    }
    const byCell = (a: { cell: string }, b: { cell: string }) =>
      a.cell < b.cell ? -1 : a.cell > b.cell ? 1 : 0;
    expect(disagreements.sort(byCell)).toEqual([...KNOWN_SEED_MISTAKES].sort(byCell));
  });

  it("states every printed blank in a derived cell whose derivation is not blank", () => {
    const wb = open();
    const unstated = [...wb.graph.formulas.keys()].filter(
      (id) => wb.stored(id) === undefined && wb.derivedValue(id) !== null,
    );
    expect(unstated).toEqual([]);
    expect(wb.stored(cellId("09", "三公经费", "预算数·公务用车购置及运行维护费·小计"))).toBeNull();
  });

  it("keeps blank and 0.00 apart", () => {
    const wb = open();
    expect(wb.shown(cellId("03", "201", "项目支出"))).toBeNull();
    expect(shownText(wb, cellId("03", "215", "基本支出"))).toBe("0.00");
    expect(shownText(wb, cellId("03", "2150517", "基本支出"))).toBe("0.00");
    expect(wb.shown(cellId("05", "215", "基本支出"))).toBeNull();
    expect(wb.shown(cellId("09", "三公经费", "决算数·合计"))).toBeNull();
  });

  it("keeps the printed names, misprints and the missing 02 row included", () => {
    const wb = open();
    expect(wb.hasRow("02", "2101103")).toBe(false);
    expect(wb.hasRow("03", "2101103")).toBe(true);
    expect(wb.rowName("02", "20103")).toBe("政府办公厅（室）及机关机构事务");
    expect(wb.rowName("03", "2101103")).toBe("公务员医疗补助");
    expect(wb.rowName("05", "2101103")).toBe("公务员医疗保险");
    expect(wb.rowName("01", "附属单位上缴收入")).toBe("七、附属部门上缴收入");
    expect(wb.doc.tables["06"]?.names).toEqual({
      "30108": "机关事业单位基本养老保险费",
      "30217": "公务招待费",
      "30399": "对其他个人和家庭的补助支出",
    });
    expect(wb.rowName("06", "39908")).toBe("对民间非营利组织和群众性自治组织补贴");
    expect(wb.doc.tables["02"]?.columnLabels).toEqual({ 附属单位上缴收入: "附属部门上缴收入" });
    expect(wb.doc.tables["03"]?.columnLabels).toEqual({ 对附属单位补助支出: "对附属部门补助支出" });
    expect(wb.doc.tables["07"]?.rows).toEqual({});
    expect(wb.doc.tables["08"]?.rows).toEqual({});
    expect(wb.doc.notes).toEqual({
      "07": "我部门没有政府性基金收入，也没有使用政府性基金安排的支出，故本表无数据。",
      "08": "我部门没有使用国有资本经营预算安排的支出，故本表无数据。",
    });
  });
});
