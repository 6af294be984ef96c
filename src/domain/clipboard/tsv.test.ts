import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseClipboardTable } from "./parse-clipboard";
import { plainAmount, toTsv } from "./tsv";

describe("toTsv", () => {
  it("writes tab-separated cells with CRLF line ends, as Excel puts them on the clipboard", () => {
    expect(
      toTsv([
        ["2010301", "行政运行", "17.11"],
        ["", "", ""],
      ]),
    ).toBe("2010301\t行政运行\t17.11\r\n\t\t\r\n");
  });

  it("quotes a cell holding a tab, a line break or a leading quote", () => {
    expect(toTsv([["a\tb", "x\ny", '"q"', 'say "hi"']])).toBe('"a\tb"\t"x\ny"\t"""q"""\tsay "hi"\r\n');
  });

  it("reads back cell for cell through the paste parser", () => {
    const cell = fc.string({ unit: fc.constantFrom("a", "1", " ", "\t", "\n", "\r\n", '"', "合") });
    const block = fc
      .integer({ min: 1, max: 4 })
      .chain((width) =>
        fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 4 }),
      );
    fc.assert(
      fc.property(block, (rows) => {
        // A row of one empty cell is a blank line, which any spreadsheet reads as one empty cell too.
        expect(parseClipboardTable(toTsv(rows))).toEqual(rows);
      }),
    );
  });
});

describe("plainAmount", () => {
  it("drops thousands separators so that a spreadsheet reads a number", () => {
    expect(plainAmount("1,284,722.30")).toBe("1284722.30");
    expect(plainAmount("-1,000.00")).toBe("-1000.00");
    expect(plainAmount("17.11")).toBe("17.11");
    expect(plainAmount("")).toBe("");
    expect(plainAmount("一、收入")).toBe("一、收入");
  });
});
