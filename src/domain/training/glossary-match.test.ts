import { describe, expect, it } from "vitest";
import { tableColumns, tableOf } from "../templates/structure";
import { CANONICAL_TABLE_IDS } from "../templates/types";
import { template2023 } from "../testing/templates";
import {
  glossaryForCell,
  glossaryForColumn,
  glossaryForRow,
  glossaryForTable,
  matchGlossary,
  normaliseLabel,
} from "./glossary-match";
import { openSample } from "./testing";

const termOf = (text: string) => matchGlossary(text)?.entry.term ?? null;

describe("matchGlossary", () => {
  it("matches labels exactly, ignoring ordinals, quotes and spaces", () => {
    expect(normaliseLabel("一、 “三公”经费 ")).toBe("三公经费");
    expect(matchGlossary("事业收入")).toMatchObject({ how: "exact", matched: "事业收入" });
    expect(termOf("五、事业收入")).toBe("事业收入");
    expect(termOf("“三公”经费")).toBe("“三公”经费");
    expect(termOf("三公经费")).toBe("“三公”经费");
    expect(termOf("使用非财政拨款结余")).toBe("使用非财政拨款结余");
    expect(termOf("结余分配")).toBe("结余分配");
  });

  it("finds the longest term inside a longer label", () => {
    expect(matchGlossary("一、一般公共预算财政拨款收入")).toMatchObject({
      how: "contains",
      entry: expect.objectContaining({ term: "财政拨款收入" }),
    });
    expect(termOf("一般公共预算财政拨款基本支出决算明细表")).toBe("基本支出");
    expect(termOf("因公出国（境）费用")).toBe("“三公”经费");
  });

  it("tells 收入 from 支出 and does not read 收入支出 (income and expenditure) as a 收入 term", () => {
    expect(termOf("经营收入")).toBe("经营收入");
    expect(termOf("经营支出")).toBe("经营支出");
    expect(termOf("财政拨款收入支出决算总表")).toBeNull();
    expect(termOf("本年支出合计")).toBeNull();
    expect(termOf("对附属单位补助支出")).toBeNull();
    expect(termOf("")).toBeNull();
  });

  it("knows the tables' other spellings: 财政拨款 balances, 06's 303, the seed's 附属部门 misprint", () => {
    expect(termOf("年初财政拨款结转和结余")).toBe("年初结转和结余");
    expect(termOf("年末财政拨款结转和结余")).toBe("年末结转和结余");
    expect(termOf("对个人和家庭的补助")).toBe("对个人和家庭的补助支出");
    expect(termOf("七、附属部门上缴收入")).toBe("附属单位上缴收入");
  });
});

describe("columns, rows and titles of the 2023 template", () => {
  it("02's income columns and 03's expenditure columns", () => {
    const cols02 = tableColumns(tableOf(template2023, "02")).map(
      (c) => glossaryForColumn(tableOf(template2023, "02"), c)?.entry.term ?? null,
    );
    expect(cols02).toEqual([
      null,
      "财政拨款收入",
      "上级补助收入",
      "事业收入",
      "经营收入",
      "附属单位上缴收入",
      "其他收入",
    ]);
    const cols03 = tableColumns(tableOf(template2023, "03")).map(
      (c) => glossaryForColumn(tableOf(template2023, "03"), c)?.entry.term ?? null,
    );
    expect(cols03).toEqual([null, "基本支出", "项目支出", null, "经营支出", null]);
  });

  it("09's item columns belong to the 三公经费 through their header groups; its 合计 through the row", () => {
    for (const col of tableColumns(tableOf(template2023, "09")))
      expect(glossaryForColumn(tableOf(template2023, "09"), col)?.entry.term ?? null, col).toBe(
        col.endsWith("·合计") ? null : "“三公”经费",
      );
    expect(glossaryForCell(openSample(), "09|三公经费|决算数·合计").row?.entry.term).toBe("“三公”经费");
  });

  it("table titles", () => {
    const titles = Object.fromEntries(
      CANONICAL_TABLE_IDS.map((id) => [id, glossaryForTable(tableOf(template2023, id))?.entry.term ?? null]),
    );
    expect(titles).toEqual({
      "01": null,
      "02": null,
      "03": null,
      "04": null,
      "05": null,
      "06": "基本支出",
      "07": null,
      "08": null,
      "09": "“三公”经费",
    });
  });

  it("rows of the sample as printed: 01's income rows and balances, 04's fund balances, 06's classes", () => {
    const workbook = openSample();
    expect(glossaryForRow(workbook, "01", "事业收入")?.entry.term).toBe("事业收入");
    expect(glossaryForRow(workbook, "01", "附属单位上缴收入")?.entry.term).toBe("附属单位上缴收入");
    expect(glossaryForRow(workbook, "01", "年初结转和结余")?.entry.term).toBe("年初结转和结余");
    expect(glossaryForRow(workbook, "01", "201")).toBeNull();
    expect(glossaryForRow(workbook, "04", "年初结转和结余·政府性基金预算财政拨款")?.entry.term).toBe(
      "年初结转和结余",
    );
    expect(glossaryForRow(workbook, "06", "301")?.entry.term).toBe("工资福利支出");
    expect(glossaryForRow(workbook, "06", "302")?.entry.term).toBe("商品和服务支出");
    expect(glossaryForRow(workbook, "06", "303")?.entry.term).toBe("对个人和家庭的补助支出");
    // The sample misprints 30217 as 公务招待费 (C-2): the template's 公务接待费 still finds the term.
    expect(workbook.rowName("06", "30217")).toBe("公务招待费");
    expect(glossaryForRow(workbook, "06", "30217")?.entry.term).toBe("“三公”经费");
  });

  it("one call for a cell's row, column and table", () => {
    const workbook = openSample();
    const cell = glossaryForCell(workbook, "03|2150517|项目支出");
    expect(cell.row).toBeNull();
    expect(cell.column?.entry.term).toBe("项目支出");
    expect(cell.table).toBeNull();
    expect(glossaryForCell(workbook, "06|301|决算数").table?.entry.term).toBe("基本支出");
  });
});
