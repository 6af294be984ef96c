import type { HtmlExtractor } from "./import-file";

/** Reads the document embedded in an HTML page the editor exported (loaded on demand: it is only for .html). */
export async function loadHtmlExtractor(): Promise<HtmlExtractor | null> {
  const { extractDocumentFromHtml } = await import("../../export/html/embed");
  return extractDocumentFromHtml;
}
