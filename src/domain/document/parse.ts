import type * as z from "zod/mini";
import { liftAmountRows, restoreAmountRows } from "./amount-rows";
import { type DuplicateKey, findDuplicateKeys, mayRepeatKeys } from "./duplicate-keys";
import { type JuesuanDocument, VERSION } from "./model";
import { documentSchema } from "./schema";
import { type Problem, validateAgainstTemplate } from "./validate";

export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export type ParseResult = { ok: true; document: JuesuanDocument } | { ok: false; problems: Problem[] };

function fail(path: string, message: string): ParseResult {
  return { ok: false, problems: [{ path, message }] };
}

function issueToProblem(issue: z.core.$ZodIssue): Problem {
  const path = issue.path.map(String).join(".") || "（文档根）";
  if (issue.code === "unrecognized_keys") {
    return { path: `${path}.${issue.keys.join("、")}`, message: `未知字段：${issue.keys.join("、")}` };
  }
  if (issue.code === "invalid_type" && issue.input === undefined) return { path, message: "缺少必填字段" };
  return { path, message: issue.message };
}

/**
 * Reads a document file. Never throws: anything wrong comes back as problems naming the path and the
 * reason in Chinese. `derived` is dropped (it is recomputed); unknown fields are kept.
 */
export function parseDocumentText(text: string): ParseResult {
  // A UTF-16 code unit is at most 3 bytes of UTF-8: most files need no encoding to know their size.
  const mayBeTooLarge = text.length * 3 > MAX_FILE_BYTES;
  if (
    text.length > MAX_FILE_BYTES ||
    (mayBeTooLarge && new TextEncoder().encode(text).byteLength > MAX_FILE_BYTES)
  ) {
    return fail("（文件）", `文件过大（超过 ${MAX_FILE_BYTES / 1024 / 1024} MB），未导入`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fail("（文件）", `不是有效的 JSON 文件：${detail}`);
  }
  const duplicates = mayRepeatKeys(text, json) ? findDuplicateKeys(text) : [];
  if (duplicates.length > 0) return { ok: false, problems: duplicates.map(duplicateProblem) };
  return parseDocumentValue(json);
}

/** A key written twice: for a row of a table, the message names the table and the row. */
function duplicateProblem({ path, key }: DuplicateKey): Problem {
  const [top, table, field, row] = path;
  const isRow = top === "tables" && field === "rows" && row === undefined;
  const what = isRow ? `公开${table}表的行“${key}”` : `“${key}”`;
  return { path: [...path, key].join("."), message: `${what}在文件中出现了两次，请只保留一个` };
}

/** A parsed file as a document (its tables' rows are taken over, not copied). */
export function parseDocumentValue(json: unknown): ParseResult {
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    return fail("（文档根）", "文档应为一个 JSON 对象");
  }
  const lifted = liftAmountRows(json as Record<string, unknown>);
  const result = documentSchema.safeParse(lifted.value, { reportInput: true });
  if (!result.success) return { ok: false, problems: result.error.issues.slice(0, 50).map(issueToProblem) };
  restoreAmountRows(result.data.tables, lifted.rows);
  const { derived: _ignored, ...rest } = result.data;
  // A version 1 file is upgraded as it is read: it holds a subset of version 2, and is saved as 2.
  const document = { ...rest, version: VERSION } as JuesuanDocument;
  const problems = validateAgainstTemplate(document);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, document };
}

export function describeProblems(problems: readonly Problem[]): string {
  return problems.map((p) => `${p.path}：${p.message}`).join("\n");
}
