/**
 * The glossary as the UI shows it: the tooltip text of a term, and the same normalisation the domain
 * uses to match labels (so that a search for 三公经费 finds “三公”经费).
 */
import type { TableTemplate } from "../../domain/templates/types";
import { GLOSSARY, type GlossaryMatch, glossaryForTable } from "../../domain/training";
import { normaliseLabel } from "../../domain/training/glossary-match";

export { GLOSSARY };

export function normaliseGlossaryQuery(text: string): string {
  return normaliseLabel(text);
}

/** "财政拨款收入：单位从同级政府财政部门取得的财政预算资金。" (null when no term matches). */
export function glossaryTooltip(match: GlossaryMatch | null): string | undefined {
  return match ? `${match.entry.term}：${match.entry.definition}` : undefined;
}

/** The 名词解释 of a table's title (e.g. “三公”经费 for 09), shown on hover. */
export function tableTooltip(table: TableTemplate): string | undefined {
  return glossaryTooltip(glossaryForTable(table));
}
