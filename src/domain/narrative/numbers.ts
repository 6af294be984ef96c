/** Figures typed in text: where they are and what they say. */
import { type Money, money } from "../money";

export interface TypedNumber {
  /** Offsets of the digits in the text. */
  start: number;
  end: number;
  /** The digits as typed, without thousands separators ("1284722.30"). */
  digits: string;
  /** Decimals as typed. */
  decimals: number;
  percent: boolean;
  /** The unit word after it ("万元", "元", "个" …), if any. */
  unitAfter: string;
}

const NUMBER = /(?<![\d.])-?\d[\d,]*(?:\.\d+)?(?!\d)/g;
// Sticky: matched at the number's end, without copying the rest of the text for every number.
const PERCENT = /\s*[%％]/y;
const UNIT = /\s*(万元|元|个|辆|台|人次|分)/y;
/** What a unit word can start with: a number followed by anything else needs no match of UNIT. */
const UNIT_START = /\s*[万元个辆台人分]/y;

function matchAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

/** `matchAt` without a match array (most numbers are followed by neither % nor a unit word). */
function testAt(pattern: RegExp, text: string, at: number): boolean {
  pattern.lastIndex = at;
  return pattern.test(text);
}

export function typedNumbers(text: string): TypedNumber[] {
  const found: TypedNumber[] = [];
  NUMBER.lastIndex = 0;
  for (let match = NUMBER.exec(text); match !== null; match = NUMBER.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    const digits = match[0].includes(",") ? match[0].replace(/,/g, "") : match[0];
    const dot = digits.indexOf(".");
    found.push({
      start,
      end,
      digits,
      decimals: dot < 0 ? 0 : digits.length - dot - 1,
      percent: testAt(PERCENT, text, end),
      unitAfter: testAt(UNIT_START, text, end) ? (matchAt(UNIT, text, end)?.[1] ?? "") : "",
    });
  }
  return found;
}

/** The amount a typed figure says ("007.5" is 7.5: a leading zero typed in the text is no error to crash on). */
export function typedAmount(number: TypedNumber): Money {
  return money(number.digits.replace(/^(-?)0+(?=\d)/, "$1"));
}
