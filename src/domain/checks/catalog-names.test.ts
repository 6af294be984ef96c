import { afterEach, describe, expect, it } from "vitest";
import { loadedEdition } from "../catalog/edition";
import { chooseCatalog, registerCatalog, removeCatalog } from "../catalog/lookup";
import { consistentDocument } from "../testing/consistent-document";
import { Workbook } from "../workbook/workbook";
import { checkWorkbook } from "./session";

const LOADED = "loaded-2023";

afterEach(() => {
  removeCatalog(LOADED);
  chooseCatalog(null);
});

/** A consistent 2023 document with one 项 (2130101) that no shipped edition has, printed as `name`. */
function documentWith(name: string): Workbook {
  const doc = consistentDocument([{ code: "2130101", basic: 100, project: 0 }]);
  for (const table of ["02", "03", "05"] as const) {
    const names = doc.tables[table]?.names ?? {};
    names["213"] = "农林水支出";
    names["21301"] = "农业农村";
    names["2130101"] = name;
  }
  return new Workbook(doc);
}

const c1 = (workbook: Workbook) =>
  checkWorkbook(workbook)
    .filter((f) => f.rule === "C-1")
    .map((f) => f.message);

const official = (codes: [string, string][]) =>
  loadedEdition(
    2023,
    "2023年政府收支分类科目.xlsx",
    codes.map(([code, name]) => ({ code, name })),
  );

describe("C-1 against the document's 科目目录 edition", () => {
  it("checks nothing the shipped (partial) editions lack", () => {
    expect(c1(documentWith("随便什么名字"))).toEqual([]);
  });

  it("reads a loaded edition of the document's year: a matching name is quiet, another is reported", () => {
    registerCatalog(
      official([
        ["213", "农林水支出"],
        ["21301", "农业农村"],
        ["2130101", "行政运行"],
      ]),
    );
    expect(c1(documentWith("行政运行"))).toEqual([]);
    expect(c1(documentWith("行政运行费"))).toEqual([
      "C-1 功能分类科目名称与科目表不符：2130101 印为“行政运行费”（02表、03表、05表），科目表名称为“行政运行”。",
    ]);
  });

  it("lists the codes a complete edition lacks, saying how to load another", () => {
    registerCatalog(
      official([
        ["213", "农林水支出"],
        ["2130102", "一般行政管理事务"],
      ]),
    );
    expect(c1(documentWith("行政运行"))).toEqual([
      "C-1 功能分类科目名称与科目表不符：2 个功能分类科目不在“2023年政府收支分类科目（载入：2023年政府收支分类科目.xlsx）”中（21301、2130101）：请核对编码；目录年度不对时，请在“文档 → 科目目录…”载入财政部《政府收支分类科目》（CSV 或 XLSX）。",
    ]);
    chooseCatalog("2024");
    expect(c1(documentWith("行政运行"))).toEqual([]);
  });

  it("takes a loaded list without 功能分类 项 codes (经济分类 only) as no complete 功能分类 list", () => {
    registerCatalog(official([["301", "工资福利支出"]]));
    expect(c1(documentWith("随便什么名字"))).toEqual([]);
  });
});
