import type { HtmlExtractor } from "./import-file";

/** Reads the document embedded in an HTML page the editor exported (loaded with the first import). */
export async function loadHtmlExtractor(): Promise<HtmlExtractor | null> {
  const { extractDocumentFromHtml } = await import("../../export/html/embed");
  return extractDocumentFromHtml;
}
