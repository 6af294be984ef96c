/**
 * The pie chart of a structure section: one wedge per share the text states, shared by the editor and the
 * printed page (inline SVG). Angles are drawing geometry, not amounts: the shares as printed ("79.45") are
 * scaled to the whole circle, so the wedges close it even when the printed shares sum to 99.99 or 100.01.
 */
import type { ChartLine, ChartSlice } from "./chart";
import { LINE_HEIGHT, wrapText } from "./chart-text";

export interface Wedge extends ChartSlice {
  /** Degrees, clockwise from twelve o'clock. */
  start: number;
  sweep: number;
  /** The SVG path of the wedge ("" for a share of 0, which has no wedge but keeps its legend line). */
  path: string;
  /** The whole circle: drawn as a circle, a path cannot close on itself. */
  full: boolean;
  color: string;
  /** Its legend entry ("name share%"), wrapped to fit beside the pie. */
  legend: ChartLine[];
}

export interface PieLayout {
  width: number;
  height: number;
  cx: number;
  cy: number;
  r: number;
  legendX: number;
  wedges: Wedge[];
}

/** Distinct on paper in colour and in grey print, as the publication's tables are black on white. */
const COLORS = ["#1f4e8c", "#e08a2e", "#5b9b4a", "#b8443a", "#7a5ea8", "#8c7a4f", "#3f9ea8", "#c76aa0"];
const R = 80;
/** Space between two legend entries (px). */
const LEGEND_GAP = 7;
const LEGEND_X = 2 * R + 40;
const WIDTH = 2 * R + 20 + 260;
/** Legend text starts after its colour box and stays clear of the right edge. */
const LEGEND_TEXT_WIDTH = WIDTH - (LEGEND_X + 18) - 6;

const round2 = (n: number): number => Math.round(n * 100) / 100;

function point(cx: number, cy: number, r: number, degrees: number): string {
  const radians = ((degrees - 90) * Math.PI) / 180;
  return `${round2(cx + r * Math.cos(radians))} ${round2(cy + r * Math.sin(radians))}`;
}

function wedgePath(cx: number, cy: number, r: number, start: number, sweep: number): string {
  const large = sweep > 180 ? 1 : 0;
  const from = point(cx, cy, r, start);
  const to = point(cx, cy, r, start + sweep);
  return `M ${cx} ${cy} L ${from} A ${r} ${r} 0 ${large} 1 ${to} Z`;
}

export function pieLayout(slices: readonly ChartSlice[]): PieLayout {
  const cx = R + 10;
  const cy = R + 10;
  const total = slices.reduce((sum, s) => sum + Math.max(0, Number(s.percent)), 0);
  let start = 0;
  let legendTop = 8;
  const wedges = slices.map((slice, i) => {
    const share = Math.max(0, Number(slice.percent));
    // The last wedge ends at 360 exactly, so rounding never leaves a gap or an overlap.
    const last = i === slices.length - 1;
    const sweep = total === 0 ? 0 : last ? 360 - start : (share / total) * 360;
    const full = sweep >= 360;
    const wedge: Wedge = {
      ...slice,
      start,
      sweep,
      full,
      path: sweep <= 0 || full ? "" : wedgePath(cx, cy, R, start, sweep),
      color: COLORS[i % COLORS.length] as string,
      legend: wrapText(`${slice.label} ${slice.percent}%`, LEGEND_TEXT_WIDTH).map((text, line) => ({
        text,
        y: legendTop + (line + 1) * LINE_HEIGHT - 3,
      })),
    };
    legendTop += wedge.legend.length * LINE_HEIGHT + LEGEND_GAP;
    start += sweep;
    return wedge;
  });
  return {
    width: WIDTH,
    height: Math.max(2 * R + 20, legendTop),
    cx,
    cy,
    r: R,
    legendX: LEGEND_X,
    wedges,
  };
}
