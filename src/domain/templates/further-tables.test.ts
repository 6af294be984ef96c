import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDocumentText, parseDocumentValue } from "../document/parse";
import { serialiseDocument } from "../document/serialise";
import { cellId } from "../engine/cell-id";
import { formatAmount, money } from "../money";
import type { Item } from "../testing/consistent-document";
import { TENTH_TEMPLATE_FILE, templateTenth, tenthDocument } from "../testing/tenth-template";
import { planConversion } from "../workbook/convert";
import { Workbook } from "../workbook/workbook";
import { parseTemplateText, parseTemplateValue } from "./parse-template";
import { findTemplate } from "./registry";
import { tableCaption, tableOf, tableOrder, tableOrdinal } from "./structure";

const ITEMS: Item[] = [
  { code: "2010301", basic: 1_000_00, project: 0 },
  { code: "2010302", basic: 0, project: 500_00 },
  { code: "2080101", basic: 200_00, project: 50_00 },
];

const fileJson = () => JSON.parse(readFileSync(TENTH_TEMPLATE_FILE, "utf8"));
const problemsOf = (json: unknown) => {
  const result = parseTemplateValue(json);
  return result.ok ? [] : result.problems.map((p) => `${p.path}：${p.message}`);
};

describe("a template with a tenth table (四川's 财政拨款支出决算明细表)", () => {
  it("loads: ten tables, 10 printed fifth as 五, a 科目 table of 合计 / 基本支出 / 项目支出", () => {
    const parsed = parseTemplateText(readFileSync(TENTH_TEMPLATE_FILE, "utf8"));
    expect(parsed.ok).toBe(true);
    expect(findTemplate("test-2023-tenth")).toBe(templateTenth);
    expect(tableOrder(templateTenth)).toEqual(["01", "02", "03", "04", "10", "05", "06", "07", "08", "09"]);
    expect(tableOrdinal(templateTenth, "10")).toBe("五");
    expect(tableOrdinal(templateTenth, "05")).toBe("六");
    expect(tableCaption(templateTenth, "10")).toBe("公开10表 财政拨款支出决算明细表");
    const layout = tableOf(templateTenth, "10").layout;
    expect(layout.kind === "subject" && layout.columns.map((c) => c.key)).toEqual([
      "合计",
      "基本支出",
      "项目支出",
    ]);
  });

  it("refuses in Chinese: an order without the further table, a formula on a table it lacks, a bad id", () => {
    const json = fileJson();
    expect(problemsOf({ ...json, order: json.order.filter((id: string) => id !== "10") })).toEqual([
      "order：印刷顺序应把 01、02、03、04、05、06、07、08、09、10 每张表各列一次",
    ]);
    const formulas = [...json.formulas, { kind: "rowSum", table: "11", target: "合计", terms: ["基本支出"] }];
    expect(problemsOf({ ...json, formulas })).toEqual([
      `formulas.${json.formulas.length}：公式引用了模板没有的11表`,
      `formulas.${json.formulas.length}：公式引用了模板没有的11表`,
    ]);
    const { "10": ten, ...nine } = json.tables;
    expect(problemsOf({ ...json, tables: { ...nine, x1: ten } })[0]).toBe(
      "tables.x1：表号应为两位数字（如 01、10）",
    );
    const { "07": _gone, ...noSeven } = json.tables;
    expect(problemsOf({ ...json, tables: noSeven })).toContain("tables.07：缺少07表的表式");
  });

  it("a document holds table 10; on a template without it the file is refused and nothing opens", () => {
    const doc = tenthDocument(ITEMS);
    const text = serialiseDocument(doc);
    const parsed = parseDocumentText(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(Object.keys(parsed.document.tables)).toContain("10");
    expect(serialiseDocument(parsed.document)).toBe(text);

    const on2023 = parseDocumentValue({ ...JSON.parse(text), meta: { ...doc.meta, template: "2023" } });
    expect(on2023.ok ? [] : on2023.problems.map((p) => `${p.path}：${p.message}`)).toEqual([
      "tables.10：模板“2023 年度格式：支出功能分类 26 类（含债务还本、付息）”没有10表（它的表是 01、02、03、04、05、06、07、08、09）",
    ]);
    const comment = { kind: "table", table: "11" };
    const badAnchor = parseDocumentValue({
      ...JSON.parse(text),
      comments: [
        {
          id: "c1",
          anchor: comment,
          createdAt: "2024-01-01T00:00:00Z",
          author: "甲",
          text: "x",
          replies: [],
        },
      ],
    });
    expect(badAnchor.ok ? [] : badAnchor.problems.map((p) => p.path)).toEqual(["comments.0.anchor"]);
  });

  it("edits: typing a 10 figure recomputes its row 合计, its 款 and 类 and the 合计 row, undo restores them", () => {
    const wb = new Workbook(tenthDocument(ITEMS));
    const shown = (row: string, col: string) => {
      const value = wb.shown(cellId("10", row, col));
      return value ? formatAmount(value) : null;
    };
    expect(shown("合计", "合计")).toBe("1750.00");
    const result = wb.apply([{ kind: "set", table: "10", row: "2010302", col: "基本支出", value: "25.00" }]);
    expect(shown("2010302", "合计")).toBe("525.00");
    expect(shown("20103", "基本支出")).toBe("1025.00");
    expect(shown("201", "合计")).toBe("1525.00");
    expect(shown("合计", "合计")).toBe("1775.00");
    expect(wb.isDerived(cellId("10", "合计", "基本支出"))).toBe(true);
    expect(wb.isDerived(cellId("10", "2010302", "基本支出"))).toBe(false);
    wb.apply(result.patch.inverse);
    expect(shown("合计", "合计")).toBe("1750.00");
    expect(wb.shown(cellId("05", "合计", "小计"))).toEqual(money("1750.00"));
  });

  it("转换模板 to 2023 lists every figure of table 10 as lost and drops the table; undo brings it back", () => {
    const wb = new Workbook(tenthDocument(ITEMS));
    const conversion = planConversion(wb, findTemplate("2023") ?? templateTenth);
    expect(conversion.lost.filter((f) => f.table === "10").map((f) => `${f.row}|${f.col}`)).toEqual([
      "2010301|基本支出",
      "2010302|项目支出",
      "2080101|基本支出",
      "2080101|项目支出",
    ]);
    expect(conversion.lost.every((f) => f.table === "10")).toBe(true);
    const result = wb.apply(conversion.edits);
    expect(wb.doc.tables["10"]).toBeUndefined();
    expect(parseDocumentText(serialiseDocument(wb.doc)).ok).toBe(true);
    wb.apply(result.patch.inverse);
    expect(wb.template.id).toBe("test-2023-tenth");
    expect(serialiseDocument(wb.doc)).toBe(serialiseDocument(tenthDocument(ITEMS)));
  });
});
