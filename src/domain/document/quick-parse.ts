import { type LiftedRows, liftAmountRows, restoreAmountRows } from "./amount-rows";
import { type JuesuanDocument, VERSION } from "./model";
import { mayRepeatKeys } from "./repeat-keys";
import { documentSchema } from "./schema";
import { type Problem, validateAgainstTemplate } from "./validate";

export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export type ParseResult = { ok: true; document: JuesuanDocument } | { ok: false; problems: Problem[] };

/** Whether a text is over the file limit (a UTF-16 code unit is at most 3 bytes of UTF-8). */
export function tooLarge(text: string): boolean {
  if (text.length > MAX_FILE_BYTES) return true;
  return text.length * 3 > MAX_FILE_BYTES && new TextEncoder().encode(text).byteLength > MAX_FILE_BYTES;
}

/**
 * The document a text holds when nothing in it is wrong, else null: then `parseDocumentText` says what
 * is. The editor opens its own stored documents and the sample this way at every start, so the modules
 * that put a bad file's problems into words (JSON syntax, repeated keys, zod issues) load only when a
 * file has one. The same document `parseDocumentText` gives, by the same steps.
 */
export function quickParseDocument(text: string): JuesuanDocument | null {
  if (tooLarge(text)) return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof json !== "object" || json === null || Array.isArray(json) || mayRepeatKeys(text, json))
    return null;
  const lifted = liftAmountRows(json as Record<string, unknown>);
  const result = documentSchema.safeParse(lifted.value);
  if (!result.success) return null;
  const parsed = finishDocument(result.data, lifted.rows);
  return parsed.ok ? parsed.document : null;
}

/** What the schema makes of a document file. */
type DocumentData = NonNullable<ReturnType<typeof documentSchema.safeParse>["data"]>;

/** A document the schema accepted: its rows put back, `derived` dropped, checked against its template. */
export function finishDocument(data: DocumentData, rows: LiftedRows["rows"]): ParseResult {
  restoreAmountRows(data.tables, rows);
  const { derived: _ignored, ...rest } = data;
  // A version 1 file is upgraded as it is read: it holds a subset of version 2, and is saved as 2.
  const document = { ...rest, version: VERSION } as JuesuanDocument;
  const problems = validateAgainstTemplate(document);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, document };
}
