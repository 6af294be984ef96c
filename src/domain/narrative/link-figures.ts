/**
 * 把文中数字改为引用: a figure typed in the text becomes a live reference when the paragraph's template has a
 * slot for it at that place (its anchor precedes it) whose value, as printed, is exactly the typed figure.
 * A figure that does not match stays text, to be reported by the N-rules.
 */
import { type Candidate, paragraphCandidates, templateParagraph } from "./candidates";
import { evaluateFigure, type FigureContext } from "./figures";
import { type NarrativeSection, type Paragraph, paragraphText, type Run } from "./model";
import { typedNumbers } from "./numbers";
import type { SectionTemplate } from "./sentences";

export interface LinkResult {
  narrative: NarrativeSection[];
  /** How many typed figures became references. */
  linked: number;
}

export function linkFigures(
  narrative: readonly NarrativeSection[],
  sections: readonly SectionTemplate[],
  ctx: FigureContext,
): LinkResult {
  let linked = 0;
  const result = narrative.map((section) => ({
    ...section,
    paragraphs: section.paragraphs.map((paragraph) => {
      const template = templateParagraph(sections, section.id, paragraph.role);
      if (template === undefined || paragraph.heading) return paragraph;
      const candidates = paragraphCandidates(template, paragraph, ctx.workbook);
      const { runs, count } = linkParagraph(paragraph, candidates, ctx);
      linked += count;
      return count === 0 ? paragraph : { ...paragraph, runs };
    }),
  }));
  return { narrative: result, linked };
}

function linkParagraph(paragraph: Paragraph, candidates: readonly Candidate[], ctx: FigureContext) {
  const unused = new Set(candidates);
  const figureText = (run: { figure: Candidate["figure"] }) => evaluateFigure(run.figure, ctx).text ?? "";
  const runs: Run[] = [];
  let count = 0;
  for (const run of paragraph.runs) {
    if (!("text" in run)) {
      runs.push(run);
      continue;
    }
    let rest = run.text;
    let cursor = 0;
    for (const number of typedNumbers(run.text)) {
      const before = paragraphText(
        { runs: [...runs, { text: rest.slice(0, number.start - cursor) }] },
        figureText,
      );
      const match = [...unused].find((candidate) => {
        if (candidate.anchor && !candidate.anchor.test(before)) return false;
        const value = evaluateFigure(candidate.figure, ctx);
        return value.percent === number.percent && value.text === run.text.slice(number.start, number.end);
      });
      if (!match) continue;
      unused.delete(match);
      runs.push({ text: rest.slice(0, number.start - cursor) }, { figure: match.figure });
      rest = rest.slice(number.end - cursor);
      cursor = number.end;
      count++;
    }
    runs.push({ text: rest });
  }
  return { runs: runs.filter((run) => !("text" in run) || run.text !== ""), count };
}
