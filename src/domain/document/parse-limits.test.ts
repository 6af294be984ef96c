import { describe, expect, it } from "vitest";
import { cellId } from "../engine/cell-id";
import {
  add,
  amountLengthProblem,
  MAX_DECIMALS,
  MAX_INTEGER_DIGITS,
  money,
  parseUserAmount,
  toFileString,
} from "../money";
import { Workbook } from "../workbook/workbook";
import { parseDocumentText } from "./parse";

const head =
  '{"format":"juesuan","version":1,"meta":{"department":"某某部门","year":2023,"unit":"万元","template":"2023"},';

function problems(text: string): string[] {
  const result = parseDocumentText(text);
  return result.ok ? [] : result.problems.map((p) => `${p.path}：${p.message}`);
}

describe("a row listed twice in a table", () => {
  it("is refused, naming the table and the row (JSON.parse alone keeps the last copy silently)", () => {
    const text = `${head}"tables":{"03":{"rows":{"2010301":{"基本支出":"1.00"},"2010301":{"基本支出":"2.00"}}}}}`;
    expect(problems(text)).toEqual([
      "tables.03.rows.2010301：公开03表的行“2010301”在文件中出现了两次，请只保留一个",
    ]);
  });

  it("a cell listed twice in a row is refused too; the same row in two tables is fine", () => {
    const twice = `${head}"tables":{"05":{"rows":{"2010301":{"基本支出":"1","基本支出":"2"}}}}}`;
    expect(problems(twice)).toEqual([
      "tables.05.rows.2010301.基本支出：“基本支出”在文件中出现了两次，请只保留一个",
    ]);
    const apart = `${head}"tables":{"03":{"rows":{"2010301":{"基本支出":"1"}}},"05":{"rows":{"2010301":{"基本支出":"1"}}}}}`;
    expect(problems(apart)).toEqual([]);
  });
});

describe("amounts longer than the document can sum exactly", () => {
  const longest = `${"9".repeat(MAX_INTEGER_DIGITS)}.${"9".repeat(MAX_DECIMALS)}`;

  it("the longest amount allowed sums exactly, 10^7 times over", () => {
    expect(amountLengthProblem(longest)).toBeNull();
    let sum = money(longest);
    for (let step = 0; step < 7; step++) {
      let tenfold = sum;
      for (let k = 1; k < 10; k++) tenfold = add(tenfold, sum);
      sum = tenfold;
    }
    const digits = `${longest.replace(".", "")}0000000`;
    const expected = `${digits.slice(0, -MAX_DECIMALS)}.${digits.slice(-MAX_DECIMALS)}`.replace(/0+$/, "");
    expect(toFileString(sum)).toBe(expected);
  });

  it("a 45-digit amount in a file is refused with the path and the reason", () => {
    const text = `${head}"tables":{"03":{"rows":{"2010301":{"基本支出":"${"1".repeat(45)}"}}}}}`;
    expect(problems(text)).toEqual([
      `tables.03.rows.2010301.基本支出：公开03表行“2010301”栏目“基本支出”：金额过长：整数最多 ${MAX_INTEGER_DIGITS} 位（否则合计不精确）`,
    ]);
    const decimals = `${head}"tables":{"03":{"rows":{"2010301":{"基本支出":"1.${"1".repeat(MAX_DECIMALS + 1)}"}}}}}`;
    expect(problems(decimals)[0]).toContain(`小数最多 ${MAX_DECIMALS} 位`);
  });

  it("a typed amount with more integer digits is refused, never rounded", () => {
    const typed = parseUserAmount("1".repeat(MAX_INTEGER_DIGITS + 1));
    expect(typed).toEqual({
      ok: false,
      message: `“${"1".repeat(MAX_INTEGER_DIGITS + 1)}”金额过长：整数最多 ${MAX_INTEGER_DIGITS} 位（否则合计不精确）`,
    });
    expect(parseUserAmount("1".repeat(MAX_INTEGER_DIGITS))).toMatchObject({ ok: true });
    expect(parseUserAmount(`0000${"1".repeat(MAX_INTEGER_DIGITS)}`)).toMatchObject({ ok: true });
  });

  it("a document of the longest amounts opens and its totals are exact", () => {
    const amount = `${"9".repeat(MAX_INTEGER_DIGITS)}.99`;
    const text = `${head}"tables":{"03":{"rows":{"2010301":{"基本支出":"${amount}","项目支出":"${amount}"},"2010350":{"基本支出":"${amount}"}}}}}`;
    const result = parseDocumentText(text);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const total = new Workbook(result.document).derivedValue(cellId("03", "合计", "本年支出合计"));
    const cents = BigInt(amount.replace(".", "")) * 3n;
    expect(total && toFileString(total)).toBe(`${cents / 100n}.${String(cents % 100n).padStart(2, "0")}`);
  });
});
