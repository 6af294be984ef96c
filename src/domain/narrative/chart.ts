/**
 * The picture of a structure section (收入/支出 and the like): the shares it states, each with the name the
 * sentence gives it, computed from the tables like the figures themselves.
 */

import { LINE_HEIGHT, wrapText } from "./chart-text";
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

interface StatedShare extends ChartSlice {
  /** The whole it is a share of, as a key: shares of one whole are the parts of one structure. */
  whole: string;
}

/** Every share the section states with its name, in text order. */
function statedShares(section: NarrativeSection, ctx: FigureContext): StatedShare[] {
  const shares: StatedShare[] = [];
  for (const paragraph of section.paragraphs) {
    const { runs } = paragraph;
    runs.forEach((run, i) => {
      if (!("figure" in run) || run.figure.kind !== "share") return;
      const before = runs[i - 3];
      const text = evaluateFigure(run.figure, ctx).text;
      const label = before && "text" in before ? labelBefore(before.text) : "";
      const whole = JSON.stringify(run.figure.whole);
      if (text !== null && label !== "") shares.push({ label, percent: text, whole });
    });
  }
  return shares;
}

/**
 * The section's structure: the shares of the whole most shares are taken of, with their names, in text
 * order; none when it states none (no chart then). A section may also state the share of its own total in a
 * larger one (五(一): 财政拨款支出 "占支出合计的 100.00%"), which is not a part of the structure. On a tie the
 * later whole wins: a breakdown follows the total it breaks down (五(一) before 五(二)).
 */
export function sectionChart(section: NarrativeSection, ctx: FigureContext): ChartSlice[] {
  const byWhole = new Map<string, ChartSlice[]>();
  for (const { whole, ...slice } of statedShares(section, ctx)) {
    const group = byWhole.get(whole) ?? [];
    group.push(slice);
    byWhole.set(whole, group);
  }
  let best: ChartSlice[] = [];
  for (const group of byWhole.values()) if (group.length >= best.length) best = group;
  return best;
}

/** One line of a label and where it is drawn (its baseline). */
export interface ChartLine {
  text: string;
  y: number;
}

/** The bar chart's layout, shared by the editor and the printed page. */
export interface ChartLayout {
  width: number;
  height: number;
  labelWidth: number;
  bars: (ChartSlice & { y: number; width: number; barY: number; lines: ChartLine[] })[];
}

const ROW = 26;
const BAR_HEIGHT = 16;
const LABEL_WIDTH = 200;
const BAR_WIDTH = 300;

export function chartLayout(slices: readonly ChartSlice[]): ChartLayout {
  let y = 4;
  const bars = slices.map((slice) => {
    const text = wrapText(slice.label, LABEL_WIDTH - 12);
    const height = Math.max(ROW, text.length * LINE_HEIGHT + 11);
    const top = y + (height - text.length * LINE_HEIGHT) / 2;
    const bar = {
      ...slice,
      y,
      barY: y + (height - BAR_HEIGHT) / 2,
      lines: text.map((line, i) => ({ text: line, y: top + (i + 1) * LINE_HEIGHT - 3 })),
      // A share of 0 still shows a hairline, so the row reads as "none" rather than missing.
      width: Math.max(1, Math.round((Number(slice.percent) / 100) * BAR_WIDTH)),
    };
    y += height;
    return bar;
  });
  return { width: LABEL_WIDTH + BAR_WIDTH + 70, height: y + 4, labelWidth: LABEL_WIDTH, bars };
}
