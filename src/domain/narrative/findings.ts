/** Findings of the 表文一致 审核: the shape of the checks' findings, plus the place in the text. */
import type { Finding, FindingCell, Severity } from "../checks/types";
import type { CellRef } from "../templates/types";

/** Where a finding points in the text: a section of 第三部分 (or 附件), a paragraph, the characters. */
export interface NarrativePlace {
  section: string;
  paragraph: number;
  start: number;
  end: number;
  /** start and end are offsets in the paragraph's title (五(三)'s "1.…（类）…（款）…（项）。"), not its text. */
  inTitle?: boolean;
}

export interface NarrativeFinding extends Finding {
  place: NarrativePlace;
  /** The 补充数据 fields the expected figure reads. */
  fields: string[];
}

export interface FindingInput {
  rule: string;
  severity: Severity;
  message: string;
  place: NarrativePlace;
  cells?: readonly CellRef[];
  fields?: readonly string[];
  values?: Finding["values"];
  /**
   * What makes the finding unique within its paragraph and stays put when figures before it change length
   * (a slot's anchor, a listed name); default: the start offset.
   */
  keyPart?: string;
}

export function narrativeFinding(input: FindingInput): NarrativeFinding {
  const { place } = input;
  const cells: FindingCell[] = [];
  for (const c of input.cells ?? [])
    if (!cells.some((d) => d.table === c.table && d.row === c.row && d.col === c.col))
      cells.push({ table: c.table, row: c.row, col: c.col });
  return {
    key: `${input.rule}|${place.section}|${place.paragraph}|${input.keyPart ?? place.start}`,
    rule: input.rule,
    severity: input.severity,
    message: input.message,
    cells,
    fields: [...new Set(input.fields ?? [])],
    place,
    ...(input.values ? { values: input.values } : {}),
  };
}
