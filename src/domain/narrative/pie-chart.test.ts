import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { seedWorkbook } from "../testing/narrative";
import { sectionChart } from "./chart";
import { narrativeContext } from "./check-narrative";
import { documentNarrative } from "./document-narrative";
import { pieLayout } from "./pie-chart";

const total = (sweeps: readonly number[]) => sweeps.reduce((a, b) => a + b, 0);

describe("pie chart geometry", () => {
  it("三 支出 of the sample: two wedges closing the circle, labelled with the shares the text states", () => {
    const input = documentNarrative(seedWorkbook());
    if (!input) throw new Error("no publication");
    const section = input.publication.narrative.find((s) => s.id === "三");
    if (!section) throw new Error("no 三");
    const { wedges } = pieLayout(sectionChart(section, narrativeContext(input)));
    expect(wedges.map((w) => `${w.label} ${w.percent}%`)).toEqual(["基本支出 20.55%", "项目支出 79.45%"]);
    expect(wedges[0]?.sweep).toBeCloseTo(73.98, 2);
    expect(total(wedges.map((w) => w.sweep))).toBe(360);
    // 项目支出 is the larger arc; it starts where 基本支出 ends.
    expect(wedges[1]?.path).toMatch(/ A 80 80 0 1 1 /);
    expect(wedges[1]?.start).toBe(wedges[0]?.sweep);
  });

  it("closes the circle for any printed shares, each wedge in proportion, in text order", () => {
    const share = fc.integer({ min: 0, max: 10000 }).map((n) => (n / 100).toFixed(2));
    fc.assert(
      fc.property(fc.array(share, { minLength: 1, maxLength: 8 }), (percents) => {
        const slices = percents.map((percent, i) => ({ label: `项${i}`, percent }));
        const { wedges } = pieLayout(slices);
        expect(wedges.map((w) => w.label)).toEqual(slices.map((s) => s.label));
        expect(wedges.map((w) => w.percent)).toEqual(percents);
        const sum = percents.reduce((a, p) => a + Number(p), 0);
        if (sum === 0) {
          expect(wedges.every((w) => w.sweep === 0 && w.path === "")).toBe(true);
          return;
        }
        expect(total(wedges.map((w) => w.sweep))).toBeCloseTo(360, 9);
        wedges.forEach((w, i) => {
          expect(w.sweep).toBeCloseTo((Number(percents[i]) / sum) * 360, 9);
          if (i > 0)
            expect(w.start).toBeCloseTo((wedges[i - 1]?.start ?? 0) + (wedges[i - 1]?.sweep ?? 0), 9);
        });
      }),
    );
  });

  it("draws a single share of the whole as a full circle, a share of 0 as a legend line only", () => {
    const { wedges } = pieLayout([
      { label: "财政拨款收入", percent: "100.00" },
      { label: "其他收入", percent: "0.00" },
    ]);
    expect(wedges.map((w) => [w.full, w.sweep, w.path])).toEqual([
      [true, 360, ""],
      [false, 0, ""],
    ]);
  });
});
