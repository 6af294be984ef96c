import type { ReactNode } from "react";
import type { ChartSlice } from "../../domain/narrative/chart";
import { chartLayout } from "../../domain/narrative/chart";
import { CHART_FONT } from "../../domain/narrative/chart-text";
import { pieLayout } from "../../domain/narrative/pie-chart";

/** The shares in words, for screen readers and on hover. */
const described = (slices: readonly ChartSlice[]) => slices.map((s) => `${s.label} ${s.percent}%`).join("，");

/** The svg both charts are drawn in, described in words. */
function ChartFrame({
  slices,
  testId,
  width,
  height,
  children,
}: {
  slices: readonly ChartSlice[];
  testId: string;
  width: number;
  height: number;
  children: ReactNode;
}) {
  return (
    <svg
      className="pub-chart"
      role="img"
      aria-label={described(slices)}
      width={width}
      height={height}
      fontSize={CHART_FONT}
      data-testid={testId}
    >
      {children}
    </svg>
  );
}

/** The bar chart, laid out as the printed page draws it (export/html/chart-svg.ts). */
export function BarChartSvg({ slices, testId }: { slices: readonly ChartSlice[]; testId: string }) {
  const { width, height, labelWidth: x, bars } = chartLayout(slices);
  return (
    <ChartFrame slices={slices} testId={testId} width={width} height={height}>
      {bars.map((bar) => (
        <g key={bar.label}>
          {bar.lines.map((line) => (
            <text key={line.y} x={x - 8} y={line.y} textAnchor="end">
              {line.text}
            </text>
          ))}
          <rect x={x} y={bar.barY} width={bar.width} height={16} fill="#5b7db1" />
          <text x={x + bar.width + 6} y={bar.barY + 12}>
            {bar.percent}%
          </text>
        </g>
      ))}
    </ChartFrame>
  );
}

/** The pie chart with its legend, laid out as the printed page draws it. */
export function PieChartSvg({ slices, testId }: { slices: readonly ChartSlice[]; testId: string }) {
  const { width, height, cx, cy, r, legendX, wedges } = pieLayout(slices);
  return (
    <ChartFrame slices={slices} testId={testId} width={width} height={height}>
      {wedges.map((w) =>
        w.full ? (
          <circle key={w.label} cx={cx} cy={cy} r={r} fill={w.color} />
        ) : (
          w.path && <path key={w.label} d={w.path} fill={w.color} stroke="#fff" strokeWidth={1} />
        ),
      )}
      {wedges.map((w) => (
        <g key={`legend-${w.label}`}>
          <rect x={legendX} y={(w.legend[0]?.y ?? 0) - 10} width={12} height={12} fill={w.color} />
          {w.legend.map((line) => (
            <text key={line.y} x={legendX + 18} y={line.y}>
              {line.text}
            </text>
          ))}
        </g>
      ))}
    </ChartFrame>
  );
}
