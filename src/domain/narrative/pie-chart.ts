/**
 * The pie chart of a structure section: one wedge per share the text states, shared by the editor and the
 * printed page (inline SVG). Angles are drawing geometry, not amounts: the shares as printed ("79.45") are
 * scaled to the whole circle, so the wedges close it even when the printed shares sum to 99.99 or 100.01.
 */
import type { ChartSlice } from "./chart";

export interface Wedge extends ChartSlice {
  /** Degrees, clockwise from twelve o'clock. */
  start: number;
  sweep: number;
  /** The SVG path of the wedge ("" for a share of 0, which has no wedge but keeps its legend line). */
  path: string;
  /** The whole circle: drawn as a circle, a path cannot close on itself. */
  full: boolean;
  color: string;
  /** Where its legend line starts. */
  legendY: number;
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
const LEGEND_ROW = 22;

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
      legendY: 20 + i * LEGEND_ROW,
    };
    start += sweep;
    return wedge;
  });
  return {
    width: 2 * R + 20 + 260,
    height: Math.max(2 * R + 20, 20 + slices.length * LEGEND_ROW),
    cx,
    cy,
    r: R,
    legendX: 2 * R + 40,
    wedges,
  };
}
