import { describe, expect, it } from "vitest";
import { narrativeTemplate } from "./generate";
import { NARRATIVE_RULES, narrativeRule } from "./rules";
import { slotsOf } from "./sentences";

describe("表文一致 rules as data", () => {
  it("lists N-1 … N-22 of CHECKS.md §5 once each, with a Chinese title", () => {
    expect(NARRATIVE_RULES.map((r) => r.id)).toEqual(Array.from({ length: 22 }, (_, i) => `N-${i + 1}`));
    for (const rule of NARRATIVE_RULES) expect(rule.title).toMatch(/[\u4e00-\u9fff]/);
  });

  it("names only known rules in the template's slots, and every anchor is a valid expression", () => {
    for (const section of narrativeTemplate("2023"))
      for (const paragraph of section.paragraphs)
        for (const slot of slotsOf(paragraph.parts)) {
          expect(narrativeRule(slot.rule).id).toBe(slot.rule);
          if (slot.anchor !== undefined) expect(() => new RegExp(slot.anchor ?? "")).not.toThrow();
        }
    expect(() => narrativeRule("N-99")).toThrow("未知的表文一致规则");
  });
});
