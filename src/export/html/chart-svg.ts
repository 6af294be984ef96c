/** A structure section's shares as an inline SVG bar or pie chart (no script; every text escaped). */
import { type ChartSlice, chartLayout } from "../../domain/narrative/chart";
import { CHART_FONT } from "../../domain/narrative/chart-text";
import { pieLayout } from "../../domain/narrative/pie-chart";
import { escapeHtml } from "./escape";

function svg(slices: readonly ChartSlice[], width: number, height: number, body: string): string {
  const label = escapeHtml(slices.map((s) => `${s.label} ${s.percent}%`).join("，"));
  return [
    `<svg class="pub-chart" xmlns="http://www.w3.org/2000/svg" role="img" width="${width}" height="${height}"`,
    ` font-size="${CHART_FONT}" aria-label="${label}">${body}</svg>`,
  ].join("");
}

export function chartSvg(slices: readonly ChartSlice[]): string {
  const { width, height, labelWidth: x, bars } = chartLayout(slices);
  const rows = bars.map((bar) =>
    [
      ...bar.lines.map(
        (line) => `<text x="${x - 8}" y="${line.y}" text-anchor="end">${escapeHtml(line.text)}</text>`,
      ),
      `<rect x="${x}" y="${bar.barY}" width="${bar.width}" height="16" fill="#5b7db1"></rect>`,
      `<text x="${x + bar.width + 6}" y="${bar.barY + 12}">${escapeHtml(bar.percent)}%</text>`,
    ].join(""),
  );
  return svg(slices, width, height, rows.join(""));
}

export function pieSvg(slices: readonly ChartSlice[]): string {
  const { width, height, cx, cy, r, legendX, wedges } = pieLayout(slices);
  const shapes = wedges.map((w) => {
    if (w.full) return `<circle cx="${cx}" cy="${cy}" r="${r}" fill="${w.color}"></circle>`;
    return w.path ? `<path d="${w.path}" fill="${w.color}" stroke="#fff" stroke-width="1"></path>` : "";
  });
  const legend = wedges.map((w) =>
    [
      `<rect x="${legendX}" y="${(w.legend[0]?.y ?? 0) - 10}" width="12" height="12" fill="${w.color}"></rect>`,
      ...w.legend.map((line) => `<text x="${legendX + 18}" y="${line.y}">${escapeHtml(line.text)}</text>`),
    ].join(""),
  );
  return svg(slices, width, height, shapes.join("") + legend.join(""));
}
