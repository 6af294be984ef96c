/** A paragraph of 第三部分 with its printed text, as the list rules read it, and the places they point at. */
import { isZeroAtCents, type Money } from "../money";
import type { FigureContext } from "./figures";
import { layoutParagraph, type ParagraphLayout } from "./layout";
import type { Paragraph, Publication } from "./model";

export interface Located {
  section: string;
  index: number;
  paragraph: Paragraph;
  text: string;
  layout: ParagraphLayout;
}

/** A paragraph of 第三部分 with its printed text. */
export function locate(section: string, index: number, paragraph: Paragraph, ctx: FigureContext): Located {
  const layout = layoutParagraph(paragraph, ctx);
  return { section, index, paragraph, text: layout.text, layout };
}

export function paragraphsOf(publication: Publication, ctx: FigureContext, role?: string): Located[] {
  return publication.narrative.flatMap((section) =>
    section.paragraphs.flatMap((paragraph, index) =>
      role === undefined || paragraph.role === role ? [locate(section.id, index, paragraph, ctx)] : [],
    ),
  );
}

export const place = (at: Located, start = 0, end = at.text.length) => ({
  section: at.section,
  paragraph: at.index,
  start,
  end,
});

export const isZero = (value: Money | null): boolean => value === null || isZeroAtCents(value);
