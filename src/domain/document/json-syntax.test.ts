import { describe, expect, it } from "vitest";
import { jsonSyntaxProblem, parseJson, readJsonText } from "./json-syntax";

function problemOf(text: string) {
  const parsed = parseJson(text);
  if (parsed.ok) throw new Error("parsed");
  return parsed.problem;
}

/** An English word other than the name of the format. */
const ENGLISH_WORD = /(?!JSON)[A-Za-z]{4,}/;

describe("JSON syntax errors in Chinese", () => {
  it("a file cut short names the line and column where it ends (QA defect 8)", () => {
    const problem = problemOf('{"format":"juesuan", "version": 2, ');
    expect(problem.path).toBe("第 1 行第 36 列");
    expect(problem.message).toContain("文件在这里提前结束");
    expect(problem.message).toContain("未做任何改动");
    expect(problem.message).not.toMatch(ENGLISH_WORD);
  });

  it("counts lines and columns from 1, across line breaks", () => {
    expect(problemOf('{\n  "a": 1,\n  b: 2\n}').path).toBe("第 3 行第 3 列");
  });

  it("says what is wrong at the place", () => {
    expect(problemOf("{ not json").message).toMatch(/^字段名应写在英文双引号里，这里却是“n”/);
    expect(problemOf("{'a': 1}").message).toMatch(/^引号应为英文双引号 "，不能用单引号/);
    expect(problemOf('{"a": “x”}').message).toMatch(/^这里用了中文引号 “/);
    expect(problemOf('{"a"：1}').message).toMatch(/^这里用了中文标点 ：，应改为英文的 :/);
    expect(problemOf('{"a": 1,}').message).toMatch(/^“}”前多了一个逗号/);
    expect(problemOf('{"a": 1} x').message).toMatch(/^文档在前面已经结束，这里多出了“x”/);
    expect(problemOf('{"a": "x\ny"}').message).toMatch(/^引号内的文字里有换行/);
    expect(problemOf("").message).toMatch(/^文件是空的/);
    expect(problemOf("   ").path).toBe("第 1 行第 4 列");
  });

  it("reads the place from other engines' wording, and says nothing of a place it cannot find", () => {
    const firefox = new SyntaxError("JSON.parse: expected ',' or '}' at line 2 column 3 of the JSON data");
    expect(jsonSyntaxProblem('{"a": 1\n  "b": 2}', firefox).path).toBe("第 2 行第 3 列");
    const token = new SyntaxError(`Unexpected token '@', "{"x@": 1, @}" is not valid JSON`);
    expect(jsonSyntaxProblem('{"x@": 1, @}', token).path).toBe("第 1 行第 11 列");
    const unknown = jsonSyntaxProblem("?", new Error("something else"));
    expect(unknown.path).toBe("（文件）");
    expect(unknown.message).toMatch(/^不是有效的 JSON 文件/);
  });

  it("readJsonText throws the place and the reason in Chinese", () => {
    expect(readJsonText('["a"]')).toEqual(["a"]);
    expect(() => readJsonText('["a" 1]')).toThrow(/^第 1 行第 6 列：这里的“1”不合 JSON 写法/);
  });
});
