/** A paragraph as printed: its text, with the place of every figure reference in it. */
import { evaluateFigure, type FigureContext } from "./figures";
import type { FigureRun, Paragraph } from "./model";

export interface PlacedFigure {
  start: number;
  end: number;
  run: FigureRun;
}

export interface ParagraphLayout {
  text: string;
  figures: PlacedFigure[];
}

export function layoutParagraph(paragraph: Paragraph, ctx: FigureContext): ParagraphLayout {
  let text = "";
  const figures: PlacedFigure[] = [];
  for (const run of paragraph.runs) {
    if ("text" in run) {
      text += run.text;
      continue;
    }
    const shown = evaluateFigure(run.figure, ctx).text ?? "—";
    figures.push({ start: text.length, end: text.length + shown.length, run });
    text += shown;
  }
  return { text, figures };
}
