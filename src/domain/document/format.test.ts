import { describe, expect, it } from "vitest";
import type { JuesuanDocument } from "./model";
import { MAX_FILE_BYTES, type ParseResult, parseDocumentText } from "./parse";
import { serialiseDocument } from "./serialise";

const CAR_SUBTOTAL = "预算数·公务用车购置及运行维护费·小计";
const BUDGET_TOTAL = "预算数·合计";

function sampleDocument(): JuesuanDocument {
  return {
    format: "juesuan",
    version: 1,
    meta: { department: "某某部门", year: 2023, unit: "万元", template: "2023" },
    tables: {
      // Deliberately out of canonical order: tables, rows and columns are reordered on writing.
      "09": { rows: { 三公经费: { 预算数·公务接待费: "1", 预算数·合计: "4", [CAR_SUBTOTAL]: null } } },
      "03": {
        rows: {
          "2010301": { 基本支出: "17.11", 本年支出合计: "17.11" },
          合计: { 本年支出合计: "17.11" },
          "201": { 本年支出合计: "17.11" },
        },
        names: { "2010301": "行政运行", "201": "一般公共服务支出" },
        columnLabels: { 对附属单位补助支出: "对附属部门补助支出" },
      },
      "01": {
        rows: { 本年收入合计: { 决算数: "17.11" } },
        names: { 附属单位上缴收入: "七、附属部门上缴收入" },
      },
    },
    notes: { "08": "本表无数据。", "07": "本表无数据。" },
  };
}

