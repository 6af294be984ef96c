import { findTemplate } from "../templates/registry";
import { tableName } from "../templates/table-names";
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
  if (duplicates.length > 0) {
    const calledIn = tableCaller(json.value);
    return { ok: false, problems: duplicates.map((duplicate) => duplicateProblem(duplicate, calledIn)) };
  }
  return parseDocumentValue(json.value);
}

/**
 * How the file's template calls a table (公开02表, 上海's 表二); 公开NN表 when the file names no template
 * this editor has: the file is refused before its template is checked.
 */
function tableCaller(json: unknown): (id: string) => string {
  const named = (json as { meta?: { template?: unknown } }).meta?.template;
  const template = typeof named === "string" ? findTemplate(named) : undefined;
  return (id) => {
    const table = template?.tables[id];
    return template && table ? table.label || tableName(template, id) : `公开${id}表`;
  };
}

/** A key written twice: for a row of a table, the message names the table and the row. */
function duplicateProblem({ path, key }: DuplicateKey, calledIn: (id: string) => string): Problem {
  const [top, table, field, row] = path;
  const isRow = top === "tables" && field === "rows" && row === undefined && table !== undefined;
  const what = isRow ? `${calledIn(table)}的行“${key}”` : `“${key}”`;
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
