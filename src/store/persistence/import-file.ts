import type { JuesuanDocument } from "../../domain/document/model";
import { MAX_FILE_BYTES } from "../../domain/document/quick-parse";
import type { Problem } from "../../domain/document/validate";
import { errorReason } from "../../domain/error-reason";
import { unusualYearNotice } from "../../domain/workbook/plausible-year";
import { readDocumentText } from "./read-document";

/** A file to import: a browser File fits, so does a test double. */
export interface ImportSource {
  name: string;
  size: number;
  type?: string;
  text(): Promise<string>;
}

/** Finds the document file embedded in an HTML export (null: no document in it). */
export type HtmlExtractor = (html: string) => string | null;

/** `notice`: the file opens, but something in it should be checked (a year far from today's). */
export type ImportResult =
  | { ok: true; document: JuesuanDocument; notice?: string }
  | { ok: false; problems: Problem[] };

const FILE = "（文件）";

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** An HTML page rather than a document file: by name, type, or a first character `<`. */
export function looksLikeHtml(source: Pick<ImportSource, "name" | "type">, text?: string): boolean {
  if (/\.html?$/i.test(source.name) || source.type === "text/html") return true;
  return text !== undefined && /^\uFEFF?\s*</.test(text);
}

/**
 * Reads a file to import as a new document. Checks the size before reading, accepts the editor's JSON
 * file or an HTML page it exported (through `loadExtractor`), and reports every problem in Chinese with
 * the path where it is; a year outside the plausible range opens with a notice. Never throws.
 */
export async function readImport(
  source: ImportSource,
  loadExtractor: () => Promise<HtmlExtractor | null>,
  today: Date = new Date(),
): Promise<ImportResult> {
  if (source.size > MAX_FILE_BYTES) {
    return {
      ok: false,
      problems: [
        {
          path: FILE,
          message: `文件过大（${megabytes(source.size)}，上限 ${MAX_FILE_BYTES / 1024 / 1024} MB），未导入`,
        },
      ],
    };
  }
  let text: string;
  try {
    text = await source.text();
  } catch (error) {
    const detail = errorReason(error);
    return { ok: false, problems: [{ path: FILE, message: `无法读取文件：${detail}` }] };
  }
  if (looksLikeHtml(source, text)) {
    const extract = await loadExtractor().catch(() => null);
    if (!extract) {
      return {
        ok: false,
        problems: [{ path: FILE, message: "这是 HTML 文件；此版本还不能从 HTML 导入，请导入 JSON 文件" }],
      };
    }
    let embedded: string | null;
    try {
      embedded = extract(text);
    } catch {
      embedded = null;
    }
    if (embedded === null) {
      return {
        ok: false,
        problems: [{ path: FILE, message: "这个 HTML 文件不是本编辑器导出的文档（其中没有文档数据）" }],
      };
    }
    text = embedded;
  }
  const parsed = await readDocumentText(text.replace(/^\uFEFF/, ""));
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  const notice = unusualYearNotice(parsed.document.meta.year, today);
  return { ok: true, document: parsed.document, ...(notice ? { notice } : {}) };
}

/** How many problems the message lists before “另有 N 处问题”. */
export const SHOWN_PROBLEMS = 5;
