import { describe, expect, it } from "vitest";
import { isSplitBlock, looksLikeCode, readCodeCell, readLeadingCode } from "./subject-code";

describe("readCodeCell", () => {
  it("reads a code joined, spaced or bracketed", () => {
    expect(readCodeCell("2010301")).toEqual({ code: "2010301", explicit: false });
    expect(readCodeCell(" 201 03 01 ")).toEqual({ code: "2010301", explicit: true });
    expect(readCodeCell("201\u300003")).toEqual({ code: "20103", explicit: true });
    expect(readCodeCell("[2010301]")).toEqual({ code: "2010301", explicit: true });
    expect(readCodeCell("【201】")).toEqual({ code: "201", explicit: true });
  });

  it("is null for anything else", () => {
    for (const text of ["20103011", "2013", "17.11", "1,234", "行政运行", "", "2010 301"])
      expect(readCodeCell(text)).toBeNull();
  });
});

describe("looksLikeCode", () => {
  it("tells digits meant as a code from a name or an amount with decimals", () => {
    expect(looksLikeCode("20103011")).toBe(true);
    expect(looksLikeCode("[2013]")).toBe(true);
    expect(looksLikeCode("17.11")).toBe(false);
    expect(looksLikeCode("合计")).toBe(false);
  });
});

describe("split 类/款/项 columns", () => {
  const block = [
    ["201", "", "", "一般公共服务支出", "17.11"],
    ["201", "03", "", "政府办公厅（室）及相关机构事务", "17.11"],
    ["201", "03", "01", "行政运行", "17.11"],
  ];

  it("are recognised block-wide and joined", () => {
    expect(isSplitBlock(block)).toBe(true);
    expect(block.map((row) => readLeadingCode(row, true)?.code)).toEqual(["201", "20103", "2010301"]);
    expect(readLeadingCode(block[2] ?? [], true)?.cells).toBe(3);
  });

  it("are not taken from rows of amounts", () => {
    expect(isSplitBlock([["201", "5.5", "3"]])).toBe(false);
    expect(isSplitBlock([["201", "", "7"]])).toBe(false);
    expect(isSplitBlock([["2010301", "行政运行", "5"]])).toBe(false);
  });
});
