import { describe, expect, it } from "vitest";
import { consistentDocument } from "../testing/consistent-document";
import type { Edit } from "../workbook/edits";
import { Workbook } from "../workbook/workbook";
import { CheckSession } from "./session";

const ITEMS = [{ code: "2010301", basic: 100_00, project: 0 }];
const GC = "国有资本经营预算财政拨款";

/** 08 as 上海 prints it (收入支出, seven columns) with one 项, and 04's 国有资本经营 figures. */
function rulesFired(template: string, edits: Edit[]): string[] {
  const wb = new Workbook(consistentDocument(ITEMS, "万元", template));
  wb.apply(edits);
  const rules = new CheckSession(wb).findings().map((f) => f.rule);
  return [...new Set(rules)].filter((r) => r === "R08-1" || r === "X-14").sort();
}

const row08 = (col: string, value: string): Edit => ({
  kind: "set",
  table: "08",
  row: "2230101",
  col,
  value,
});
const cell04 = (row: string, col: string, value: string): Edit => ({
  kind: "set",
  table: "04",
  row,
  col,
  value,
});

/** The 类 and 款 rows above 2230101, as adding the row in the editor creates them. */
const parents: Edit[] = ["223", "22301"].map((row) => ({
  kind: "putRow",
  table: "08",
  row,
  snapshot: { name: row, cells: undefined },
}));

const consistent: Edit[] = [
  ...parents,
  row08("年初结转和结余", "1.00"),
  row08("本年收入", "2.00"),
  row08("基本支出", "2.50"),
  row08("年末结转和结余", "0.50"),
  cell04(`年初结转和结余·${GC}`, "金额", "1.00"),
  cell04(GC, "金额", "2.00"),
  cell04("年末财政拨款结转和结余", GC, "0.50"),
];

describe("08 收入支出 in the 上海 layout: carry-over identity (R08-1) and link to 04 (X-14)", () => {
  it("hold on consistent figures", () => {
    expect(rulesFired("shanghai-2024", consistent)).toEqual([]);
  });

  it("a wrong 年末 breaks the identity and 04's carry-over; a wrong 04 年初 breaks only the link", () => {
    expect(rulesFired("shanghai-2024", [...consistent, row08("年末结转和结余", "0.60")])).toEqual([
      "R08-1",
      "X-14",
    ]);
    expect(
      rulesFired("shanghai-2024", [...consistent, cell04(`年初结转和结余·${GC}`, "金额", "1.50")]),
    ).toEqual(["X-14"]);
  });

  it("the 2023 layout has no such columns: its 04 carry-over figures are not compared with 08", () => {
    const only04 = consistent.filter((e) => e.kind === "set" && e.table === "04");
    expect(rulesFired("2023", [...parents, ...only04, row08("基本支出", "2.50")])).toEqual([]);
  });
});
