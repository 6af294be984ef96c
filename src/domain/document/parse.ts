import { liftAmountRows } from "./amount-rows";
import { type DuplicateKey, findDuplicateKeys } from "./duplicate-keys";
import { parseJson } from "./json-syntax";
import { finishDocument, MAX_FILE_BYTES, type ParseResult, tooLarge } from "./quick-parse";
import { mayRepeatKeys } from "./repeat-keys";
import { documentSchema } from "./schema";
import type { Problem } from "./validate";
import { chineseIssueMessage, issueToProblem } from "./zod-issues";

export { MAX_FILE_BYTES, type ParseResult };

function fail(path: string, message: string): ParseResult {
  return { ok: false, problems: [{ path, message }] };
}

/**
 * Reads a document file. Never throws: anything wrong comes back as problems naming the path and the
 * reason in Chinese. `derived` is dropped (it is recomputed); unknown fields are kept.
 */
export function parseDocumentText(text: string): ParseResult {
  if (tooLarge(text)) {
    return fail("（文件）", `文件过大（超过 ${MAX_FILE_BYTES / 1024 / 1024} MB），未导入`);
  }
  const json = parseJson(text);
  if (!json.ok) return { ok: false, problems: [json.problem] };
  const duplicates = mayRepeatKeys(text, json.value) ? findDuplicateKeys(text) : [];
  if (duplicates.length > 0) return { ok: false, problems: duplicates.map(duplicateProblem) };
  return parseDocumentValue(json.value);
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
  const result = documentSchema.safeParse(lifted.value, { reportInput: true, error: chineseIssueMessage });
  if (!result.success) {
    // Another kind of file: its missing fields would only bury the one thing to say.
    const notOurs = result.error.issues.filter((i) => i.path[0] === "format");
    const issues = notOurs.length > 0 ? notOurs : result.error.issues.slice(0, 50);
    return { ok: false, problems: issues.map((i) => issueToProblem(i, "（文档根）")) };
  }
  return finishDocument(result.data, lifted.rows);
}