function parsed(text: string): JuesuanDocument {
  const result = parseDocumentText(text);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}：${p.message}`).join("\n"));
  return result.document;
}

function problemsOf(result: ParseResult) {
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.problems;
}

const rejectValue = (value: unknown) => problemsOf(parseDocumentText(JSON.stringify(value)));

describe("document file: serialise and parse", () => {
  it("round-trips: serialise → parse → serialise is byte-stable and keeps the content", () => {
    const doc = sampleDocument();
    const first = serialiseDocument(doc);
    const again = parsed(first);
    expect(serialiseDocument(again)).toBe(first);
    expect(again).toEqual(JSON.parse(first));
    expect(again.tables["03"]?.rows["2010301"]).toEqual({ 本年支出合计: "17.11", 基本支出: "17.11" });
    expect(again.notes).toEqual({ "07": "本表无数据。", "08": "本表无数据。" });
    expect(first.endsWith("}\n")).toBe(true);
  });

  it("writes tables, columns and notes in canonical order", () => {
    const text = serialiseDocument(sampleDocument());
    const json = JSON.parse(text) as JuesuanDocument;
    expect(Object.keys(json)).toEqual(["format", "version", "meta", "tables", "notes"]);
    expect(Object.keys(json.tables)).toEqual(["01", "03", "09"]);
    expect(Object.keys(json.tables["03"]?.rows["2010301"] ?? {})).toEqual(["本年支出合计", "基本支出"]);
    expect(Object.keys(json.tables["09"]?.rows.三公经费 ?? {})).toEqual([
      "预算数·合计",
      CAR_SUBTOTAL,
      "预算数·公务接待费",
    ]);
    expect(Object.keys(json.notes ?? {})).toEqual(["07", "08"]);
  });

  it("writes `derived` when given, and ignores it on parse", () => {
    const doc = sampleDocument();
    const derived = { "03": { rows: { "201": { 本年支出合计: "17.11", 基本支出: "17.11" } } } };
    const text = serialiseDocument(doc, [
      ["03|201|基本支出", "17.11"],
      ["03|201|本年支出合计", "17.11"],
    ]);
    expect(text.indexOf('"本年支出合计": "17.11"')).toBeLessThan(text.lastIndexOf('"基本支出": "17.11"'));
    const json = JSON.parse(text) as Record<string, unknown>;
    expect(json.derived).toEqual(derived);
    expect(Object.keys(json).at(-1)).toBe("derived");
    const back = parsed(text);
    expect("derived" in back).toBe(false);
    expect(back.tables["03"]?.rows["201"]).toEqual({ 本年支出合计: "17.11" });
    expect(serialiseDocument(back)).toBe(serialiseDocument(doc));
    expect(serialiseDocument(doc)).not.toContain("derived");
  });

  it("ignores a derived section that is not even well-formed", () => {
    const json = JSON.parse(serialiseDocument(sampleDocument())) as Record<string, unknown>;
    const back = parsed(JSON.stringify({ ...json, derived: "anything" }));
    expect("derived" in back).toBe(false);
  });

  it("keeps unknown fields at the top level, in meta and in a table through a round trip", () => {
    const doc = sampleDocument();
    doc.reviewState = { round: 2, by: ["张三"] };
    doc.meta.region = "河南";
    doc.meta.preparedBy = { name: "李四" };
    const table03 = doc.tables["03"];
    if (!table03) throw new Error("no 03");
    table03.remark = "科目名称照印";
    const text = serialiseDocument(doc);
    const back = parsed(text);
    expect(back.reviewState).toEqual({ round: 2, by: ["张三"] });
    expect(back.meta.region).toBe("河南");
    expect(back.meta.preparedBy).toEqual({ name: "李四" });
    expect(back.tables["03"]?.remark).toBe("科目名称照印");
    expect(serialiseDocument(back)).toBe(text);
    const json = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(["format", "version", "meta", "tables", "notes", "reviewState"]);
    expect(Object.keys(json.meta as object)).toEqual([
      "department",
      "year",
      "unit",
      "template",
      "region",
      "preparedBy",
    ]);
  });

  it("keeps absent and null apart", () => {
    const text = serialiseDocument(sampleDocument());
    expect(text).toContain(`"${CAR_SUBTOTAL}": null`);
    const cells = parsed(text).tables["09"]?.rows.三公经费 ?? {};
    expect(CAR_SUBTOTAL in cells).toBe(true);
    expect(cells[CAR_SUBTOTAL]).toBeNull();
    expect("预算数·因公出国（境）费" in cells).toBe(false);
    expect(cells[BUDGET_TOTAL]).toBe("4");
  });

  it('keeps amount strings as written (no reformatting of "4" or "0.10")', () => {
    const doc = sampleDocument();
    const table03 = doc.tables["03"];
    if (!table03) throw new Error("no 03");
    table03.rows["2010301"] = { 基本支出: "0.10", 项目支出: "-3" };
    const back = parsed(serialiseDocument(doc));
    expect(back.tables["03"]?.rows["2010301"]).toEqual({ 基本支出: "0.10", 项目支出: "-3" });
    expect(back.tables["09"]?.rows.三公经费?.[BUDGET_TOTAL]).toBe("4");
  });
});

describe("document file: rejected inputs name the path and the reason in Chinese", () => {
  const base = () => JSON.parse(serialiseDocument(sampleDocument())) as Record<string, unknown>;
  const withCell = (table: string, row: string, col: string, value: unknown) => {
    const json = base();
    json.tables = { [table]: { rows: { [row]: { [col]: value } } } };
    return json;
  };
  const CHINESE = /[\u4e00-\u9fff]/;

  it("not JSON", () => {
    const problems = problemsOf(parseDocumentText('{"format": "juesuan", '));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe("第 1 行第 23 列");
    expect(problems[0]?.message).toMatch(/^文件在这里提前结束.*不是有效的 JSON 文件，未做任何改动/);
  });

  it("JSON that is not an object", () => {
    expect(rejectValue([1, 2])).toEqual([{ path: "（文档根）", message: "文档应为一个 JSON 对象" }]);
  });

  it('format other than "juesuan"', () => {
    const problems = rejectValue({ ...base(), format: "excel" });
    expect(problems).toEqual([{ path: "format", message: expect.stringContaining("juesuan") }]);
    expect(problems[0]?.message).toMatch(/^不是决算公开文档/);
  });

  it("version 3", () => {
    const problems = rejectValue({ ...base(), version: 3 });
    expect(problems).toEqual([{ path: "version", message: expect.stringMatching(/^不支持的文档版本/) }]);
  });

  it("amount written as a JSON number", () => {
    const problems = rejectValue(withCell("03", "201", "本年支出合计", 12.3));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe("tables.03.rows.201.本年支出合计");
    expect(problems[0]?.message).toMatch(CHINESE);
  });

  it("amount written as a JSON number says that amounts are strings", () => {
    const problems = rejectValue(withCell("03", "201", "本年支出合计", 12.3));
    expect(problems[0]?.message).toContain("字符串");
  });

  it('amount string that is not a decimal ("12,3a")', () => {
    const problems = rejectValue(withCell("03", "201", "本年支出合计", "12,3a"));
    expect(problems).toEqual([
      { path: "tables.03.rows.201.本年支出合计", message: expect.stringMatching(/^不是有效的金额字符串/) },
    ]);
  });

  it.each(["1e3", "1,234.56", " 12.30", "¥12", ""])("amount string %j", (value) => {
    const problems = rejectValue(withCell("05", "2010301", "基本支出", value));
    expect(problems.map((p) => p.path)).toEqual(["tables.05.rows.2010301.基本支出"]);
  });

  it('unknown table id "10"', () => {
    const json = base();
    json.tables = { "10": { rows: {} } };
    const problems = rejectValue(json);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toMatch(/^tables/);
    expect(`${problems[0]?.path}：${problems[0]?.message}`).toContain("10");
    expect(problems[0]?.message).toMatch(CHINESE);
  });

  it("unknown row key in a fixed table", () => {
    const problems = rejectValue(withCell("01", "不存在的行", "决算数", "1.00"));
    expect(problems).toEqual([{ path: "tables.01.rows.不存在的行", message: "公开01表没有行“不存在的行”" }]);
  });

  it("row key that is not a 科目 code in a 科目 table", () => {
    const problems = rejectValue(withCell("02", "2101", "本年收入合计", "1.00"));
    expect(problems).toEqual([{ path: "tables.02.rows.2101", message: "公开02表没有行“2101”" }]);
  });

  it("unknown column", () => {
    const problems = rejectValue(withCell("03", "201", "不存在的栏目", "1.00"));
    expect(problems).toEqual([
      { path: "tables.03.rows.201.不存在的栏目", message: "公开03表的行“201”没有栏目“不存在的栏目”" },
    ]);
  });

  it("column of the other pane of a fixed table", () => {
    const problems = rejectValue(withCell("04", "201", "金额", "1.00"));
    expect(problems).toEqual([
      { path: "tables.04.rows.201.金额", message: "公开04表的行“201”没有栏目“金额”" },
    ]);
  });

  it("unknown template", () => {
    const json = base();
    json.meta = { ...(json.meta as object), template: "1999" };
    expect(rejectValue(json)).toEqual([
      {
        path: "meta.template",
        message:
          "未知的模板“1999”：本编辑器没有这个模板。请先用“文档 → 载入模板…”载入它的模板文件，再打开本文件",
        missingTemplate: "1999",
      },
    ]);
  });

  it("file over 20 MB (MAX_FILE_BYTES)", () => {
    const text = serialiseDocument(sampleDocument()) + " ".repeat(MAX_FILE_BYTES);
    const problems = problemsOf(parseDocumentText(text));
    expect(problems).toEqual([
      { path: "（文件）", message: expect.stringMatching(/^文件过大（超过 20 MB）/) },
    ]);
  });

  it("a file just under the limit is read", () => {
    const text = serialiseDocument(sampleDocument());
    const padded = text + " ".repeat(MAX_FILE_BYTES - Buffer.byteLength(text, "utf8"));
    expect(Buffer.byteLength(padded, "utf8")).toBe(MAX_FILE_BYTES);
    expect(parseDocumentText(padded).ok).toBe(true);
  });
});
