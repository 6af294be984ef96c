import { describe, expect, it } from "vitest";
import { blockForRange, isMultiCell, rectangle, step } from "./range";

const rows = ["lane", "合计", "201", "20103", "2010301"];
const cols = ["code", "name", "a", "b", "c"];

describe("rectangle", () => {
  it("spans anchor and focus in display order, whichever end comes first", () => {
    const down = rectangle(rows, cols, {
      anchor: { row: "201", col: "a" },
      focus: { row: "2010301", col: "b" },
    });
    const up = rectangle(rows, cols, {
      anchor: { row: "2010301", col: "b" },
      focus: { row: "201", col: "a" },
    });
    expect(down).toEqual({ rows: ["201", "20103", "2010301"], cols: ["a", "b"] });
    expect(up).toEqual(down);
  });

  it("is null when an end is no longer in the grid (its row was removed)", () => {
    expect(
      rectangle(rows, cols, { anchor: { row: "208", col: "a" }, focus: { row: "201", col: "a" } }),
    ).toBeNull();
  });

  it("a single cell is not a multi-cell range", () => {
    const one = rectangle(rows, cols, { anchor: { row: "201", col: "a" }, focus: { row: "201", col: "a" } });
    expect(isMultiCell(one)).toBe(false);
    expect(
      isMultiCell(
        rectangle(rows, cols, { anchor: { row: "201", col: "a" }, focus: { row: "201", col: "b" } }),
      ),
    ).toBe(true);
  });
});

describe("step", () => {
  it("moves one row or column and stops at the edges", () => {
    expect(step(rows, cols, { row: "201", col: "a" }, "down")).toEqual({ row: "20103", col: "a" });
    expect(step(rows, cols, { row: "201", col: "a" }, "left")).toEqual({ row: "201", col: "name" });
    expect(step(rows, cols, { row: "lane", col: "code" }, "up")).toEqual({ row: "lane", col: "code" });
    expect(step(rows, cols, { row: "2010301", col: "c" }, "right")).toEqual({ row: "2010301", col: "c" });
  });
});

describe("blockForRange", () => {
  it("fills the whole range with a single copied value, as Excel does", () => {
    expect(blockForRange([["5"]], 2, 3)).toEqual([
      ["5", "5", "5"],
      ["5", "5", "5"],
    ]);
  });

  it("leaves blank the cells of the range that take no value (codes, names)", () => {
    expect(blockForRange([["5"]], 2, 2, (_, c) => c > 0)).toEqual([
      ["", "5"],
      ["", "5"],
    ]);
  });

  it("pastes a larger block as it is (from the range's top-left)", () => {
    expect(blockForRange([["1", "2"]], 3, 3)).toEqual([["1", "2"]]);
    expect(blockForRange([["7"]], 1, 1)).toEqual([["7"]]);
  });
});
