import type { Problem } from "./validate";

/** Where a parser error points, as an offset into the text: engines name it differently, or not at all. */
function errorOffset(text: string, message: string): number | null {
  const position = /position (\d+)/i.exec(message);
  if (position) return Number(position[1]);
  const lineColumn = /line (\d+) column (\d+)/i.exec(message);
  if (lineColumn) {
    const lines = text.split("\n").slice(0, Number(lineColumn[1]) - 1);
    return lines.reduce((sum, line) => sum + line.length + 1, 0) + Number(lineColumn[2]) - 1;
  }
  const token = /unexpected token '?(.)/i.exec(message)?.[1];
  if (token !== undefined) return firstOutsideStrings(text, token);
  return /end of (JSON )?(input|data)/i.test(message) ? text.length : null;
}

/** Where `char` first occurs outside a string literal (an engine that names the token but not its place). */
function firstOutsideStrings(text: string, char: string): number | null {
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (!inString && c === char) return i;
    if (c === "\\" && inString) i++;
    else if (c === '"') inString = !inString;
  }
  return null;
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

const FULL_WIDTH: Record<string, string> = {
  "，": ",",
  "：": ":",
  "【": "[",
  "】": "]",
  "｛": "{",
  "｝": "}",
};

/** What is wrong at the offset, judged from the text there (the parser's own words are English). */
function reason(text: string, offset: number, message: string): string {
  const char = text.slice(offset, offset + 1);
  const before = text.slice(0, offset).trimEnd().slice(-1);
  if (text.trim() === "") return "文件是空的";
  if (offset >= text.trimEnd().length) {
    return "文件在这里提前结束：可能没有存完整或被截断，或少了 }、] 或引号";
  }
  if (/after JSON|unexpected non-whitespace/i.test(message)) {
    return `文档在前面已经结束，这里多出了“${char}”开头的内容，请删去`;
  }
  if (/control character/i.test(message)) return "引号内的文字里有换行或制表符，请写成 \\n 或删去";
  if (char === "'") return "引号应为英文双引号 \"，不能用单引号 '";
  if ("“”‘’".includes(char)) return `这里用了中文引号 ${char}，应改为英文双引号 "`;
  if (FULL_WIDTH[char]) return `这里用了中文标点 ${char}，应改为英文的 ${FULL_WIDTH[char]}`;
  if ((char === "}" || char === "]") && before === ",")
    return `“${char}”前多了一个逗号，请删去最后一项后的逗号`;
  if (/property name/i.test(message)) return `字段名应写在英文双引号里，这里却是“${char}”`;
  return `这里的“${char}”不合 JSON 写法（可能少了逗号、冒号或括号）`;
}

/**
 * A JSON syntax error in Chinese: where (第 N 行第 M 列), what is wrong, and what to do. The parser's
 * message is read only for the offset, so its English never reaches the user.
 */
export function jsonSyntaxProblem(text: string, error: unknown): Problem {
  const message = error instanceof Error ? error.message : String(error);
  const offset = errorOffset(text, message);
  const fix = "不是有效的 JSON 文件，未做任何改动。请用文本编辑器改正这一处，或重新导出该文件后再试";
  if (offset === null) return { path: "（文件）", message: fix };
  const { line, column } = lineAndColumn(text, Math.min(offset, text.length));
  return { path: `第 ${line} 行第 ${column} 列`, message: `${reason(text, offset, message)}。${fix}` };
}

/** JSON.parse, or the Chinese problem of the text's syntax. */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; problem: Problem } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, problem: jsonSyntaxProblem(text, error) };
  }
}

/** JSON.parse for loaders that report by throwing: the error says 第 N 行第 M 列 and what is wrong, in Chinese. */
export function readJsonText(text: string): unknown {
  const json = parseJson(text);
  if (!json.ok) throw new Error(`${json.problem.path}：${json.problem.message}`);
  return json.value;
}
