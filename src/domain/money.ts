/**
 * The one module that touches decimal.js. Everything else handles amounts as `Money`
 * (an opaque exact decimal) or as the decimal strings stored in document files.
 */
import Decimal from "decimal.js";
import { AMOUNT_PATTERN, numberUnitsToString, toUnits, type Units, unitsToString } from "./money-units";

const Exact = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });

declare const moneyBrand: unique symbol;
/** An exact decimal amount. Only this module can create or combine them. */
export type Money = { readonly [moneyBrand]: true };

const wrap = (d: Decimal): Money => d as unknown as Money;
const unwrap = (m: Money): Decimal => m as unknown as Decimal;

export const ZERO: Money = wrap(new Exact(0));

const FILE_AMOUNT = AMOUNT_PATTERN;

/**
 * How long an amount may be. Arithmetic runs at 40 significant digits (`Exact`). A derived value is a
 * sum of entered amounts, and a document file (at most 20 MB) holds fewer than 10^7 of them, so with at
 * most 20 integer digits and 10 decimals every sum needs at most 20 + 10 + 7 < 40 digits: it is exact.
 * A longer amount would have its totals rounded silently; it is refused instead.
 */
export const MAX_INTEGER_DIGITS = 20;
export const MAX_DECIMALS = 10;

/** Why an amount string (file syntax) is too long to be summed exactly, or null when it is not. */
export function amountLengthProblem(text: string): string | null {
  const body = text.startsWith("-") ? text.slice(1) : text;
  const dot = body.indexOf(".");
  const whole = dot < 0 ? body : body.slice(0, dot);
  const decimals = dot < 0 ? 0 : body.length - dot - 1;
  const tooLong = (part: string, most: number) => `金额过长：${part}最多 ${most} 位（否则合计不精确）`;
  if (whole.replace(/^0+(?=\d)/, "").length > MAX_INTEGER_DIGITS) return tooLong("整数", MAX_INTEGER_DIGITS);
  return decimals > MAX_DECIMALS ? tooLong("小数", MAX_DECIMALS) : null;
}

export function isAmountString(text: string): boolean {
  return FILE_AMOUNT.test(text);
}

/** Parses an amount string from a document file; throws on anything else. */
export function money(text: string): Money {
  if (!FILE_AMOUNT.test(text)) throw new Error(`不是有效的金额：${text}`);
  return wrap(new Exact(text));
}

export function add(a: Money, b: Money): Money {
  return wrap(unwrap(a).plus(unwrap(b)));
}

export function subtract(a: Money, b: Money): Money {
  return wrap(unwrap(a).minus(unwrap(b)));
}

export function negate(a: Money): Money {
  return wrap(unwrap(a).negated());
}

export function abs(a: Money): Money {
  return wrap(unwrap(a).abs());
}

export function multiply(a: Money, factor: string): Money {
  return wrap(unwrap(a).times(factor));
}

export function equals(a: Money, b: Money): boolean {
  return unwrap(a).equals(unwrap(b));
}

export function compare(a: Money, b: Money): -1 | 0 | 1 {
  return unwrap(a).comparedTo(unwrap(b)) as -1 | 0 | 1;
}

export function isNegative(a: Money): boolean {
  return unwrap(a).isNegative() && !unwrap(a).isZero();
}

/** Sum of the given amounts; blank (null) terms are skipped; all blank gives blank. */
export function sumOrBlank(terms: Iterable<Money | null>): Money | null {
  let total: Decimal | null = null;
  for (const term of terms) {
    if (term === null) continue;
    total = total === null ? unwrap(term) : total.plus(unwrap(term));
  }
  return total === null ? null : wrap(total);
}

export function sameAmount(a: Money | null, b: Money | null): boolean {
  if (a === null || b === null) return a === b;
  return unwrap(a).equals(unwrap(b));
}

