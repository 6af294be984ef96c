import { chartLayout, sectionChart } from "../../domain/narrative/chart";
import type { FigureContext } from "../../domain/narrative/figures";
import type { NarrativeSection } from "../../domain/narrative/model";
import { setSectionChart } from "../../store/publication-actions";

/**
 * "配图" for a section that states shares: when on, the bar chart of those shares (the printed page draws
 * the same one, export/html/chart-svg.ts), computed from the tables.
 */
export function SectionChart({
  section,
  index,
  ctx,
}: {
  section: NarrativeSection;
  index: number;
  ctx: FigureContext;
}) {
  const slices = sectionChart(section, ctx);
  if (slices.length === 0) return null;
  const { width, height, labelWidth: x, bars } = chartLayout(slices);
  return (
    <div className="pub-chart-box">
      <label>
        <input
          type="checkbox"
          checked={section.chart === true}
          data-testid={`pub-chart-toggle-${section.id}`}
          onChange={(e) => setSectionChart(index, e.target.checked)}
        />
        配图（按文中占比画条形图，打印时一并印出）
      </label>
      {section.chart && (
        <svg
          className="pub-chart"
          role="img"
          aria-label={slices.map((s) => `${s.label} ${s.percent}%`).join("，")}
          width={width}
          height={height}
          fontSize={12}
          data-testid={`pub-chart-${section.id}`}
        >
          {bars.map((bar) => (
            <g key={bar.label}>
              <text x={x - 8} y={bar.y + 15} textAnchor="end">
                {bar.label}
              </text>
              <rect x={x} y={bar.y + 3} width={bar.width} height={16} fill="#5b7db1" />
              <text x={x + bar.width + 6} y={bar.y + 15}>
                {bar.percent}%
              </text>
            </g>
          ))}
        </svg>
      )}
    </div>
  );
}
