import { describe, expect, it } from "vitest";
import { add, equals, money, ZERO } from "../money";
import { seedWorkbook } from "../testing/narrative";
import { chartLayout, sectionChart } from "./chart";
import { textWidth, wrapText } from "./chart-text";
import { narrativeContext } from "./check-narrative";
import { documentNarrative } from "./document-narrative";
import { pieLayout } from "./pie-chart";

function sampleChart(id: string, edit?: () => void) {
  const workbook = seedWorkbook();
  edit?.call(null);
  const input = documentNarrative(workbook);
  if (!input) throw new Error("no publication");
  const section = input.publication.narrative.find((s) => s.id === id);
  if (!section) throw new Error(`no section ${id}`);
  return { workbook, chart: () => sectionChart(section, narrativeContext(input)) };
}

describe("structure charts", () => {
  it("三 支出: 基本支出 and 项目支出 with the shares the text states", () => {
    expect(sampleChart("三").chart()).toEqual([
      { label: "基本支出", percent: "20.55" },
      { label: "项目支出", percent: "79.45" },
    ]);
  });

  it("二 收入: 财政拨款收入 and 其他收入", () => {
    expect(
      sampleChart("二")
        .chart()
        .map((s) => s.label),
    ).toEqual(["财政拨款收入", "其他收入"]);
  });

  it("follows the tables: 03's 项目支出 changed, the slices change", () => {
    const { workbook, chart } = sampleChart("三");
    workbook.apply([
      { kind: "set", table: "03", row: "合计", col: "项目支出", value: undefined },
      { kind: "set", table: "03", row: "合计", col: "本年支出合计", value: undefined },
      { kind: "set", table: "03", row: "2150517", col: "项目支出", value: "104.37" },
    ]);
    expect(chart().map((s) => s.percent)).toEqual(["50.00", "50.00"]);
  });

  it("has no slices for a section without shares", () => {
    expect(sampleChart("十").chart()).toEqual([]);
  });
});

describe("五's structure chart", () => {
  it("draws only the 类 shares of 五(二), not 五(一)'s share of the 支出合计, and they sum to 100", () => {
    const slices = sampleChart("五").chart();
    expect(slices.map((s) => s.label)).toEqual([
      "一般公共服务（类）支出",
      "社会保障和就业支出支 出",
      "卫生健康支出",
      "资源勘探工业信息等支出",
      "住房保障支出",
    ]);
    const sum = slices.reduce((total, s) => add(total, money(s.percent)), ZERO);
    expect(equals(sum, money("100"))).toBe(true);
  });
});

describe("chart labels fit the chart", () => {
  const long = { label: "2023 年度一般公共预算财政拨款支出中的资源勘探工业信息等支出", percent: "100.00" };

  it("wraps a long pie legend inside the SVG's width, never inside a number", () => {
    const { width, legendX, wedges } = pieLayout([long, { label: "其他", percent: "0.00" }]);
    const [first, second] = wedges;
    expect(first?.legend.length).toBeGreaterThan(1);
    for (const line of first?.legend ?? [])
      expect(legendX + 18 + textWidth(line.text)).toBeLessThanOrEqual(width);
    const joined = first?.legend.map((l) => l.text).join("");
    expect(joined?.replace(/\s/g, "")).toBe(`${long.label}100.00%`.replace(/\s/g, ""));
    expect(first?.legend.some((l) => l.text.endsWith("100.00%"))).toBe(true);
    // The next entry starts below the last line of the wrapped one.
    expect(second?.legend[0]?.y).toBeGreaterThan(first?.legend.at(-1)?.y ?? 0);
  });

  it("wraps a long bar label inside its column and makes the row tall enough", () => {
    const { labelWidth, bars, height } = chartLayout([long, { label: "基本支出", percent: "20.55" }]);
    const [first, second] = bars;
    for (const line of first?.lines ?? []) expect(textWidth(line.text)).toBeLessThanOrEqual(labelWidth - 8);
    expect(first?.lines.length).toBeGreaterThan(1);
    expect(second?.y).toBeGreaterThan(first?.lines.at(-1)?.y ?? 0);
    expect(height).toBeGreaterThan((second?.barY ?? 0) + 16);
  });

  it("keeps a number whole when it has to break a line", () => {
    expect(wrapText("资源勘探工业信息等支出 79.45%", 140)).toEqual(["资源勘探工业信息等支出", "79.45%"]);
  });
});
