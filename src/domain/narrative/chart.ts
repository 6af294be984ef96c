/**
 * The picture of a structure section (收入/支出 and the like): the shares it states, each with the name the
 * sentence gives it, computed from the tables like the figures themselves.
 */
import { evaluateFigure, type FigureContext } from "./figures";
import type { NarrativeSection } from "./model";

export interface ChartSlice {
  label: string;
  /** The share as printed, two decimals ("79.45"). */
  percent: string;
}

/** The name in "…；name [amount] 万元，占 [share]": the last clause of the text before the amount. */
function labelBefore(text: string): string {
  return (text.split(/[：；，。、]/).at(-1) ?? "").trim();
}

/** The section's shares with their names, in text order; none when it states none (no chart then). */
export function sectionChart(section: NarrativeSection, ctx: FigureContext): ChartSlice[] {
  const slices: ChartSlice[] = [];
  for (const paragraph of section.paragraphs) {
    const { runs } = paragraph;
    runs.forEach((run, i) => {
      if (!("figure" in run) || run.figure.kind !== "share") return;
      const before = runs[i - 3];
      const text = evaluateFigure(run.figure, ctx).text;
      const label = before && "text" in before ? labelBefore(before.text) : "";
      if (text !== null && label !== "") slices.push({ label, percent: text });
    });
  }
  return slices;
}

/** The bar chart's layout, shared by the editor and the printed page. */
export interface ChartLayout {
  width: number;
  height: number;
  labelWidth: number;
  bars: (ChartSlice & { y: number; width: number })[];
}

const ROW = 26;
const LABEL_WIDTH = 200;
const BAR_WIDTH = 300;

export function chartLayout(slices: readonly ChartSlice[]): ChartLayout {
  return {
    width: LABEL_WIDTH + BAR_WIDTH + 70,
    height: slices.length * ROW + 8,
    labelWidth: LABEL_WIDTH,
    bars: slices.map((slice, i) => ({
      ...slice,
      y: i * ROW + 4,
      // A share of 0 still shows a hairline, so the row reads as "none" rather than missing.
      width: Math.max(1, Math.round((Number(slice.percent) / 100) * BAR_WIDTH)),
    })),
  };
}
