import { extractDocumentFromHtml } from "../../export/html/embed";
import type { HtmlExtractor } from "./import-file";

/** Reads the document embedded in an HTML page the editor exported. */
export async function loadHtmlExtractor(): Promise<HtmlExtractor | null> {
  return extractDocumentFromHtml;
}
