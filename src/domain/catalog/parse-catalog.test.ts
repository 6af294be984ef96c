import { describe, expect, it } from "vitest";
import type { CatalogSheet } from "./catalog-columns";
import { parseCatalogSheets } from "./parse-catalog";

const sheet = (rows: (string | [string, number])[][], name = "Sheet1"): CatalogSheet => ({
  name,
  rows: rows.map((row) =>
    row.map((cell) => (typeof cell === "string" ? { text: cell } : { text: cell[0], indent: cell[1] })),
  ),
});

const codes = (result: ReturnType<typeof parseCatalogSheets>) =>
  result.ok ? result.entries.map((e) => `${e.code} ${e.name}`) : result.problems;

describe("parseCatalogSheets", () => {
  it("reads code and name columns found by their header, below a title row", () => {
    const result = parseCatalogSheets([
      sheet([
        ["2024年政府收支分类科目", ""],
        ["科目编码", "科目名称", "说明"],
        ["201", "一般公共服务支出", "反映……"],
        ["20101", "人大事务", ""],
        ["2010101", "行政运行", ""],
      ]),
    ]);
    expect(codes(result)).toEqual(["201 一般公共服务支出", "20101 人大事务", "2010101 行政运行"]);
  });

  it("finds the columns by content when there is no header, codes written with spaces or full-width digits", () => {
    const result = parseCatalogSheets([
      sheet([
        ["", "２０１", "一般公共服务支出"],
        ["", "201 03", "政府办公厅（室）及相关机构事务"],
        ["", "201 03 01", "行政运行"],
      ]),
    ]);
    expect(codes(result)).toEqual([
      "201 一般公共服务支出",
      "20103 政府办公厅（室）及相关机构事务",
      "2010301 行政运行",
    ]);
  });

  it("reads split 类/款/项 columns under a merged 科目编码 header, each row filling its own level", () => {
    const result = parseCatalogSheets([
      sheet([
        ["科目编码", "科目编码", "科目编码", "科目名称"],
        ["类", "款", "项", "科目名称"],
        ["201", "", "", "一般公共服务支出"],
        ["", "1", "", "人大事务"],
        ["", "", "01", "行政运行"],
        ["", "", "02", "一般行政管理事务"],
        ["", "03", "", "政府办公厅（室）及相关机构事务"],
        ["", "", "50", "事业运行"],
      ]),
    ]);
    expect(codes(result)).toEqual([
      "201 一般公共服务支出",
      "20101 人大事务",
      "2010101 行政运行",
      "2010102 一般行政管理事务",
      "20103 政府办公厅（室）及相关机构事务",
      "2010350 事业运行",
    ]);
  });

  it("places two-digit codes under their parent by indentation: leading spaces, 全角空格 or a cell indent", () => {
    const spaces = parseCatalogSheets([
      sheet([
        ["编码", "名称"],
        ["201", "一般公共服务支出"],
        ["01", "  人大事务"],
        ["01", "    行政运行"],
        ["03", "\u3000政府办公厅（室）及相关机构事务"],
        ["01", "\u3000\u3000行政运行"],
        ["208", "社会保障和就业支出"],
        ["05", "  行政事业单位养老支出"],
      ]),
    ]);
    expect(codes(spaces)).toEqual([
      "201 一般公共服务支出",
      "20101 人大事务",
      "2010101 行政运行",
      "20103 政府办公厅（室）及相关机构事务",
      "2010301 行政运行",
      "208 社会保障和就业支出",
      "20805 行政事业单位养老支出",
    ]);
    const cellIndent = parseCatalogSheets([
      sheet([["201 一般公共服务支出"], [["01 人大事务", 1]], [["01 行政运行", 2]]]),
    ]);
    expect(codes(cellIndent)).toEqual(["201 一般公共服务支出", "20101 人大事务", "2010101 行政运行"]);
  });

  it("reads 经济分类 codes and merges the entries of several sheets", () => {
    const result = parseCatalogSheets([
      sheet(
        [
          ["科目编码", "科目名称"],
          ["2010301", "行政运行"],
        ],
        "功能分类",
      ),
      sheet(
        [
          ["科目编码", "科目名称"],
          ["301", "工资福利支出"],
          ["30101", "基本工资"],
        ],
        "经济分类",
      ),
    ]);
    expect(codes(result)).toEqual(["2010301 行政运行", "301 工资福利支出", "30101 基本工资"]);
  });

  it("skips 目-level (9-digit) codes with a note, and heading rows without digits", () => {
    const result = parseCatalogSheets([
      sheet([
        ["科目编码", "科目名称"],
        ["", "一、支出功能分类科目"],
        ["101", "税收收入"],
        ["101010101", "国有企业增值税"],
      ]),
    ]);
    expect(result).toEqual({
      ok: true,
      entries: [{ code: "101", name: "税收收入" }],
      notes: ["跳过 1 个目级及更细的编码（公开表只用类、款、项）"],
    });
  });

  it("refuses duplicates, bad codes, nameless codes and unplaceable two-digit codes, naming the rows", () => {
    const result = parseCatalogSheets([
      sheet([
        ["科目编码", "科目名称"],
        ["201", "一般公共服务支出"],
        ["201", "一般公共服务"],
        ["2010a", "人大事务"],
        ["2010", "人大事务"],
        ["20102", ""],
        ["01", "行政运行"],
      ]),
    ]);
    expect(result).toEqual({
      ok: false,
      problems: [
        "Sheet1 第 3 行：编码 201 重复（Sheet1 第 2 行已有“一般公共服务支出”）",
        "Sheet1 第 4 行：编码“2010a”不是类、款、项编码（3、5、7 位数字）",
        "Sheet1 第 5 行：编码“2010”不是类、款、项编码（3、5、7 位数字）",
        "Sheet1 第 6 行：编码 20102 没有名称",
        "Sheet1 第 7 行：编码“01”只有两位，无法由缩进判断是款还是项，也找不到上级科目",
      ],
    });
  });

  it("says so when a file has no codes and names", () => {
    expect(
      parseCatalogSheets([
        sheet([
          ["姓名", "金额"],
          ["张三", "1"],
        ]),
      ]),
    ).toEqual({
      ok: false,
      problems: ["文件中没有找到科目编码和科目名称（需要编码列和名称列，或类、款、项列）"],
    });
  });
});
