/** A paragraph as printed: its text, with the place of every figure reference in it. */
import type { CellId } from "../engine/cell-id";
import { type FigureContext, figureText } from "./figures";
import type { FigureRun, Paragraph } from "./model";
import { type TypedNumber, typedNumbers } from "./numbers";
import { noteReader } from "./reads";

export interface PlacedFigure {
  start: number;
  end: number;
  run: FigureRun;
}

export interface ParagraphLayout {
  text: string;
  figures: PlacedFigure[];
  /** The figures in `text` as typed numbers, found when first asked for (`layoutNumbers`). */
  numbers?: readonly TypedNumber[];
}

/**
 * Layouts kept while neither the text nor the cells they read change: for one 审核 run, or (a session's)
 * across edits, each dropped when a cell it read changes.
 */
export class LayoutCache {
  private readonly layouts = new Map<Paragraph, { layout: ParagraphLayout; reads: readonly CellId[] }>();
  private readonly readers = new Map<CellId, Paragraph[]>();
  /** Paragraphs laid out before: their reads may already be noted (see `noteReader`). */
  private readonly laidOut = new WeakSet<Paragraph>();

  get(paragraph: Paragraph, ctx: FigureContext): ParagraphLayout {
    const known = this.layouts.get(paragraph);
    if (known) {
      ctx.recorder?.noteAll(known.reads);
      return known.layout;
    }
    if (!ctx.recorder) {
      const layout = computeLayout(paragraph, ctx);
      this.layouts.set(paragraph, { layout, reads: [] });
      return layout;
    }
    const { value: layout, reads } = ctx.recorder.record(() => computeLayout(paragraph, ctx));
    this.layouts.set(paragraph, { layout, reads });
    const fresh = !this.laidOut.has(paragraph);
    this.laidOut.add(paragraph);
    for (const id of reads) noteReader(this.readers, id, paragraph, fresh);
    return layout;
  }

  /** Forgets the layouts that read a changed cell. */
  invalidate(changed: Iterable<CellId>): void {
    for (const id of changed) {
      const paragraphs = this.readers.get(id);
      if (paragraphs === undefined) continue;
      this.readers.delete(id);
      for (const paragraph of paragraphs) this.layouts.delete(paragraph);
    }
  }
}

const runCaches = new WeakMap<FigureContext, LayoutCache>();

/** A context whose paragraph layouts are computed once: for one evaluation, never kept across edits. */
export function withLayoutCache(ctx: FigureContext, cache = new LayoutCache()): FigureContext {
  const cached: FigureContext = { ...ctx };
  runCaches.set(cached, cache);
  return cached;
}

export function layoutParagraph(paragraph: Paragraph, ctx: FigureContext): ParagraphLayout {
  const cache = runCaches.get(ctx);
  return cache ? cache.get(paragraph, ctx) : computeLayout(paragraph, ctx);
}

function computeLayout(paragraph: Paragraph, ctx: FigureContext): ParagraphLayout {
  let text = "";
  const figures: PlacedFigure[] = [];
  for (const run of paragraph.runs) {
    if ("text" in run) {
      text += run.text;
      continue;
    }
    const shown = figureText(run.figure, ctx) ?? "—";
    figures.push({ start: text.length, end: text.length + shown.length, run });
    text += shown;
  }
  return { text, figures, numbers: undefined };
}

/** The figures typed (or printed) in a laid-out paragraph, found once for all the rules that read them. */
export function layoutNumbers(layout: ParagraphLayout): readonly TypedNumber[] {
  layout.numbers ??= typedNumbers(layout.text);
  return layout.numbers;
}
