import { describe, expect, it } from "vitest";
import { implausibleAmountsWarning, implausibleAmountWarning } from "./amount-bound";

describe("implausibleAmountWarning: amounts of 10^15 元 and more (QA defect 21)", () => {
  it("warns from 10^15 元, in either unit and either sign", () => {
    expect(implausibleAmountWarning("999999999999999.99", "元")).toBeNull();
    expect(implausibleAmountWarning("1000000000000000.00", "元")).toMatch(
      /^1,000,000,000,000,000\.00 元达到 1000 万亿元以上.*请检查是否多输了数字/,
    );
    expect(implausibleAmountWarning("-1000000000000000.00", "元")).not.toBeNull();
    expect(implausibleAmountWarning("99999999999.99", "万元")).toBeNull();
    expect(implausibleAmountWarning("100000000000.00", "万元")).toMatch(/^100,000,000,000\.00 万元达到/);
  });

  it("says nothing of a blank or an ordinary amount", () => {
    expect(implausibleAmountWarning(null, "万元")).toBeNull();
    expect(implausibleAmountWarning(undefined, "元")).toBeNull();
    expect(implausibleAmountWarning("99999999999999999999.00", "元")).not.toBeNull();
    expect(implausibleAmountWarning("1284722.30", "万元")).toBeNull();
  });

  it("for a paste, names the first such amount and counts them", () => {
    expect(implausibleAmountsWarning(["1.00", undefined], "万元")).toBeNull();
    expect(implausibleAmountsWarning(["1.00", "200000000000.00", "300000000000.00"], "万元")).toMatch(
      /^2 个金额中，200,000,000,000\.00 万元达到 1000 万亿元以上/,
    );
  });
});
