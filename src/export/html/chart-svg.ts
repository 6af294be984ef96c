/** A structure section's shares as an inline SVG bar chart (no script; every text escaped). */
import { type ChartSlice, chartLayout } from "../../domain/narrative/chart";
import { escapeHtml } from "./escape";

export function chartSvg(slices: readonly ChartSlice[]): string {
  const { width, height, labelWidth: x, bars } = chartLayout(slices);
  const rows = bars.map((bar) =>
    [
      `<text x="${x - 8}" y="${bar.y + 15}" text-anchor="end">${escapeHtml(bar.label)}</text>`,
      `<rect x="${x}" y="${bar.y + 3}" width="${bar.width}" height="16" fill="#5b7db1"></rect>`,
      `<text x="${x + bar.width + 6}" y="${bar.y + 15}">${escapeHtml(bar.percent)}%</text>`,
    ].join(""),
  );
  const label = escapeHtml(slices.map((s) => `${s.label} ${s.percent}%`).join("，"));
  return [
    `<svg class="pub-chart" xmlns="http://www.w3.org/2000/svg" role="img" width="${width}" height="${height}"`,
    ` font-size="12" aria-label="${label}">${rows.join("")}</svg>`,
  ].join("");
}
