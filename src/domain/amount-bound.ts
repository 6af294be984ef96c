import type { Unit } from "./document/model";
import { abs, compare, formatFigure, money } from "./money";

/**
 * 10^15 元 (1,000 万亿元): about 37 times the whole country's 2023 general public budget expenditure
 * (27.46 万亿元) and 2.5 times its GDP (126 万亿元), so no department's figure reaches it, while an amount
 * typed with a few digits too many does. The file format still accepts up to 20 integer digits.
 */
const BOUND: Record<Unit, string> = { 元: "1000000000000000", 万元: "100000000000" };

/**
 * A warning for an amount no department can have (|amount| ≥ 10^15 元), or null. The value is kept:
 * the warning says what to check, it does not refuse.
 */
export function implausibleAmountWarning(value: string | null | undefined, unit: Unit): string | null {
  if (value === null || value === undefined) return null;
  const amount = money(value);
  if (compare(abs(amount), money(BOUND[unit])) < 0) return null;
  return `${formatFigure(amount)} ${unit}达到 1000 万亿元以上，超出任何部门可能的规模：请检查是否多输了数字（已按输入保留，可撤销）`;
}

/** The warning for a paste: the first implausible amount, and how many there are. */
export function implausibleAmountsWarning(
  values: readonly (string | null | undefined)[],
  unit: Unit,
): string | null {
  const huge = values.filter((v) => implausibleAmountWarning(v, unit) !== null);
  const first = implausibleAmountWarning(huge[0], unit);
  return first && huge.length > 1 ? `${huge.length} 个金额中，${first}` : first;
}
