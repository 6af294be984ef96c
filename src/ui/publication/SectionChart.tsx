import { sectionChart } from "../../domain/narrative/chart";
import { type ChartKind, chartKindOf } from "../../domain/narrative/edit-publication";
import type { FigureContext } from "../../domain/narrative/figures";
import type { NarrativeSection } from "../../domain/narrative/model";
import { setSectionChart } from "../../store/publication-actions";
import { useEditor } from "../../store/store";
import { BarChartSvg, PieChartSvg } from "./ChartSvg";

const KINDS: readonly [ChartKind, string][] = [
  ["none", "不配图"],
  ["bar", "条形图"],
  ["pie", "饼图"],
];

/**
 * "配图" for a section that states shares: none, a bar chart or a pie chart of those shares (the printed
 * page draws the same one, export/html/chart-svg.ts), computed from the tables.
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
  const kind = chartKindOf(section);
  const testId = `pub-chart-${section.id}`;
  return (
    <div className="pub-chart-box">
      <fieldset className="pub-chart-kind">
        <legend>配图（按文中占比作图，打印时一并印出）：</legend>
        {KINDS.map(([value, label]) => (
          <label key={value}>
            <input
              type="radio"
              name={`chart-${section.id}`}
              checked={kind === value}
              data-testid={`pub-chart-${value}-${section.id}`}
              onChange={() => setSectionChart(useEditor, index, value)}
            />
            {label}
          </label>
        ))}
      </fieldset>
      {kind === "bar" && <BarChartSvg slices={slices} testId={testId} />}
      {kind === "pie" && <PieChartSvg slices={slices} testId={testId} />}
    </div>
  );
}
