import { activeCatalog, functionCodeName } from "../../domain/catalog/lookup";
import { isFunctionCode } from "../../domain/engine/code-tree";

export interface CodeSuggestion {
  code: string;
  name: string;
  /** From a document opened in this browser, not from a catalog. */
  seen: boolean;
}

/** Marks a name that no catalog gives, only a document opened earlier. */
export const SEEN_MARK = "来自已打开文档";

/**
 * The codes offered when adding a 科目 row: the active edition's 功能分类 codes, then the codes seen in
 * opened documents that no catalog has, marked as such; in code order.
 */
export function codeSuggestions(year: number, seen: ReadonlyMap<string, string>): CodeSuggestion[] {
  const out: CodeSuggestion[] = [];
  for (const [code, name] of activeCatalog(year)?.names ?? []) {
    if (code.startsWith("2") && isFunctionCode(code)) out.push({ code, name, seen: false });
  }
  for (const [code, name] of seen) {
    if (functionCodeName(code, year) === undefined) out.push({ code, name, seen: true });
  }
  return out.sort((a, b) => a.code.localeCompare(b.code));
}
