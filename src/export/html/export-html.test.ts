import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDocumentText } from "../../domain/document/parse";
import { SEED_FIGURES } from "../../domain/sample/seed-figures";
import { CANONICAL_TABLE_IDS } from "../../domain/templates/types";
import { Workbook } from "../../domain/workbook/workbook";
import { exportHtml } from "./export-html";
import { amountCells, rowsOf, section, sections, twoDecimals } from "./testing";

const SAMPLE = readFileSync(new URL("../../../public/samples/seed-2023.json", import.meta.url), "utf8");

function sample(): Workbook {
  const parsed = parseDocumentText(SAMPLE);
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.path}：${p.message}`).join("\n"));
  return new Workbook(parsed.document);
}

const html = exportHtml(sample(), { coverDate: "二〇二四年九月" });

describe("exportHtml on the seed sample", () => {
  it("is one standalone page: doctype, inline CSS, no external resource, no executable script", () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).not.toMatch(/<link\b|\bsrc=|@import|url\(/);
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts).toEqual(['<script type="application/json" id="juesuan-document">']);
  });

  it("has a cover, a 目录 of the nine tables, then one section per table in order", () => {
    const cover = /<section class="cover">([\s\S]*?)<\/section>/.exec(html)?.[1] ?? "";
    expect(cover).toContain("2023 年度");
    expect(cover).toContain("焦作经济技术产业集聚区管理委员会");
    expect(cover).toContain("部门决算");
    expect(cover).toContain("二〇二四年九月");
    const contents = /<section class="contents">([\s\S]*?)<\/section>/.exec(html)?.[1] ?? "";
    expect(contents).toContain("目 录");
    expect([...contents.matchAll(/<li><a href="#table-(\d\d)">/g)].map((m) => m[1])).toEqual([
      ...CANONICAL_TABLE_IDS,
    ]);
    expect(contents).toContain("九、财政拨款“三公”经费支出决算表");
    expect([...sections(html).keys()]).toEqual([...CANONICAL_TABLE_IDS]);
  });

  it("prints every figure of the publication in its table's section, and nothing else", () => {
    for (const table of CANONICAL_TABLE_IDS) {
      const cells = amountCells(section(html, table));
      const expected = new Map(
        SEED_FIGURES.filter((f) => f.table === table).map((f) => [
          `${f.table}|${f.row}|${f.col}`,
          twoDecimals(f.printed),
        ]),
      );
      for (const [id, printed] of expected) expect(cells.get(id), id).toBe(printed);
      const others = [...cells].filter(([id, text]) => !expected.has(id) && text !== "");
      expect(others, `公开${table}表 prints figures the publication does not`).toEqual([]);
    }
  });

  it("keeps blank and 0.00 apart (03: 215 基本支出 0.00, 201 项目支出 blank)", () => {
    const cells = amountCells(section(html, "03"));
    expect(cells.get("03|215|基本支出")).toBe("0.00");
    expect(cells.get("03|2150517|基本支出")).toBe("0.00");
    expect(cells.get("03|201|项目支出")).toBe("");
    expect(amountCells(section(html, "09")).get("09|三公经费|预算数·公务用车购置及运行维护费·小计")).toBe("");
  });

  it("prints each caption block: title, 公开0X表, 部门, 年度, 单位", () => {
    for (const table of CANONICAL_TABLE_IDS) {
      const part = section(html, table);
      expect(part).toMatch(/<h2 class="table-title">[^<]+<\/h2>/);
      expect(part).toContain(`<div class="table-label">公开${table}表</div>`);
      expect(part).toContain("部门：焦作经济技术产业集聚区管理委员会");
      expect(part).toContain("2023 年度");
      expect(part).toContain("单位：万元");
      expect(part).toContain('<p class="note">注：本表反映部门本年度');
    }
    expect(section(html, "06")).toContain("一般公共预算财政拨款基本支出决算明细表");
  });

  it("prints the 说明 of the empty tables 07 and 08 with only the 合计 row", () => {
    expect(section(html, "07")).toContain(
      '<p class="explanation">说明：我部门没有政府性基金收入，也没有使用政府性基金安排的支出，故本表无数据。</p>',
    );
    expect(section(html, "08")).toContain(
      '<p class="explanation">说明：我部门没有使用国有资本经营预算安排的支出，故本表无数据。</p>',
    );
    for (const table of ["07", "08"]) {
      const body = rowsOf(section(html, table), "tbody");
      expect(body).toHaveLength(1);
      expect(body[0]?.[0]).toMatchObject({ text: "合计", colspan: 2 });
    }
    expect(section(html, "03")).not.toContain('class="explanation"');
  });

  it("prints names and column labels as in the document", () => {
    expect(section(html, "01")).toContain(">七、附属部门上缴收入<");
    expect(section(html, "02")).toContain(">附属部门上缴收入<");
    expect(section(html, "03")).toContain(">对附属部门补助支出<");
    expect(section(html, "06")).toContain(">公务招待费<");
    expect(section(html, "02")).toContain(">政府办公厅（室）及机关机构事务<");
  });

  it("lays out 科目 tables with the 项 目 header over code and name, 栏次, then 合计 first", () => {
    const part = section(html, "05");
    const head = rowsOf(part, "thead");
    expect(head.map((row) => row.map((c) => [c.text, c.colspan, c.rowspan]))).toEqual([
      [
        ["项 目", 2, 1],
        ["本年支出", 3, 1],
      ],
      [
        ["功能分类科目编码", 1, 1],
        ["科目名称", 1, 1],
        ["小计", 1, 1],
        ["基本支出", 1, 1],
        ["项目支出", 1, 1],
      ],
      [
        ["栏次", 2, 1],
        ["1", 1, 1],
        ["2", 1, 1],
        ["3", 1, 1],
      ],
    ]);
    const body = rowsOf(part, "tbody");
    expect(body[0]?.map((c) => c.text)).toEqual(["合计", "507.92", "104.37", "403.55"]);
    expect(body[1]?.map((c) => c.text)).toEqual(["201", "一般公共服务支出", "84.58", "84.58", ""]);
    expect(rowsOf(section(html, "08"), "thead")[1]?.[0]?.text).toBe("科目代码");
  });

  it("puts 01 and 04 under 收入 / 支出 captions with 行次 and the 栏 次 line", () => {
    const head = rowsOf(section(html, "04"), "thead");
    expect(head[0]?.map((c) => [c.text, c.colspan])).toEqual([
      ["收入", 3],
      ["支出", 6],
    ]);
    expect(head[1]?.map((c) => c.text)).toEqual([
      "项 目",
      "行次",
      "金额",
      "项 目",
      "行次",
      "合计",
      "一般公共预算财政拨款",
      "政府性基金预算财政拨款",
      "国有资本经营预算财政拨款",
    ]);
    expect(head[2]?.map((c) => c.text)).toEqual(["栏 次", "", "1", "栏 次", "", "2", "3", "4", "5"]);
    const body = rowsOf(section(html, "01"), "tbody");
    expect(body[0]?.map((c) => c.text)).toEqual([
      "一、一般公共预算财政拨款收入",
      "1",
      "507.92",
      "一、一般公共服务支出",
      "32",
      "84.58",
    ]);
    expect(body[10]?.map((c) => c.text)).toEqual(["", "11", "", "十一、城乡社区支出", "42", ""]);
    expect(body.at(-1)?.map((c) => c.text)).toEqual(["总计", "31", "507.92", "总计", "62", "507.92"]);
  });

  it("prints 06 as three code/name/value triplets with the 人员经费合计 | 公用经费合计 footer", () => {
    const part = section(html, "06");
    const head = rowsOf(part, "thead");
    expect(head).toHaveLength(1);
    expect(head[0]?.map((c) => c.text)).toEqual(
      Array(3).fill(["经济分类科目编码", "科目名称", "决算数"]).flat(),
    );
    const body = rowsOf(part, "tbody");
    expect(body[0]?.map((c) => c.text)).toEqual([
      "301",
      "工资福利支出",
      "98.13",
      "302",
      "商品和服务支出",
      "6.24",
      "310",
      "资本性支出",
      "",
    ]);
    expect(body.at(-1)?.map((c) => [c.text, c.colspan])).toEqual([
      ["人员经费合计", 2],
      ["98.13", 1],
      ["公用经费合计", 2],
      ["6.24", 1],
      ["", 1],
      ["", 1],
      ["", 1],
    ]);
  });

  it("gives 09 its two-level header groups (预算数 / 决算数, 公务用车购置及运行维护费) and 12 栏次", () => {
    const head = rowsOf(section(html, "09"), "thead");
    const half = [
      ["合计", 1, 2],
      ["因公出国（境）费", 1, 2],
      ["公务用车购置及运行维护费", 3, 1],
      ["公务接待费", 1, 2],
    ];
    const car = [
      ["小计", 1, 1],
      ["公务用车购置费", 1, 1],
      ["公务用车运行维护费", 1, 1],
    ];
    expect(head.map((row) => row.map((c) => [c.text, c.colspan, c.rowspan]))).toEqual([
      [
        ["预算数", 6, 1],
        ["决算数", 6, 1],
      ],
      [...half, ...half],
      [...car, ...car],
      Array.from({ length: 12 }, (_, i) => [String(i + 1), 1, 1]),
    ]);
    const body = rowsOf(section(html, "09"), "tbody");
    expect(body.map((row) => row.map((c) => c.text))).toEqual([
      ["4.00", "", "", "", "3.00", "1.00", "", "", "", "", "", ""],
    ]);
  });

  it("puts wide tables on landscape pages and every table on a new page", () => {
    const pages = Object.fromEntries(
      [...html.matchAll(/<section class="table-page (\w+)" id="table-(\d\d)"/g)].map((m) => [m[2], m[1]]),
    );
    expect(pages).toEqual({
      "01": "landscape",
      "02": "landscape",
      "03": "landscape",
      "04": "landscape",
      "05": "portrait",
      "06": "landscape",
      "07": "landscape",
      "08": "portrait",
      "09": "landscape",
    });
    expect(html).toContain("@page landscape {\n  size: A4 landscape;");
    expect(html).toMatch(/\.table-page\.landscape \{ page: landscape; \}/);
    expect(html).toMatch(/\.table-page \{ break-before: page; \}/);
    expect(html).toContain("thead { display: table-header-group; }");
    expect(html).toContain("@bottom-center");
    expect(html).toContain('"Noto Serif CJK SC", "Source Han Serif SC", "SimSun", "Songti SC", serif');
  });
});

describe("exportHtml with 科目编码 split into 类/款/项", () => {
  const workbook = sample();
  workbook.doc.meta.codeDisplay = "split";
  const part = section(exportHtml(workbook), "03");

  it("heads the code columns 类, 款 and 项 under 功能分类科目编码, 栏次 across the four item columns", () => {
    const head = rowsOf(part, "thead").map((row) => row.map((c) => [c.text, c.colspan, c.rowspan]));
    expect(head[0]?.[0]).toEqual(["项 目", 4, 1]);
    expect(head[1]?.slice(0, 2)).toEqual([
      ["功能分类科目编码", 3, 1],
      ["科目名称", 1, 2],
    ]);
    expect(head[2]?.slice(0, 3)).toEqual([
      ["类", 1, 1],
      ["款", 1, 1],
      ["项", 1, 1],
    ]);
    expect(head[3]?.[0]).toEqual(["栏次", 4, 1]);
  });

  it("prints each code in three cells and the 合计 across them and the name", () => {
    const body = rowsOf(part, "tbody").map((row) => row.map((c) => c.text));
    expect(body[0]?.slice(0, 2)).toEqual(["合计", "507.92"]);
    expect(rowsOf(part, "tbody")[0]?.[0]?.colspan).toBe(4);
    expect(body.find((row) => row[0] === "201" && row[1] === "03" && row[2] === "01")?.[3]).toBe("行政运行");
    expect(body.find((row) => row[3] === "一般公共服务支出")?.slice(0, 3)).toEqual(["201", "", ""]);
    expect(amountCells(part).get("03|2010301|基本支出")).toBe(
      amountCells(section(html, "03")).get("03|2010301|基本支出"),
    );
  });
});

describe("exportHtml in a 元 document", () => {
  it("prints amounts in 元 exactly as typed, with thousands separators, as the editor shows them", () => {
    const parsed = parseDocumentText(SAMPLE);
    if (!parsed.ok) throw new Error("sample");
    const doc = parsed.document;
    doc.meta.unit = "元";
    doc.tables["03"] = { rows: { "2010301": { 基本支出: "123456.78" } }, names: { "2010301": "行政运行" } };
    const cells = amountCells(section(exportHtml(new Workbook(doc)), "03"));
    expect(cells.get("03|2010301|基本支出")).toBe("123,456.78");
    expect(cells.get("03|合计|基本支出")).toBe("123,456.78");
    expect(section(exportHtml(new Workbook(doc)), "03")).toContain("单位：元");
  });
});
