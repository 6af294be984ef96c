import { escapeJsonForScript } from "./escape";

/** The id of the `<script type="application/json">` element that carries the document file. */
export const DOCUMENT_SCRIPT_ID = "juesuan-document";

/** The document file (JSON text) as a data block that the page never executes. */
export function embedDocumentJson(json: string): string {
  return `<script type="application/json" id="${DOCUMENT_SCRIPT_ID}">${escapeJsonForScript(json)}</script>`;
}

const EMBEDDED = new RegExp(
  `<script\\b[^>]*\\bid\\s*=\\s*["']?${DOCUMENT_SCRIPT_ID}["']?[^>]*>([\\s\\S]*?)</script\\s*>`,
  "i",
);

/**
 * The document file embedded in an exported HTML page (as JSON text for `parseDocumentText`), or null when
 * the page carries none. The text is returned as embedded: the `\u003c` escapes are valid JSON and read back
 * as `<`.
 */
export function extractDocumentFromHtml(html: string): string | null {
  const json = EMBEDDED.exec(html)?.[1];
  return json !== undefined && json.trim() !== "" ? json : null;
}
