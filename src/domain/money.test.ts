import { describe, expect, it } from "vitest";
import {
  add,
  equals,
  formatAmount,
  formatFigure,
  groupThousands,
  isAmountString,
  money,
  parseUserAmount,
  sameAmount,
  sumOrBlank,
  toFileString,
} from "./money";

const text = (m: ReturnType<typeof money> | null) => (m === null ? null : toFileString(m));

describe("exact decimal arithmetic", () => {
  it("adds 0.1 + 0.2 to exactly 0.3 (no binary floating point)", () => {
    const sum = add(money("0.1"), money("0.2"));
    expect(equals(sum, money("0.3"))).toBe(true);
    expect(toFileString(sum)).toBe("0.30");
    expect(0.1 + 0.2).not.toBe(0.3); // what JS numbers would have given
  });

  it("stays exact for large amounts with cents", () => {
    const sum = add(money("9007199254740993.01"), money("0.02"));
    expect(toFileString(sum)).toBe("9007199254740993.03");
  });

  it("sums many cents without drift", () => {
    const total = sumOrBlank(Array.from({ length: 1000 }, () => money("0.01")));
    expect(text(total)).toBe("10.00");
  });
});

describe("sumOrBlank", () => {
  it("is blank when every term is blank, and when there are no terms", () => {
    expect(sumOrBlank([null, null, null])).toBeNull();
    expect(sumOrBlank([])).toBeNull();
  });

  it("skips blank terms", () => {
    expect(text(sumOrBlank([money("1.25"), null, money("2.50"), null]))).toBe("3.75");
  });

  it("gives 0.00 (not blank) when the terms are zeros", () => {
    const zero = sumOrBlank([money("0.00"), null]);
    expect(zero).not.toBeNull();
    expect(text(zero)).toBe("0.00");
  });

  it("handles negative terms", () => {
    expect(text(sumOrBlank([money("5.00"), money("-7.25")]))).toBe("-2.25");
  });
});

describe("sameAmount", () => {
  it("compares values, not spellings; blank equals only blank", () => {
    expect(sameAmount(money("1.5"), money("1.50"))).toBe(true);
    expect(sameAmount(money("1.5"), money("1.51"))).toBe(false);
    expect(sameAmount(null, null)).toBe(true);
    expect(sameAmount(null, money("0"))).toBe(false);
    expect(sameAmount(money("0"), null)).toBe(false);
  });
});

describe("formatAmount (plain, 四舍五入 to two decimals) and formatFigure (thousands separated)", () => {
  it.each([
    ["2.345", "2.35", "2.35"],
    ["2.344", "2.34", "2.34"],
    ["2.3449999", "2.34", "2.34"],
    ["4", "4.00", "4.00"],
    ["4.1", "4.10", "4.10"],
    ["0.005", "0.01", "0.01"],
    ["-2.345", "-2.35", "-2.35"],
    ["1234567.895", "1234567.90", "1,234,567.90"],
    ["1284722.3", "1284722.30", "1,284,722.30"],
    ["999.995", "1000.00", "1,000.00"],
    ["-1000", "-1000.00", "-1,000.00"],
    ["100000", "100000.00", "100,000.00"],
    ["12345678.9", "12345678.90", "12,345,678.90"],
    ["-0.001", "0.00", "0.00"],
  ])("%s → %s / %s", (input, plain, grouped) => {
    expect(formatAmount(money(input))).toBe(plain);
    expect(formatFigure(money(input))).toBe(grouped);
  });
});

describe("groupThousands (the checks' exact figures, every decimal kept)", () => {
  it.each([
    ["0.005", "0.005"],
    ["123", "123"],
    ["1234", "1,234"],
    ["-1234567.125", "-1,234,567.125"],
    ["空白", "空白"],
  ])("%s → %s", (input, shown) => {
    expect(groupThousands(input)).toBe(shown);
  });
});

