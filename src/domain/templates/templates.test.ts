import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CellId, cellId, parseCellId } from "../engine/cell-id";
import { type CellFormula, expandFormulas, FormulaConflictError } from "../engine/expand";
import { buildGraph } from "../engine/graph";
import {
  arbDocument,
  blankDocument,
  derivedString,
  rowsOfDocument,
  SUBJECT_TABLES,
  smallDocument,
  withRows,
  withTables,
} from "../testing/documents";
import { template2023, template2023Rows24 } from "../testing/templates";
import { Workbook } from "../workbook/workbook";
import { functionClassCodes } from "./function-classes";
import { findTemplate, listTemplates } from "./registry";
import {
  columnLabel,
  fixedRows,
  isKnownRow,
  isSubjectCode,
  rowColumns,
  sortRowKeys,
  subjectLevel,
  tableColumns,
  tableOf,
} from "./structure";
import { CANONICAL_TABLE_IDS, type TableId, type TableTemplate, type Template } from "./types";

// biome-ignore format: one line per printed group
const CLASS_CODES_26 = [
  "201", "202", "203", "204", "205", "206", "207", "208", "210", "211", "212", "213", "214",
  "215", "216", "217", "219", "220", "221", "222", "223", "224", "229", "231", "232", "234",
];

const INCOME_01 = [
  "一般公共预算财政拨款收入",
  "政府性基金预算财政拨款收入",
  "国有资本经营预算财政拨款收入",
  "上级补助收入",
  "事业收入",
  "经营收入",
  "附属单位上缴收入",
  "其他收入",
];
const FUNDS = ["一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"];

function line(table: TableTemplate, key: string): number | undefined {
  return fixedRows(table).get(key)?.row.line;
}

