import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatAmount, money, percent, rescaleUnits, toUnits, unitsToMoney } from "./money";
import { roundUnits, unitsPercent, unitsToAmountText } from "./money-figures";

const SCALE = 10;
/** Amounts as files hold them: up to 12 integer digits and 0–6 decimals, either sign. */
const amountText = fc
  .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.integer({ min: 0, max: 6 }))
  .chain(([negative, whole, decimals]) =>
    fc
      .bigInt({ min: 0n, max: 10n ** BigInt(decimals) - 1n })
      .map(
        (fraction) =>
          `${negative && (whole > 0n || fraction > 0n) ? "-" : ""}${whole}${decimals > 0 ? `.${fraction.toString().padStart(decimals, "0")}` : ""}`,
      ),
  );

describe("figure arithmetic in exact units agrees with decimal.js", () => {
  it("unitsToAmountText is formatAmount (two decimals, half up; a tiny negative prints 0.00)", () => {
    fc.assert(
      fc.property(amountText, (text) => {
        expect(unitsToAmountText(toUnits(text, SCALE), SCALE)).toBe(formatAmount(money(text)));
      }),
      { numRuns: 500 },
    );
    expect(unitsToAmountText(toUnits("-0.001", SCALE), SCALE)).toBe("0.00");
    expect(unitsToAmountText(toUnits("-0.005", SCALE), SCALE)).toBe("-0.01");
    expect(unitsToAmountText(toUnits("999.995", SCALE), SCALE)).toBe("1000.00");
  });

  it("unitsPercent is percent, rounded and truncated, null over 0", () => {
    fc.assert(
      fc.property(amountText, amountText, fc.constantFrom("round", "truncate"), (a, b, mode) => {
        const units = unitsPercent(toUnits(a, SCALE), toUnits(b, SCALE), SCALE, 2, mode);
        const exact = percent(money(a), money(b), 2, mode);
        expect(units === null ? null : formatAmount(unitsToMoney(units, SCALE))).toBe(
          exact === null ? null : formatAmount(exact),
        );
      }),
      { numRuns: 500 },
    );
    expect(unitsPercent(toUnits("99.868", SCALE), toUnits("100", SCALE), SCALE, 2, "truncate")).toBe(
      toUnits("99.86", SCALE),
    );
    expect(unitsPercent(toUnits("1", SCALE), toUnits("800", SCALE), SCALE, 2)).toBe(toUnits("0.13", SCALE));
    expect(unitsPercent(toUnits("-1", SCALE), toUnits("800", SCALE), SCALE, 2)).toBe(toUnits("-0.13", SCALE));
  });

  it("rescaleUnits and roundUnits keep the amount", () => {
    expect(rescaleUnits(1234, 2, SCALE)).toBe(toUnits("12.34", SCALE));
    expect(rescaleUnits(-5n, 2, 2)).toBe(-5n);
    expect(roundUnits(toUnits("2.345", SCALE), SCALE, 2)).toBe(toUnits("2.35", SCALE));
    expect(roundUnits(toUnits("-2.345", SCALE), SCALE, 2)).toBe(toUnits("-2.35", SCALE));
  });
});
