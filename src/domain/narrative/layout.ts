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

/** Layouts kept for the length of one 审核 run (the text and the tables do not change meanwhile). */
const runCaches = new WeakMap<FigureContext, Map<Paragraph, ParagraphLayout>>();

/** A context whose paragraph layouts are computed once: for one evaluation, never kept across edits. */
export function withLayoutCache(ctx: FigureContext): FigureContext {
  const cached: FigureContext = { ...ctx };
  runCaches.set(cached, new Map());
  return cached;
}

export function layoutParagraph(paragraph: Paragraph, ctx: FigureContext): ParagraphLayout {
  const cache = runCaches.get(ctx);
  const known = cache?.get(paragraph);
  if (known) return known;
  const layout = computeLayout(paragraph, ctx);
  cache?.set(paragraph, layout);
  return layout;
}

function computeLayout(paragraph: Paragraph, ctx: FigureContext): ParagraphLayout {
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
