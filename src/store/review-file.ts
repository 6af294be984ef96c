import { extractDocumentFromHtml } from "../export/html/embed";
import { looksLikeHtml } from "./persistence/import-file";

/**
 * The document file text in a file given for merging or comparing: the JSON as is, or the document
 * embedded in an HTML page the editor exported (a reviewer may send back the printable page).
 */
export function documentTextOf(
  fileName: string,
  text: string,
): { ok: true; text: string } | { ok: false; reason: string } {
  const bare = text.replace(/^\uFEFF/, "");
  if (!looksLikeHtml({ name: fileName }, bare)) return { ok: true, text: bare };
  let embedded: string | null = null;
  try {
    embedded = extractDocumentFromHtml(bare);
  } catch {
    embedded = null;
  }
  return embedded === null
    ? { ok: false, reason: "这个 HTML 文件不是本编辑器导出的文档（其中没有文档数据），未作任何更改。" }
    : { ok: true, text: embedded };
}
