/**
 * The N-rules cut into units that are evaluated on their own: the figure rules per paragraph, the list
 * rules per paragraph of their role (or over the whole text), the attached 自评表. Evaluated in this order,
 * the units give the findings of the whole 审核 in its order; an incremental 审核 re-evaluates the units that
 * read a changed cell.
 */
import { checkAttachment } from "./check-attachment";
import { checkParagraphFigures } from "./check-figures";
import { LIST_CHECKS, locate } from "./check-lists";
import type { FigureContext } from "./figures";
import { type FindingInput, type NarrativeFinding, narrativeFinding } from "./findings";
import type { Publication } from "./model";
import type { SectionTemplate } from "./sentences";

export type NarrativeUnit = (ctx: FigureContext) => NarrativeFinding[];

export function narrativeUnits(
  publication: Publication,
  sections: readonly SectionTemplate[],
): NarrativeUnit[] {
  const units: NarrativeUnit[] = [];
  for (const section of publication.narrative)
    section.paragraphs.forEach((_, index) => {
      units.push((ctx) => checkParagraphFigures(sections, section, index, ctx));
    });
  for (const check of LIST_CHECKS) {
    if ("whole" in check) {
      units.push((ctx) => findings(check.whole(publication, ctx)));
      continue;
    }
    for (const section of publication.narrative)
      section.paragraphs.forEach((paragraph, index) => {
        if (check.role !== null && paragraph.role !== check.role) return;
        units.push((ctx) => findings(check.paragraph(locate(section.id, index, paragraph, ctx), ctx)));
      });
  }
  units.push((ctx) => checkAttachment(publication, ctx));
  return units;
}

const NONE: NarrativeFinding[] = [];

/** Most units find nothing: they share one empty list rather than each mapping an empty one. */
const findings = (inputs: FindingInput[]): NarrativeFinding[] =>
  inputs.length === 0 ? NONE : inputs.map(narrativeFinding);
