import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SHIPPED_TEMPLATES, templateShanghai, templateShanghai24 } from "../testing/templates";
import { parseTemplateText, parseTemplateValue } from "./parse-template";
import { readShippedTemplate } from "./read-shipped-template";
import { fixedRows, tableColumns, tableOf } from "./structure";
import { templateJsonSchema } from "./template-schema";
import { CANONICAL_TABLE_IDS, type PanesLayout, type SubjectLayout } from "./types";

const DIR = "public/templates/";
const index: string[] = JSON.parse(readFileSync(`${DIR}index.json`, "utf8"));
const fileJson = (file: string) => JSON.parse(readFileSync(`${DIR}${file}`, "utf8"));

describe("the shipped template files", () => {
  it("index.json lists every file of public/templates/ and nothing else", () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith(".json") && f !== "index.json");
    expect([...index].sort()).toEqual(files.sort());
  });

  it.each(index)("%s is valid, named after its id, and declares every table", (file) => {
    const parsed = parseTemplateText(readFileSync(`${DIR}${file}`, "utf8"));
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
    if (!parsed.ok) return;
    expect(`${parsed.template.id}.json`).toBe(file);
    expect(parsed.template.name).toMatch(/年度格式/);
    expect(Object.keys(parsed.template.tables).sort()).toEqual([...CANONICAL_TABLE_IDS]);
  });

  it("public/juesuan-template.schema.json is the schema the domain validates with (run npm run schema)", () => {
    const published = JSON.parse(readFileSync("public/juesuan-template.schema.json", "utf8")) as unknown;
    expect(published).toEqual(JSON.parse(JSON.stringify(templateJsonSchema())));
  });
});

describe("a template file with mistakes is refused in Chinese", () => {
  const base = () => fileJson("2023.json");

  it("a missing table, a wrong format, an unknown formula kind", () => {
    const noTable = base();
    delete noTable.tables["07"];
    const problems = (json: unknown) => {
      const parsed = parseTemplateValue(json);
      return parsed.ok ? [] : parsed.problems.map((p) => `${p.path}：${p.message}`);
    };
    expect(problems(noTable).join("\n")).toMatch(/07/);
    expect(problems({ ...base(), format: "x" })).toEqual([
      'format：不是决算公开模板（format 应为 "juesuan-template"）',
    ]);
    const badFormula = base();
    badFormula.formulas[0].kind = "product";
    expect(problems(badFormula).join()).toMatch(/公式 kind 只能是/);
    expect(parseTemplateText("{").ok).toBe(false);
  });

  it("a formula naming a column or row the table lacks, an order that misses a table", () => {
    const json = base();
    json.formulas.push({ kind: "rowSum", table: "03", target: "本年支出合计", terms: ["无此栏"] });
    json.formulas.push({
      kind: "sum",
      target: { table: "01", row: "无此行", col: "决算数" },
      terms: [],
    });
    const parsed = parseTemplateValue(json);
    expect(parsed.ok ? [] : parsed.problems.map((p) => p.message)).toEqual([
      "03表没有栏目“无此栏”",
      "01表没有行“无此行”",
    ]);
    const order = parseTemplateValue({ ...base(), order: ["01", "02"] });
    expect(order.ok ? [] : order.problems.map((p) => p.message)).toEqual([
      "印刷顺序应把 01、02、03、04、05、06、07、08、09 每张表各列一次",
    ]);
  });
});

describe.each([templateShanghai, templateShanghai24])("上海 2024/2025 template $id (LAYOUTS.md §2)", (t) => {
  it("prints 三公 seventh, no 公开XX表 label, no 行次 or 栏次, notes without the 尾差 sentence", () => {
    expect(t.order).toEqual(["01", "02", "03", "04", "05", "06", "09", "07", "08"]);
    for (const id of CANONICAL_TABLE_IDS) {
      const table = tableOf(t, id);
      expect(table.label).toBe("");
      expect(table.notes.join()).not.toMatch(/尾差/);
      const layout = table.layout;
      const columns = layout.kind === "subject" ? layout.columns : layout.panes.flatMap((p) => p.columns);
      expect(columns.every((c) => c.lane === undefined)).toBe(true);
      expect(layout.laneRow).toBe(false);
      if (layout.kind === "panes") {
        expect(
          layout.panes.every((p) => p.lineHeader === undefined && p.rows.every((r) => r.line === undefined)),
        ).toBe(true);
      }
    }
  });

  it("04 income headed 决算数; 05 合计 last without a 本年支出 group; 08 收入支出 with 07's six columns", () => {
    const in04 = (tableOf(t, "04").layout as PanesLayout).panes[0];
    expect(in04?.columns).toEqual([{ key: "金额", label: "决算数" }]);
    const l05 = tableOf(t, "05").layout as SubjectLayout;
    expect(l05.totalRowPosition).toBe("last");
    expect(l05.columns.map((c) => [c.key, c.label, c.groups])).toEqual([
      ["小计", "合计", undefined],
      ["基本支出", "基本支出", undefined],
      ["项目支出", "项目支出", undefined],
    ]);
    expect(tableOf(t, "08").title).toBe("国有资本经营预算财政拨款收入支出决算表");
    expect(tableColumns(tableOf(t, "08"))).toEqual([
      "年初结转和结余",
      "本年收入",
      "合计",
      "基本支出",
      "项目支出",
      "年末结转和结余",
    ]);
  });

  it("06 in two column pairs with 30311 and 310's nine rows; 09 with 预算数/决算数 interleaved per item", () => {
    const l06 = tableOf(t, "06").layout as PanesLayout;
    expect(l06.panes.map((p) => [...new Set(p.rows.map((r) => r.key?.slice(0, 3)))])).toEqual([
      ["301", "303"],
      ["302", "310"],
    ]);
    const rows = [...fixedRows(tableOf(t, "06")).keys()];
    expect(rows).toContain("30311");
    expect(rows.filter((r) => r.startsWith("310") && r.length === 5)).toHaveLength(9);
    expect(rows).not.toContain("307");
    expect(tableColumns(tableOf(t, "09")).slice(0, 4)).toEqual([
      "预算数·合计",
      "决算数·合计",
      "预算数·因公出国（境）费",
      "决算数·因公出国（境）费",
    ]);
  });
});

it("every shipped template keeps the seed's canonical keys for the columns the rules read", () => {
  for (const t of SHIPPED_TEMPLATES) {
    expect(tableColumns(tableOf(t, "05"))).toContain("小计");
    expect(tableColumns(tableOf(t, "07"))).toContain("本年支出小计");
    expect(tableColumns(tableOf(t, "08"))).toContain("合计");
    expect(tableColumns(tableOf(t, "04"))).toContain("金额");
  }
});

it("the app's quick read of a shipped file gives the template the full validation gives", () => {
  for (const file of index) {
    const text = readFileSync(`${DIR}${file}`, "utf8");
    const full = parseTemplateText(text);
    const {
      $schema: _s,
      description: _d,
      ...quick
    } = readShippedTemplate(text) as unknown as Record<string, unknown>;
    expect(full.ok && full.template).toEqual(quick);
  }
  expect(() => readShippedTemplate('{"format":"juesuan"}')).toThrow("不是决算公开模板文件");
});