describe("toFileString", () => {
  it.each([
    ["4", "4.00"],
    ["4.1", "4.10"],
    ["4.10", "4.10"],
    ["-3", "-3.00"],
    ["0", "0.00"],
    // more than two decimals are kept exactly (元 → 万元 conversion), never rounded in files
    ["1.2345", "1.2345"],
    ["0.000001", "0.000001"],
  ])("%s → %s", (input, written) => {
    expect(toFileString(money(input))).toBe(written);
  });

  it("round-trips through money()", () => {
    for (const s of ["12.30", "-0.01", "100000000.00", "3.14159"]) {
      expect(toFileString(money(toFileString(money(s))))).toBe(toFileString(money(s)));
    }
  });
});

describe("money() and isAmountString (file amounts)", () => {
  it("accepts plain decimals only", () => {
    for (const ok of ["0", "12", "-12", "12.3", "0.05", "-0.05"]) expect(isAmountString(ok)).toBe(true);
    for (const bad of ["", "1,234", "1e5", "01", "+1", ".5", "1.", "¥1", " 1", "NaN"]) {
      expect(isAmountString(bad)).toBe(false);
      expect(() => money(bad)).toThrow(/不是有效的金额/);
    }
  });
});

describe("parseUserAmount (what a person types or pastes)", () => {
  it.each([
    ["1,234.56", "1234.56"],
    ["1,234,567.00", "1234567.00"],
    ["１２３．４５", "123.45"],
    ["１，２３４", "1234.00"],
    ["¥12", "12.00"],
    ["￥1,000", "1000.00"],
    ["(12.00)", "-12.00"],
    ["（12.00）", "-12.00"],
    ["-5", "-5.00"],
    ["－5", "-5.00"],
    ["  7 ", "7.00"],
    ["\t7\u3000", "7.00"],
    ["12元", "12.00"],
    ["0", "0.00"],
    ["0.5", "0.50"],
    [".5", "0.50"],
  ])("accepts %j as %s", (input, value) => {
    expect(parseUserAmount(input)).toEqual({ ok: true, value, rounded: false });
  });

  it("reads an empty or blank-only cell as blank (null)", () => {
    expect(parseUserAmount("")).toEqual({ ok: true, value: null, rounded: false });
    expect(parseUserAmount("   ")).toEqual({ ok: true, value: null, rounded: false });
  });

  it.each(["abc", "12,3a", "1.2.3", "1,23", "12-3", "1e5", "¥", "--1", "12%"])(
    "refuses %j with a Chinese message",
    (input) => {
      const result = parseUserAmount(input);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.message).toMatch(/不是金额/);
        expect(result.message).toContain(input);
        expect(result.message).toMatch(/[\u4e00-\u9fff]/);
      }
    },
  );

  it.each([
    ["1.005", "1.01"],
    ["1.004", "1.00"],
    ["2.345", "2.35"],
    ["-1.005", "-1.01"],
    ["1,234.5678", "1234.57"],
    ["0.001", "0.00"],
  ])("rounds %s to two decimals half up (%s) and says so", (input, value) => {
    expect(parseUserAmount(input)).toEqual({ ok: true, value, rounded: true });
  });

  it("does not report trailing zeros as rounding", () => {
    expect(parseUserAmount("1.50000")).toEqual({ ok: true, value: "1.50", rounded: false });
  });

  it("never writes negative zero", () => {
    expect(parseUserAmount("-0")).toEqual({ ok: true, value: "0.00", rounded: false });
    expect(parseUserAmount("-0.001")).toMatchObject({ ok: true, value: "0.00" });
  });

  it("always returns a valid file amount", () => {
    for (const input of ["1,234.56", "１２３．４５", "¥12", "(12.00)", "1.005", ".5", "-0.001"]) {
      const result = parseUserAmount(input);
      expect(result.ok && result.value !== null && isAmountString(result.value)).toBe(true);
    }
  });
});
