import type * as z from "zod/mini";
import type { Problem } from "./validate";

const TYPE_WORDS: Record<string, string> = {
  string: "文字（写在英文双引号里）",
  number: "数字",
  int: "整数",
  boolean: "true 或 false",
  object: "对象（{ … }）",
  array: "数组（[ … ]）",
  null: "null",
};

function inputType(input: unknown): string {
  if (input === null) return "null";
  if (Array.isArray(input)) return "数组";
  const words: Record<string, string> = {
    string: "文字",
    number: "数字",
    boolean: "true/false",
    object: "对象",
  };
  return words[typeof input] ?? typeof input;
}

function bound(
  issue: { origin: string; exact?: boolean },
  value: number | bigint,
  side: "min" | "max",
): string {
  const n = String(value);
  if (issue.origin === "string") return side === "min" ? `至少要有 ${n} 个字` : `最多 ${n} 个字`;
  if (issue.origin === "array" || issue.origin === "set")
    return side === "min" ? `至少要有 ${n} 项` : `最多 ${n} 项`;
  return side === "min" ? `不能小于 ${n}` : `不能大于 ${n}`;
}

/**
 * Zod's own message for an issue whose schema gives none, in Chinese: passed as the parse's error map,
 * it yields to every message the schemas write themselves.
 */
export function chineseIssueMessage(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return "缺少必填字段";
      return `应为${TYPE_WORDS[issue.expected] ?? issue.expected}，这里是${inputType(issue.input)}`;
    case "too_small":
      return bound(issue, issue.minimum, "min");
    case "too_big":
      return bound(issue, issue.maximum, "max");
    case "invalid_value":
      return `只能是 ${issue.values.map((v) => JSON.stringify(v)).join("、")}`;
    case "unrecognized_keys":
      return `未知字段：${issue.keys.join("、")}`;
    case "invalid_union":
      return "内容不合任何一种允许的写法";
    case "invalid_key":
      return "字段名不合要求";
    case "invalid_element":
      return "其中有一项不合要求";
    case "not_multiple_of":
      return `应为 ${String(issue.divisor)} 的整数倍`;
    default:
      return "格式不正确";
  }
}

/** A schema issue as a problem at its JSON path (the UI says the path in words, problem-place.ts). */
export function issueToProblem(issue: z.core.$ZodIssue, root: string): Problem {
  const path = issue.path.map(String).join(".") || root;
  if (issue.code === "unrecognized_keys") {
    const keys = issue.keys.join("、");
    return { path: issue.path.length > 0 ? `${path}.${keys}` : keys, message: `未知字段：${keys}` };
  }
  if (issue.code === "invalid_type" && issue.input === undefined) return { path, message: "缺少必填字段" };
  return { path, message: issue.message };
}