/** Every printed 行次 of a panes table, pane by pane (filler rows included). */
function paneLines(table: TableTemplate): number[][] {
  if (table.layout.kind !== "panes") throw new Error("not a panes table");
  return table.layout.panes.map((pane) => pane.rows.map((row) => row.line as number));
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe("the 2023 template", () => {
  it("is registered and has the nine tables 公开01表…公开09表 with their titles", () => {
    expect(findTemplate("2023")).toBe(template2023);
    expect(findTemplate("2023-24")).toBe(template2023Rows24);
    expect(findTemplate("1999")).toBeUndefined();
    expect(listTemplates().map((t) => t.id)).toEqual([
      "2023",
      "2023-24",
      "shanghai-2024",
      "shanghai-2024-24",
    ]);
    expect(Object.keys(template2023.tables).sort()).toEqual([...CANONICAL_TABLE_IDS]);
    expect(
      CANONICAL_TABLE_IDS.map((id) => [tableOf(template2023, id).id, tableOf(template2023, id).label]),
    ).toEqual(CANONICAL_TABLE_IDS.map((id) => [id, `公开${id}表`]));
    expect(CANONICAL_TABLE_IDS.map((id) => tableOf(template2023, id).title)).toEqual([
      "收入支出决算总表",
      "收入决算表",
      "支出决算表",
      "财政拨款收入支出决算总表",
      "一般公共预算财政拨款支出决算表",
      "一般公共预算财政拨款基本支出决算明细表",
      "政府性基金预算财政拨款收入支出决算表",
      "国有资本经营预算财政拨款支出决算表",
      "财政拨款“三公”经费支出决算表",
    ]);
  });

  it("02/03/05/07/08 are 功能分类 科目 tables with a 合计 row; 01/04/06/09 have fixed rows", () => {
    for (const id of SUBJECT_TABLES) {
      const layout = tableOf(template2023, id).layout;
      expect(layout.kind).toBe("subject");
      if (layout.kind === "subject") {
        expect(layout.classification).toBe("function");
        expect(layout.totalRow.key).toBe("合计");
      }
    }
    for (const id of ["01", "04", "06", "09"] as const)
      expect(tableOf(template2023, id).layout.kind).toBe("panes");
  });

  it("01 行次 are those of the seed: 收入 1–8, 27, 31; class rows 32–57; 58 and 62", () => {
    const t01 = tableOf(template2023, "01");
    expect(INCOME_01.map((key) => line(t01, key))).toEqual(range(1, 8));
    expect(line(t01, "本年收入合计")).toBe(27);
    expect(line(t01, "使用非财政拨款结余")).toBe(28);
    expect(line(t01, "年初结转和结余")).toBe(29);
    expect(line(t01, "收入总计")).toBe(31);
    expect(CLASS_CODES_26.map((code) => line(t01, code))).toEqual(range(32, 57));
    expect(fixedRows(t01).get("201")?.row.label).toBe("一、一般公共服务支出");
    expect(fixedRows(t01).get("234")?.row.label).toBe("二十六、抗疫特别国债安排的支出");
    expect(line(t01, "本年支出合计")).toBe(58);
    expect(line(t01, "结余分配")).toBe(59);
    expect(line(t01, "年末结转和结余")).toBe(60);
    expect(line(t01, "支出总计")).toBe(62);
    // both panes print 31 lines side by side, numbered 1…62 without gaps (filler lines included)
    expect(paneLines(t01)).toEqual([range(1, 31), range(32, 62)]);
  });

  it("04 行次 are those of the seed: class rows 33–58; 59, 60 and 64", () => {
    const t04 = tableOf(template2023, "04");
    expect(FUNDS.map((fund) => line(t04, fund))).toEqual([1, 2, 3]);
    expect(line(t04, "本年收入合计")).toBe(27);
    expect(line(t04, "收入总计")).toBe(32);
    expect(CLASS_CODES_26.map((code) => line(t04, code))).toEqual(range(33, 58));
    expect(line(t04, "本年支出合计")).toBe(59);
    expect(line(t04, "年末财政拨款结转和结余")).toBe(60);
    expect(line(t04, "支出总计")).toBe(64);
    expect(paneLines(t04)).toEqual([range(1, 32), range(33, 64)]);
    expect(rowColumns(t04, "201")).toEqual(["合计", ...FUNDS]);
    expect(rowColumns(t04, "本年收入合计")).toEqual(["金额"]);
  });

  it("column keys, 栏次 and labels of the 科目 tables and 09", () => {
    expect(tableColumns(tableOf(template2023, "03"))).toEqual([
      "本年支出合计",
      "基本支出",
      "项目支出",
      "上缴上级支出",
      "经营支出",
      "对附属单位补助支出",
    ]);
    const t09 = tableOf(template2023, "09");
    const lanes = t09.layout.kind === "panes" ? t09.layout.panes[0]?.columns.map((c) => c.lane) : [];
    expect(lanes).toEqual(range(1, 12).map(String));
    expect(columnLabel(t09, "决算数·公务用车购置及运行维护费·小计")).toBe(
      "决算数·公务用车购置及运行维护费·小计",
    );
    expect(columnLabel(tableOf(template2023, "07"), "本年支出小计")).toBe("本年支出·小计");
  });

  it("06 lists the seed's 经济分类 classes, each followed by its items, and the two 经费 totals", () => {
    const rows = [...fixedRows(tableOf(template2023, "06")).keys()];
    const classes = rows.filter((r) => /^\d{3}$/.test(r));
    expect(classes).toEqual(["301", "303", "302", "307", "310", "312", "313", "399"]);
    expect(rows).toContain("人员经费合计");
    expect(rows).toContain("公用经费合计");
    for (const item of rows.filter((r) => /^\d{5}$/.test(r))) {
      const index = rows.indexOf(item);
      const parentIndex = rows.indexOf(item.slice(0, 3));
      expect(parentIndex).toBeGreaterThanOrEqual(0);
      expect(parentIndex).toBeLessThan(index);
    }
  });
});

describe("the 24-row variant (a layout added as data alone)", () => {
  const t01 = tableOf(template2023Rows24, "01");
  const t04 = tableOf(template2023Rows24, "04");
  const codes24 = CLASS_CODES_26.filter((c) => c !== "231" && c !== "232");

  it("has 24 class rows in 01 and 04 (no 债务还本/付息), with 行次 following from the row count", () => {
    expect(functionClassCodes("label24")).toEqual(codes24);
    const classRows01 = [...fixedRows(t01).keys()].filter((r) => /^\d{3}$/.test(r));
    expect(classRows01).toEqual(codes24);
    expect(fixedRows(t01).get("234")?.row.label).toBe("二十四、抗疫特别国债安排的支出");
    expect(fixedRows(t01).has("231")).toBe(false);
    // Panes print side by side with the same number of lines, numbered without gaps: 29 + 29 in 01.
    expect(paneLines(t01)).toEqual([range(1, 29), range(30, 58)]);
    expect(paneLines(t04)).toEqual([range(1, 30), range(31, 60)]);
    // 本年收入合计 and 本年支出合计 are on the same printed line, as in the 26-row layout
    expect((line(t01, "本年支出合计") ?? 0) - (line(t01, "本年收入合计") ?? 0)).toBe(29);
    // NOTE: the brief expected class rows 32…55 and 本年支出合计 56 here; the template derives
    // 30…53 and 54 (收入 side shortened by two filler lines). See the test report.
    expect(codes24.map((code) => line(t01, code))).toEqual(range(30, 53));
    expect(line(t01, "本年支出合计")).toBe(54);
    expect(line(t01, "支出总计")).toBe(58);
    expect(codes24.map((code) => line(t04, code))).toEqual(range(31, 54));
    expect(line(t04, "本年支出合计")).toBe(55);
  });

  it("shares every table other than 01/04 and the same formula kinds", () => {
    for (const id of ["02", "03", "05", "06", "07", "08", "09"] as const) {
      expect(tableOf(template2023Rows24, id)).toEqual(tableOf(template2023, id));
    }
    expect(template2023Rows24.formulas.map((f) => f.kind)).toEqual(template2023.formulas.map((f) => f.kind));
  });

  it("computes its totals with the unchanged engine", () => {
    const doc = withTables(blankDocument("2023-24"), {
      "03": {
        "201": {},
        "2010301": { 基本支出: "1.00", 项目支出: "2.00" },
        "234": { 项目支出: "4.00" },
        "231": { 项目支出: "100.00" }, // 债务还本: no row in this layout
      },
      "05": { "234": { 项目支出: "4.00" } },
      "01": { 年末结转和结余: { 决算数: "0.50" } },
    });
    const wb = new Workbook(doc);
    expect(wb.rows("01")).not.toContain("231");
    expect(derivedString(wb, cellId("01", "201", "决算数"))).toBe("3.00");
    expect(derivedString(wb, cellId("01", "234", "决算数"))).toBe("4.00");
    expect(wb.graph.formulas.get(cellId("01", "本年支出合计", "决算数"))?.terms).toHaveLength(24);
    expect(derivedString(wb, cellId("01", "本年支出合计", "决算数"))).toBe("7.00");
    expect(derivedString(wb, cellId("01", "支出总计", "决算数"))).toBe("7.50");
    expect(derivedString(wb, cellId("03", "合计", "本年支出合计"))).toBe("107.00");
    expect(derivedString(wb, cellId("04", "234", "一般公共预算财政拨款"))).toBe("4.00");
    expect(derivedString(wb, cellId("04", "本年支出合计", "合计"))).toBe("4.00");
    // the same document under the 26-row layout also counts 231
    const wb26 = new Workbook({ ...structuredClone(doc), meta: { ...doc.meta, template: "2023" } });
    expect(derivedString(wb26, cellId("01", "本年支出合计", "决算数"))).toBe("107.00");
  });
});

/** A document with a few 科目 rows (类, 款, 项) in every 科目 table. */
function documentWithSubjects(template: string) {
  let doc = smallDocument(template);
  for (const table of SUBJECT_TABLES) {
    doc = withRows(doc, table, {
      "201": {},
      "20101": {},
      "2010101": {},
      "2010199": {},
      "221": {},
      "2210201": {},
    });
  }
  return doc;
}

function expand(template: Template, doc = documentWithSubjects(template.id)): Map<CellId, CellFormula> {
  return expandFormulas(template, rowsOfDocument(template, doc));
}

describe.each([template2023, template2023Rows24])("formulas of template $id", (template) => {
  const doc = documentWithSubjects(template.id);
  const formulas = expand(template, doc);
  const rowsOf = rowsOfDocument(template, doc);

  it("expand without conflict into a graph without cycles", () => {
    expect(formulas.size).toBeGreaterThan(300);
    expect(() => buildGraph(formulas)).not.toThrow();
  });

  it("every target and every term is a column that exists for its row", () => {
    const problems: string[] = [];
    const check = (id: CellId, role: string) => {
      const { table, row, col } = parseCellId(id);
      const t = tableOf(template, table as TableId);
      if (!t || !isKnownRow(t, row)) problems.push(`${role} ${id}: unknown row`);
      else if (!rowColumns(t, row).includes(col)) problems.push(`${role} ${id}: no such column for the row`);
    };
    for (const [target, { terms }] of formulas) {
      check(target, "target");
      for (const term of terms) check(term, `term of ${target}`);
    }
    expect(problems).toEqual([]);
  });

  it("every target is a row the document shows; only mirror terms may point at absent 科目 rows", () => {
    for (const [target, { terms, spec }] of formulas) {
      const t = parseCellId(target);
      expect(rowsOf(t.table)).toContain(t.row);
      for (const term of terms) {
        const r = parseCellId(term);
        if (spec !== "mirror") expect(rowsOf(r.table)).toContain(r.row);
      }
    }
  });

  it("derives exactly the cells the design derives, and leaves the rest entered", () => {
    const derived = (table: TableId, row: string, col: string) => formulas.has(cellId(table, row, col));
    // 01: everything except the four balances
    for (const row of ["使用非财政拨款结余", "年初结转和结余", "结余分配", "年末结转和结余"]) {
      expect(derived("01", row, "决算数")).toBe(false);
    }
    for (const row of [...INCOME_01, "本年收入合计", "收入总计", "201", "本年支出合计", "支出总计"]) {
      expect(derived("01", row, "决算数")).toBe(true);
    }
    // 04: 本年收入 and 年初/年末 by fund are entered
    for (const fund of FUNDS) {
      expect(derived("04", fund, "金额")).toBe(false);
      expect(derived("04", `年初结转和结余·${fund}`, "金额")).toBe(false);
      expect(derived("04", "年末财政拨款结转和结余", fund)).toBe(false);
      expect(derived("04", "201", fund)).toBe(true);
    }
    expect(derived("04", "年末财政拨款结转和结余", "合计")).toBe(true);
    expect(derived("04", "年初财政拨款结转和结余", "金额")).toBe(true);
    // 科目 tables: leaves entered except the row total; parents and 合计 derived
    expect(derived("03", "2010101", "基本支出")).toBe(false);
    expect(derived("03", "2010101", "本年支出合计")).toBe(true);
    expect(derived("03", "20101", "基本支出")).toBe(true);
    expect(derived("03", "合计", "经营支出")).toBe(true);
    expect(derived("07", "2010101", "年初结转和结余")).toBe(false);
    expect(derived("07", "2010101", "年末结转和结余")).toBe(false);
    expect(derived("07", "201", "年末结转和结余")).toBe(true);
    expect(derived("07", "2010101", "本年支出小计")).toBe(true);
    // 06: items entered, classes and the two totals derived
    expect(derived("06", "30101", "决算数")).toBe(false);
    expect(derived("06", "301", "决算数")).toBe(true);
    expect(derived("06", "公用经费合计", "决算数")).toBe(true);
    // 09: 合计 and 小计 derived, the rest entered
    expect(derived("09", "三公经费", "决算数·公务接待费")).toBe(false);
    expect(derived("09", "三公经费", "预算数·合计")).toBe(true);
  });

  it("expands without conflict for random documents", () => {
    fc.assert(
      fc.property(arbDocument({ templates: [template.id] }), (random) => {
        const expanded = expand(template, random);
        buildGraph(expanded);
        for (const id of expanded.keys()) {
          const { table, row, col } = parseCellId(id);
          expect(rowColumns(tableOf(template, table), row)).toContain(col);
        }
      }),
      { numRuns: 20 },
    );
  }, 30_000);
});

describe("formula conflicts", () => {
  it("two specs deriving the same cell are refused", () => {
    const broken: Template = {
      ...template2023,
      id: "broken",
      formulas: [
        ...template2023.formulas,
        { kind: "sum", target: { table: "09", row: "三公经费", col: "决算数·合计" }, terms: [] },
      ],
    };
    expect(() => expand(broken, blankDocument())).toThrow(FormulaConflictError);
    expect(() => expand(broken, blankDocument())).toThrow(/09\|三公经费\|决算数·合计/);
  });
});

describe("structure helpers", () => {
  it("recognise 功能分类 codes of 3, 5 and 7 digits and 经济分类 codes of 3 and 5", () => {
    expect(["201", "20101", "2010101"].every((c) => isSubjectCode(c))).toBe(true);
    expect(["20", "2010", "201010", "20101011", "2010a", "合计"].some((c) => isSubjectCode(c))).toBe(false);
    expect(isSubjectCode("30101", "economic")).toBe(true);
    expect(isSubjectCode("3010101", "economic")).toBe(false);
    expect(["201", "20101", "2010101"].map(subjectLevel)).toEqual([1, 2, 3]);
  });

  it("sort 科目 rows with 合计 first, then by code (parents before children)", () => {
    const t03 = tableOf(template2023, "03");
    expect(sortRowKeys(t03, ["2080501", "201", "合计", "2010301", "208", "20103", "20805"])).toEqual([
      "合计",
      "201",
      "20103",
      "2010301",
      "208",
      "20805",
      "2080501",
    ]);
    const t01 = tableOf(template2023, "01");
    expect(sortRowKeys(t01, ["支出总计", "201", "收入总计", "一般公共预算财政拨款收入"])).toEqual([
      "一般公共预算财政拨款收入",
      "收入总计",
      "201",
      "支出总计",
    ]);
  });

  it("know which rows a table can hold", () => {
    expect(isKnownRow(tableOf(template2023, "03"), "2010301")).toBe(true);
    expect(isKnownRow(tableOf(template2023, "03"), "合计")).toBe(true);
    expect(isKnownRow(tableOf(template2023, "03"), "本年支出合计")).toBe(false);
    expect(isKnownRow(tableOf(template2023, "01"), "本年支出合计")).toBe(true);
    expect(isKnownRow(tableOf(template2023, "01"), "2010301")).toBe(false);
  });
});