/** Number of decimals written in a file string ("4" → 0, "4.10" → 2). */
export function writtenDecimals(text: string): number {
  const dot = text.indexOf(".");
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** Canonical file string: plain notation, at least two decimals (as published). */
export function toFileString(m: Money): string {
  const d = unwrap(m);
  return d.decimalPlaces() <= 2 ? d.toFixed(2) : d.toFixed();
}

/** Two decimals, rounded half up (四舍五入), plain: the figures of the 情况说明's sentences. */
export function formatAmount(m: Money): string {
  // Rounded first: toFixed alone prints -0.001 as "-0.00".
  return unwrap(m).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
}

const HALF_CENT = new Exact("0.005");

/** Prints as 0.00 (or -0.00) at two decimals, half up: an amount the text treats as nothing. */
export function isZeroAtCents(m: Money): boolean {
  return unwrap(m).abs().lessThan(HALF_CENT);
}

/**
 * The display format of a table's figures, as published and as Excel's #,##0.00 shows them: two decimals,
 * rounded half up, thousands separated (1284722.295 → "1,284,722.30"). The grid, the formula bar, the
 * printable HTML and the 审核 texts all show figures this way.
 */
export function formatFigure(m: Money): string {
  return groupThousands(formatAmount(m));
}

/**
 * Thousands separators in a plain decimal string (a file amount, or one the checks print from exact
 * units), keeping every decimal it has: "-1284722.3" → "-1,284,722.3". Anything else is returned as is.
 */
export function groupThousands(text: string): string {
  const match = /^(-?)(\d+)(\.\d+)?$/.exec(text);
  if (!match) return text;
  const [, sign = "", whole = "", fraction = ""] = match;
  return `${sign}${whole.replace(/\B(?=(\d{3})+$)/g, ",")}${fraction}`;
}

/**
 * a ÷ b × 100 to `decimals` places, rounded half up (or truncated, to recognise figures that were cut
 * off instead of rounded); null when b is 0: a rate of nothing is not printed.
 */
export function percent(
  a: Money,
  b: Money,
  decimals = 2,
  mode: "round" | "truncate" = "round",
): Money | null {
  if (unwrap(b).isZero()) return null;
  const rounding = mode === "round" ? Decimal.ROUND_HALF_UP : Decimal.ROUND_DOWN;
  return wrap(unwrap(a).dividedBy(unwrap(b)).times(100).toDecimalPlaces(decimals, rounding));
}

/** Rounded half up to `decimals` places (a figure as printed with that many decimals). */
export function roundTo(m: Money, decimals: number): Money {
  return wrap(unwrap(m).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP));
}

/** Converts an amount in 元 to 万元 (exact; rounding is done on display). */
export function yuanToWanyuan(m: Money): Money {
  return wrap(unwrap(m).dividedBy(10000));
}

/** Half the last printed unit: the rounding tolerance of an amount printed with `decimals` places. */
export function halfUnit(decimals: number): Money {
  return wrap(new Exact(5).times(new Exact(10).pow(-(decimals + 1))));
}

export type UserAmount =
  | { ok: true; value: string | null; rounded: boolean }
  | { ok: false; message: string };

const FULL_WIDTH_DIGITS = /[０-９]/g;
const GROUPED = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/;
const PLAIN = /^-?\d+(\.\d+)?$|^-?\.\d+$/;

/**
 * Reads what a person typed or pasted: "1,234.56", full-width digits, a leading ¥, (12.00) for a
 * negative amount. Returns the canonical file string, null for an empty cell, or a Chinese message.
 */
export function parseUserAmount(input: string): UserAmount {
  let text = input
    .replace(FULL_WIDTH_DIGITS, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[．。]/g, ".")
    .replace(/[，]/g, ",")
    .replace(/[－—−]/g, "-")
    .replace(/[\s\u00a0\u3000]/g, "");
  if (text === "") return { ok: true, value: null, rounded: false };
  text = text.replace(/^(-?)[¥￥]/, "$1").replace(/元$/, "");
  const bracketed = /^[(（](.*)[)）]$/.exec(text);
  if (bracketed?.[1] !== undefined) text = `-${bracketed[1].replace(/^[¥￥]/, "")}`;
  if (GROUPED.test(text)) text = text.replace(/,/g, "");
  if (!PLAIN.test(text)) {
    return { ok: false, message: `“${input.trim().slice(0, 30)}”不是金额，请输入数字，例如 1234.56` };
  }
  const tooLong = amountLengthProblem(text.replace(/\.\d*$/, ""));
  if (tooLong) return { ok: false, message: `“${input.trim().slice(0, 30)}”${tooLong}` };
  const exact = new Exact(text.startsWith(".") || text.startsWith("-.") ? text.replace(".", "0.") : text);
  const value = toFileString(wrap(exact.toDecimalPlaces(2)));
  return { ok: true, value: value === "-0.00" ? "0.00" : value, rounded: exact.decimalPlaces() > 2 };
}

// ── Fixed-point units: money-units.ts; converted to and from Money here ───────────────────────────────

export * from "./money-units";

/** Units (float64 or bigint, see `Units`) as Money: the derived values the grid and the exports show. */
export function unitsToMoney(units: Units, scale: number): Money {
  const text = typeof units === "bigint" ? unitsToString(units, scale) : numberUnitsToString(units, scale);
  return wrap(new Exact(text));
}

/** An amount as bigint units of 10^-`scale`, rounded half up if it has more decimals. */
export function moneyToUnits(m: Money, scale: number): bigint {
  return toUnits(unwrap(m).toDecimalPlaces(scale, Decimal.ROUND_HALF_UP).toFixed(), scale);
}
