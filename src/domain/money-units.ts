/**
 * Exact fixed-point amounts: integers counting 10^-scale units, as float64 while they are safe integers and
 * bigint beyond. The engine, the checks and the narrative's figures add up amounts this way; converting to
 * and from Money (decimal.js) is money.ts's (`unitsToMoney`, `moneyToUnits`), and money.ts re-exports this
 * module so that amounts have one import.
 */
/** Amounts in files: optional minus, digits, optional fraction. No exponent, no separators. */
export const AMOUNT_PATTERN = /^-?(0|[1-9]\d*)(\.\d+)?$/;

// The checks add up tens of thousands of amounts per evaluation; they work on exact integers counting
// 10^-scale units (bigint), converted here from and back to the decimal strings of document files.

/** An amount string as an exact integer number of 10^-`scale` units; throws if it has more decimals. */
export function toUnits(text: string, scale: number): bigint {
  if (!AMOUNT_PATTERN.test(text)) throw new Error(`不是有效的金额：${text}`);
  const negative = text.startsWith("-");
  const body = negative ? text.slice(1) : text;
  const dot = body.indexOf(".");
  const fraction = dot < 0 ? "" : body.slice(dot + 1);
  if (fraction.length > scale) throw new Error(`金额 ${text} 的小数位多于 ${scale} 位`);
  const units = BigInt((dot < 0 ? body : body.slice(0, dot)) + fraction.padEnd(scale, "0"));
  return negative ? -units : units;
}

/** The file string of an amount given in 10^-`scale` units: plain notation, at least two decimals. */
export function unitsToString(units: bigint, scale: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, "0");
  const integer = digits.slice(0, digits.length - scale);
  let fraction = digits.slice(digits.length - scale);
  while (fraction.length > 2 && fraction.endsWith("0")) fraction = fraction.slice(0, -1);
  const text = fraction.length > 0 ? `${integer}.${fraction.padEnd(2, "0")}` : `${integer}.00`;
  return negative ? `-${text}` : text;
}

/** Units (float64 or bigint) of 10^-`from` as bigint units of 10^-`to` (to ≥ from). */
export function rescaleUnits(units: Units, from: number, to: number): bigint {
  const whole = typeof units === "bigint" ? units : BigInt(units);
  return to === from ? whole : whole * tenTo(to - from);
}

/** 10^k as bigint, from a table: a figure's arithmetic allocates no power of ten. */
const POWERS: bigint[] = Array.from({ length: 41 }, (_, k) => 10n ** BigInt(k));
export const tenTo = (k: number): bigint => POWERS[k] ?? 10n ** BigInt(k);

/** Half the last printed unit of an amount printed with `decimals` places, in 10^-`scale` units. */
export function halfUnitInUnits(decimals: number, scale: number): bigint {
  if (scale < decimals + 1) throw new Error(`scale ${scale} cannot hold half of 10^-${decimals}`);
  return 5n * 10n ** BigInt(scale - decimals - 1);
}

/**
 * `toUnits` as a JS number, for bulk arithmetic: the exact integer number of 10^-`scale` units, or NaN when
 * the text is not a file amount, has more than `scale` decimals, or its units exceed
 * Number.MAX_SAFE_INTEGER (then use `toUnits`).
 */
export function unitsAsNumber(text: string, scale: number): number {
  const n = text.length;
  const negative = n > 0 && text.charCodeAt(0) === 45;
  const first = negative ? 1 : 0;
  if (first >= n) return Number.NaN;
  // A leading 0 stands alone before the point ("0", "0.5"; not "01").
  if (text.charCodeAt(first) === 48 && first + 1 < n && text.charCodeAt(first + 1) !== 46) return Number.NaN;
  let units = 0;
  let decimals = -1;
  for (let i = first; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 46) {
      if (decimals >= 0 || i === first || i === n - 1) return Number.NaN;
      decimals = 0;
    } else if (c >= 48 && c <= 57) {
      units = units * 10 + (c - 48);
      if (decimals >= 0) decimals++;
    } else return Number.NaN;
  }
  if (decimals > scale) return Number.NaN;
  for (let d = Math.max(decimals, 0); d < scale; d++) units *= 10;
  if (units > Number.MAX_SAFE_INTEGER) return Number.NaN;
  return negative ? 0 - units : units; // 0 - 0 is +0: no -0
}

