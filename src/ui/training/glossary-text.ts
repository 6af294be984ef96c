/**
 * The glossary as the UI shows it: the tooltip text of a term, and the same normalisation the domain
 * uses to match labels (so that a search for 三公经费 finds “三公”经费).
 */
import type { ColKey, RowKey, TableId, TableTemplate } from "../../domain/templates/types";
// Straight from the modules, not the training index: this is loaded with the grid, the rest on demand.
import { GLOSSARY } from "../../domain/training/glossary";
import {
  type GlossaryMatch,
  glossaryForColumn,
  glossaryForRow,
  glossaryForTable,
  matchGlossary,
  normaliseLabel,
} from "../../domain/training/glossary-match";
import { useEditor } from "../../store/store";

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

/** A column header's 名词解释 (its own label, else the header group it is under). */
export function columnTooltip(table: TableTemplate, col: ColKey): string | undefined {
  return glossaryTooltip(glossaryForColumn(table, col));
}

/** A header group's 名词解释 (e.g. 09's “三公”经费 group). */
export function headerTooltip(text: string): string | undefined {
  return glossaryTooltip(matchGlossary(text));
}

/** A row name's 名词解释, from the name printed in the open document (read when the tooltip opens). */
export function rowTooltip(table: TableId, row: RowKey | null | undefined): string | undefined {
  const workbook = useEditor.getState().workbook;
  if (!workbook || !row || !workbook.hasRow(table, row)) return undefined;
  return glossaryTooltip(glossaryForRow(workbook, table, row));
}
