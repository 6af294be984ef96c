import { type ParseResult, quickParseDocument } from "../../domain/document/quick-parse";

/**
 * A document file's text, read as `parseDocumentText` reads it. A file with nothing wrong (every start
 * opens one) is read without the modules that explain a bad file: they load when a file needs them.
 */
export async function readDocumentText(text: string): Promise<ParseResult> {
  const document = quickParseDocument(text);
  if (document) return { ok: true, document };
  const { parseDocumentText } = await import("../../domain/document/parse");
  return parseDocumentText(text);
}
