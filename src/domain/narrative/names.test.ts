import { describe, expect, it } from "vitest";
import { comparableName, nameSimilarity, similarity } from "./names";

describe("comparableName", () => {
  it("gives names of similarity 1 one perfect key, and names that differ another", () => {
    const a = comparableName("基本工资");
    const spaced = comparableName(" 基本 工资 ");
    const other = comparableName("津贴补贴");
    expect(similarity(a, spaced)).toBe(1);
    expect(a.perfectKey).toBe(spaced.perfectKey);
    expect(similarity(a, other)).toBeLessThan(1);
    expect(a.perfectKey).not.toBe(other.perfectKey);
    // One character: no bigrams, equal only when the names are.
    expect(comparableName("费").perfectKey).not.toBe(comparableName("税").perfectKey);
  });

  it("prepares a text once and gives it again unchanged", () => {
    const first = comparableName("机关事业单位基本养老保险缴费");
    expect(comparableName("机关事业单位基本养老保险缴费")).toBe(first);
    expect(nameSimilarity("机关事业部门基本养老保险缴费", "机关事业单位基本养老保险缴费")).toBeGreaterThan(
      0.7,
    );
    expect(first.grams).toHaveLength(13);
  });
});
