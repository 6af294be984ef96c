import { liftAmountRows, restoreAmountRows } from "./amount-rows";
import { type DuplicateKey, findDuplicateKeys, mayRepeatKeys } from "./duplicate-keys";
import { parseJson } from "./json-syntax";
import { type JuesuanDocument, VERSION } from "./model";
import { documentSchema } from "./schema";
import { type Problem, validateAgainstTemplate } from "./validate";
import { chineseIssueMessage, issueToProblem } from "./zod-issues";

export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export type ParseResult = { ok: true; document: JuesuanDocument } | { ok: false; problems: Problem[] };

function fail(path: string, message: string): ParseResult {
  return { ok: false, problems: [{ path, message }] };
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
  restoreAmountRows(result.data.tables, lifted.rows);
  const { derived: _ignored, ...rest } = result.data;
  // A version 1 file is upgraded as it is read: it holds a subset of version 2, and is saved as 2.
  const document = { ...rest, version: VERSION } as JuesuanDocument;
  const problems = validateAgainstTemplate(document);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, document };
}
