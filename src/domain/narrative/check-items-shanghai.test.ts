/**
 * N-8 and N-9 on 上海 documents: 五(三)'s items over 表五, and 八's items over 表八 (07), each 项 described once
 * under the names its table gives it; findings call the tables as 上海 prints them.
 */
import { describe, expect, it } from "vitest";
import type { JuesuanDocument } from "../document/model";
import { blankDocument, withTables } from "../testing/documents";
import { Workbook } from "../workbook/workbook";
import { checkNarrative, narrativeContext } from "./check-narrative";
import { generateNarrative } from "./generate";
import type { NarrativeSection, Paragraph } from "./model";
import { startingPublication } from "./publication-template";

function shanghaiWith07(): JuesuanDocument {
  const blank = blankDocument("shanghai-2024");
  blank.meta = { ...blank.meta, year: 2024, department: "上海市测试局" };
  const doc = withTables(blank, {
    "05": { "201": {}, "20103": {}, "2010301": { 基本支出: "30.00" }, "2010302": { 项目支出: "20.00" } },
    "07": {
      "229": {},
      "22960": {},
      "2296002": { 本年收入: "3.00", 项目支出: "2.50" },
      "2296003": { 本年收入: "1.00", 项目支出: "1.00" },
    },
  });
  const names = (id: "05" | "07", list: Record<string, string>) => {
    const table = doc.tables[id];
    if (table) table.names = list;
  };
  names("05", {
    "201": "一般公共服务支出",
    "20103": "政府办公厅（室）及相关机构事务",
    "2010301": "行政运行",
    "2010302": "一般行政管理事务",
  });
  names("07", {
    "229": "其他支出",
    "22960": "彩票公益金安排的支出",
    "2296002": "用于社会福利的彩票公益金支出",
    "2296003": "用于体育事业的彩票公益金支出",
  });
  return doc;
}

/** The messages of `rules`' findings on the generated text after `change` rewrote its paragraphs. */
function findingsOf(
  change: (paragraphs: Paragraph[], section: string) => Paragraph[],
  rules: readonly string[],
): string[] {
  const doc = shanghaiWith07();
  const { template, year, department } = doc.meta;
  const publication = startingPublication({ templateId: template, year, department });
  const input = { publication, workbook: new Workbook(doc), supplement: {} };
  const narrative: NarrativeSection[] = generateNarrative(narrativeContext(input)).map((section) => ({
    ...section,
    paragraphs: change(section.paragraphs, section.id),
  }));
  return checkNarrative({ ...input, publication: { ...publication, narrative } })
    .filter((f) => rules.includes(f.rule))
    .map((f) => f.message);
}

const itemFindings = (change: (paragraphs: Paragraph[], section: string) => Paragraph[]) =>
  findingsOf(change, ["N-8", "N-9"]);

const without = (role: string, subject: string) => (paragraphs: Paragraph[]) =>
  paragraphs.filter((p) => !(p.role === role && p.subject === subject));

describe("N-8 and N-9 on a 上海 document", () => {
  it("the generated text describes every 项 of 表五 and 表八 once, under their names", () => {
    expect(itemFindings((paragraphs) => paragraphs)).toEqual([]);
  });

  it("a 项 left out or described twice: 五、（三） over 表五, 八、 over 表八", () => {
    expect(itemFindings(without("五.具体.项", "2010302"))).toEqual([
      "五、（三）未说明表五的项级科目 2010302 一般行政管理事务",
    ]);
    expect(itemFindings(without("八.支出项", "2296003"))).toEqual([
      "八、未说明表八的项级科目 2296003 用于体育事业的彩票公益金支出",
    ]);
    const twice = (paragraphs: Paragraph[]) =>
      paragraphs.flatMap((p) => (p.role === "八.支出项" && p.subject === "2296002" ? [p, p] : [p]));
    expect(itemFindings(twice)).toEqual(["八、科目 2296002 用于社会福利的彩票公益金支出 说明了 2 次"]);
  });

  it("an item whose 类 is renamed in its title is named against 表八", () => {
    const renamed = (paragraphs: Paragraph[]) =>
      paragraphs.map((p) =>
        p.role === "八.支出项" && p.subject === "2296002"
          ? { ...p, title: p.title?.replace("其他支出（类）", "其它支出（类）") }
          : p,
      );
    expect(itemFindings(renamed)).toEqual([
      "八、第 1 项（2296002）科目名称“其它支出”与表八 229“其他支出”不一致",
    ]);
  });

  it("N-15 calls 05 表五: 十一 says there is no 机关运行经费 while 表五's 行政运行 has 基本支出", () => {
    const none = (paragraphs: Paragraph[]) =>
      paragraphs.map((p) =>
        p.role === "十一.机关运行" ? { role: p.role, runs: [{ text: "本部门没有机关运行经费。" }] } : p,
      );
    expect(findingsOf(none, ["N-15"])).toEqual([
      "十一、文中说没有机关运行经费，但表五以下科目有基本支出：2010301 行政运行",
    ]);
  });
});
