import { describe, expect, it } from "vitest";
import { seedWorkbook } from "../testing/narrative";
import { sectionChart } from "./chart";
import { narrativeContext } from "./check-narrative";
import { documentNarrative } from "./document-narrative";

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
