import { describe, expect, it } from "vitest";
import { amountFromSpreadsheet, spreadsheetNumber } from "./spreadsheet-number";

describe("spreadsheet numbers", () => {
  it("reads a double as the figure Excel shows, with two decimals at least", () => {
    expect(amountFromSpreadsheet(1234.5600000000002)).toBe("1234.56");
    expect(amountFromSpreadsheet(4)).toBe("4.00");
    expect(amountFromSpreadsheet(0.1 + 0.2)).toBe("0.30");
    expect(amountFromSpreadsheet(-0)).toBe("0.00");
    expect(amountFromSpreadsheet(12.345)).toBe("12.345");
    expect(amountFromSpreadsheet(120)).toBe("120.00");
    expect(amountFromSpreadsheet(-3.1)).toBe("-3.10");
    expect(amountFromSpreadsheet(1e20)).toBe("100000000000000000000.00");
    expect(amountFromSpreadsheet(1.5e-7)).toBe("0.00000015");
    expect(() => amountFromSpreadsheet(Number.NaN)).toThrow();
  });

  it("writes the nearest double of an amount string and refuses anything else", () => {
    expect(spreadsheetNumber("507.92")).toBe(507.92);
    expect(() => spreadsheetNumber("1,2")).toThrow();
  });
});
