import { describe, expect, it } from "vitest";
import { blankDocument } from "../testing/documents";
import { parseDocumentText } from "./parse";

/** A 上海 2024 document file with `rows` written into one table's JSON by hand. */
function shanghaiFile(table: string, rows: string, template = "shanghai-2024"): string {
  const doc = blankDocument(template);
  return JSON.stringify(doc).replace(`"${table}":{"rows":{}}`, `"${table}":{"rows":{${rows}}}`);
}

function problemsOf(text: string): string[] {
  const parsed = parseDocumentText(text);
  if (parsed.ok) throw new Error("the file was accepted");
  return parsed.problems.map((p) => p.message);
}

describe("a refused file names its tables as its template prints them", () => {
  it("上海 prints no 公开NN表 label: 表二, 表七 (its 三公 table is 09 in the file)", () => {
    expect(problemsOf(shanghaiFile("02", '"2101":{"本年收入合计":"1"}'))).toEqual(["表二没有行“2101”"]);
    expect(problemsOf(shanghaiFile("09", '"三公经费":{"无此栏":"1"}'))).toEqual([
      "表七的行“三公经费”没有栏目“无此栏”",
    ]);
  });

  it("a row written twice: 表三 in a 上海 file, 公开03表 where the template is unknown", () => {
    const twice = '"2010301":{"基本支出":"1"},"2010301":{"基本支出":"2"}';
    expect(problemsOf(shanghaiFile("03", twice))).toEqual([
      "表三的行“2010301”在文件中出现了两次，请只保留一个",
    ]);
    const unknown = shanghaiFile("03", twice).replace('"template":"shanghai-2024"', '"template":"无此模板"');
    expect(problemsOf(unknown)).toEqual(["公开03表的行“2010301”在文件中出现了两次，请只保留一个"]);
  });
});
