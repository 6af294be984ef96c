import { describe, expect, it } from "vitest";
import { money, toFileString } from "./money";
import { convertUnit } from "./unit-conversion";

describe("convertUnit", () => {
  it("converts 元 and 万元 exactly, both ways, and leaves the same unit alone", () => {
    expect(toFileString(convertUnit(money("12345.67"), "元", "万元"))).toBe("1.234567");
    expect(toFileString(convertUnit(money("1.234567"), "万元", "元"))).toBe("12345.67");
    expect(toFileString(convertUnit(money("-0.01"), "元", "万元"))).toBe("-0.000001");
    expect(toFileString(convertUnit(money("507.92"), "万元", "万元"))).toBe("507.92");
  });
});
