/** HTML escaping for text and attribute values, and JSON that is safe inside a `<script>` element. */

const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

const NEEDS_ESCAPE = /[&<>"']/;

/** Escapes text for element content and double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return NEEDS_ESCAPE.test(text) ? text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] as string) : text;
}

const SCRIPT_ESCAPES: Record<string, string> = { "<": "\\u003c", "\u2028": "\\u2028", "\u2029": "\\u2029" };

/**
 * JSON text that cannot end the `<script>` element holding it: every `<` becomes `\u003c` (legal only inside
 * JSON strings, where it means the same character), and U+2028/U+2029 are written as escapes too.
 */
export function escapeJsonForScript(json: string): string {
  return json.replace(/[<\u2028\u2029]/g, (c) => SCRIPT_ESCAPES[c] as string);
}
