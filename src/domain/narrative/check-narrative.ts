/** 表文一致 审核: every N-rule over (publication, workbook, 补充数据). */

import type { Money } from "../money";
import type { Workbook } from "../workbook/workbook";
import { figureAfter } from "./check-figures";
import type { FigureContext } from "./figures";
import type { NarrativeFinding } from "./findings";
import { narrativeTemplate } from "./generate";
import { layoutParagraph, withLayoutCache } from "./layout";
import type { NarrativeSection, Publication } from "./model";
import { typedAmount } from "./numbers";
import type { SupplementValues } from "./supplement";
import { narrativeUnits } from "./units";

export interface NarrativeInput {
  publication: Publication;
  workbook: Workbook;
  supplement: SupplementValues;
}

const printedAnchors = new Map<string, RegExp>();

function printedAnchor(anchor: string): RegExp {
  let expression = printedAnchors.get(anchor);
  if (expression === undefined) {
    expression = new RegExp(`(?:${anchor})\\s*$`);
    printedAnchors.set(anchor, expression);
  }
  return expression;
}

/**
 * A figure printed in the text, by "role|anchor" (the first paragraph of that role, the first figure after
 * the anchor): what another figure is checked against when the rule compares text with text.
 */
export function printedFigure(
  narrative: readonly NarrativeSection[],
  ctx: FigureContext,
  key: string,
): Money | null {
  const [role, anchor] = key.split("|");
  if (role === undefined || anchor === undefined) return null;
  for (const section of narrative)
    for (const paragraph of section.paragraphs) {
      if (paragraph.role !== role) continue;
      const found = figureAfter(layoutParagraph(paragraph, ctx), printedAnchor(anchor));
      if (found) return typedAmount(found);
    }
  return null;
}

export function narrativeContext(input: NarrativeInput): FigureContext {
  const ctx: FigureContext = { workbook: input.workbook, supplement: input.supplement };
  ctx.printed = (key) => printedFigure(input.publication.narrative, ctx, key);
  return ctx;
}

/** Every N-rule once, in text order within each rule group (figures, lists, 附件). */
export function checkNarrative(input: NarrativeInput): NarrativeFinding[] {
  const ctx = withLayoutCache(narrativeContext(input));
  ctx.printed = (key) => printedFigure(input.publication.narrative, ctx, key);
  const sections = narrativeTemplate(input.workbook.template.id);
  return narrativeUnits(input.publication, sections).flatMap((unit) => unit(ctx));
}
