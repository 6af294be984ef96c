import { describe, expect, it } from "vitest";
import { nextRegion, REGIONS } from "./region-order";

const all = REGIONS.map(() => true);

describe("nextRegion", () => {
  it("goes round the regions forwards and backwards", () => {
    expect(nextRegion(0, 1, all)).toBe(1);
    expect(nextRegion(3, 1, all)).toBe(0);
    expect(nextRegion(0, -1, all)).toBe(3);
  });

  it("starts at the first (or, backwards, the last) region when the focus is in none", () => {
    expect(nextRegion(-1, 1, all)).toBe(0);
    expect(nextRegion(-1, -1, all)).toBe(3);
  });

  it("skips regions not shown (the side panel beside the structure map)", () => {
    expect(nextRegion(1, 1, [true, true, false, true])).toBe(3);
    expect(nextRegion(3, -1, [true, true, false, true])).toBe(1);
    expect(nextRegion(0, 1, [false, false, false, false])).toBe(-1);
  });
});