/** `unitsToString` for units held as a JS number (an exact integer, |units| ≤ Number.MAX_SAFE_INTEGER). */
export function numberUnitsToString(units: number, scale: number): string {
  const negative = units < 0;
  const digits = String(negative ? -units : units).padStart(scale + 1, "0");
  const integer = digits.slice(0, digits.length - scale);
  let end = digits.length;
  while (end - (digits.length - scale) > 2 && digits.charCodeAt(end - 1) === 48) end--;
  const fraction = digits.slice(digits.length - scale, end);
  const text = fraction.length > 0 ? `${integer}.${fraction.padEnd(2, "0")}` : `${integer}.00`;
  return negative ? `-${text}` : text;
}

/**
 * Exact integer amounts in 10^-scale units for bulk arithmetic (the checks): float64 integers while every
 * sum stays within the safe integers (fast), bigint beyond. One evaluation uses one kind throughout, so
 * `UnitMath` is one code path over either.
 */
export type Units = number | bigint;

/** A fixed-length array of units (a Float64Array for float64 units). */
export interface UnitArray {
  [index: number]: Units;
  readonly length: number;
}

export interface UnitMath {
  /** bigint units. */
  readonly exact: boolean;
  readonly zero: Units;
  /** `length` zeros. */
  array(length: number): UnitArray;
  /** The units of a file amount, or undefined when this kind cannot hold it (see `unitsAsNumber`). */
  parse(text: string, scale: number): Units | undefined;
  add(a: Units, b: Units): Units;
  subtract(a: Units, b: Units): Units;
  /** a × count. */
  times(a: Units, count: number): Units;
  abs(a: Units): Units;
  isZero(a: Units): boolean;
  /** How many amounts of magnitude `abs` one sum may add while staying exact. */
  countLimit(abs: Units): number;
  fromBigint(units: bigint): Units;
}

// The operands of one evaluation are all of one kind: the casts only tell TypeScript which.
const FLOAT_UNITS: UnitMath = {
  exact: false,
  zero: 0,
  array: (length) => new Float64Array(length),
  parse: (text, scale) => {
    const units = unitsAsNumber(text, scale);
    return Number.isNaN(units) ? undefined : units;
  },
  add: (a, b) => (a as number) + (b as number),
  subtract: (a, b) => (a as number) - (b as number),
  times: (a, count) => (a as number) * count,
  abs: (a) => Math.abs(a as number),
  isZero: (a) => a === 0,
  countLimit: (abs) =>
    (abs as number) === 0 ? Number.POSITIVE_INFINITY : Math.floor(Number.MAX_SAFE_INTEGER / (abs as number)),
  fromBigint: (units) => Number(units),
};

const BIG_UNITS: UnitMath = {
  exact: true,
  zero: 0n,
  array: (length) => new Array<bigint>(length).fill(0n),
  parse: (text, scale) => {
    try {
      return toUnits(text, scale);
    } catch {
      return undefined;
    }
  },
  add: (a, b) => (a as bigint) + (b as bigint),
  subtract: (a, b) => (a as bigint) - (b as bigint),
  times: (a, count) => (a as bigint) * BigInt(count),
  abs: (a) => ((a as bigint) < 0n ? -(a as bigint) : a),
  isZero: (a) => a === 0n,
  countLimit: () => Number.POSITIVE_INFINITY,
  fromBigint: (units) => units,
};

/** Float64 units (`exact` false) or bigint units. */
export function unitMath(exact: boolean): UnitMath {
  return exact ? BIG_UNITS : FLOAT_UNITS;
}
