import { describe, expect, it } from "vitest";
import { RULES } from "./rules/index";

/** CHECKS.md §2–§4 ids the catalog covers (X-20/X-21: single meta fields; C-3, R05-3, R06-5: see report). */
const COVERED = [
  ...["R01-1", "R01-2", "R01-3", "R01-4", "R01-5", "R01-6", "R01-7"],
  ...["R02-1", "R02-2", "R02-3", "R02-4", "R03-1", "R03-2", "R03-3", "R03-4"],
  ...["R04-1", "R04-2", "R04-3", "R04-4", "R04-5", "R04-6", "R04-7", "R04-8", "R04-9"],
  ...["R05-1", "R05-2", "R06-1", "R06-2", "R06-3", "R06-4"],
  ...["R07-1", "R07-2", "R07-3", "R07-4", "R08-1", "R08-2", "R08-3"],
  ...["R09-1", "R09-2", "R09-3", "R09-4", "R09-5", "R09-6"],
  ...Array.from({ length: 19 }, (_, i) => `X-${String(i + 1).padStart(2, "0")}`),
  ...["C-1", "C-2", "C-4"],
];

describe("the rule catalog", () => {
  it("has one rule per CHECKS.md id, with Chinese title and description and at least one check", () => {
    const ids = RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...COVERED].sort());
    for (const rule of RULES) {
      expect(rule.title).toMatch(/[\u4e00-\u9fff]/);
      expect(rule.description).toMatch(/[\u4e00-\u9fff]/);
      expect(rule.checks.length).toBeGreaterThan(0);
    }
  });

  it("is plain data (serialisable as JSON without loss)", () => {
    expect(JSON.parse(JSON.stringify(RULES))).toEqual(RULES);
  });
});
