/**
 * The narrative's figure arithmetic on exact bigint units (see money-units.ts): rounding to two decimals
 * and rates, as `formatAmount` and `percent` do with decimal.js. Its own module so that it loads with the
 * 情况说明, not with the first screen.
 */
import { tenTo } from "./money-units";

/** How many whole `step`s `units` is, rounded half up (away from zero). */
function roundedSteps(units: bigint, step: bigint): bigint {
  const magnitude = units < 0n ? -units : units;
  const steps = (magnitude + step / 2n) / step;
  return units < 0n ? -steps : steps;
}

/** `units` (10^-`scale`) rounded half up (away from zero) to 10^-`decimals`, still in 10^-`scale` units. */
export function roundUnits(units: bigint, scale: number, decimals: number): bigint {
  if (decimals >= scale) return units;
  const step = tenTo(scale - decimals);
  return roundedSteps(units, step) * step;
}

/** `units` (10^-`scale`) as printed with two decimals, rounded half up: `formatAmount` without decimal.js. */
export function unitsToAmountText(units: bigint, scale: number): string {
  const cents = scale <= 2 ? units * tenTo(2 - scale) : roundedSteps(units, tenTo(scale - 2));
  const negative = cents < 0n;
  const digits = (negative ? -cents : cents).toString().padStart(3, "0");
  const text = `${digits.slice(0, -2)}.${digits.slice(-2)}`;
  return negative ? `-${text}` : text;
}

/**
 * a ÷ b × 100 to `decimals` places in 10^-`scale` units, rounded half up or truncated (as `percent`); null
 * when b is 0.
 */
export function unitsPercent(
  a: bigint,
  b: bigint,
  scale: number,
  decimals: number,
  mode: "round" | "truncate" = "round",
): bigint | null {
  if (b === 0n) return null;
  // (a / b) × 100 × 10^decimals, as an integer quotient with the sign of a / b.
  const numerator = a * tenTo(decimals + 2);
  const negative = numerator < 0n !== b < 0n && numerator !== 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = b < 0n ? -b : b;
  let quotient = n / d;
  if (mode === "round" && (n % d) * 2n >= d) quotient += 1n;
  const units = quotient * tenTo(scale - decimals);
  return negative ? -units : units;
}
