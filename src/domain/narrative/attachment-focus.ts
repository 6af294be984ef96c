/**
 * Which cell of the attached 自评表 a finding is about. The 附件 rules place their findings by attachment
 * and row only (the characters are those of the cell's text), so the figure is told by the rule's wording.
 */
import type { AttachmentCell } from "./edit-attachment";
import type { NarrativeFinding } from "./findings";

const ATTACHMENT_SECTION = "附件";

/** The rules' wording of each figure of the 部门预算总额 row (check-attachment.ts). */
const BUDGET_FIGURES: readonly [string, AttachmentCell][] = [
  ["附件自评表全年执行数", { part: "budget", row: 0, column: "executed" }],
  ["附件自评表年初预算数", { part: "budget", row: 0, column: "initial" }],
  ["附件自评表执行率", { part: "budget", row: 0, column: "rate" }],
  ["附件自评表各项分值", { part: "total", column: "weight" }],
  ["附件自评表各项得分", { part: "total", column: "score" }],
];

export interface AttachmentFocus {
  attachment: number;
  cell: AttachmentCell;
}

export function attachmentFocusOf(
  finding: Pick<NarrativeFinding, "rule" | "message" | "place">,
): AttachmentFocus | null {
  const { place } = finding;
  if (place.section !== ATTACHMENT_SECTION) return null;
  if (finding.rule === "N-20")
    return { attachment: place.paragraph, cell: { part: "indicator", row: place.start, column: "actual" } };
  const figure = BUDGET_FIGURES.find(([wording]) => finding.message.startsWith(wording));
  return figure ? { attachment: place.paragraph, cell: figure[1] } : null;
}

/** Whether a cell is the one focused. */
export function isFocusedCell(
  focus: AttachmentFocus | null,
  attachment: number,
  cell: AttachmentCell,
): boolean {
  if (!focus || focus.attachment !== attachment || focus.cell.part !== cell.part) return false;
  if (focus.cell.column !== cell.column) return false;
  const rowOf = (c: AttachmentCell) => ("row" in c ? c.row : null);
  return rowOf(focus.cell) === rowOf(cell);
}
