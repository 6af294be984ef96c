import { describe, expect, it } from "vitest";
import { headerRows } from "./header";

const spans = (paths: string[][]) =>
  headerRows(paths.map((path) => ({ path }))).map((row) =>
    row.map((c) => `${c.text}:${c.colspan}x${c.rowspan}@${c.column}`),
  );

describe("headerRows", () => {
  it("merges neighbours under a shared group and lets own labels reach the last row", () => {
    expect(
      spans([
        ["项 目", "编码"],
        ["项 目", "名称"],
        ["年初"],
        ["本年支出", "小计"],
        ["本年支出", "基本支出"],
        ["年末"],
      ]),
    ).toEqual([
      ["项 目:2x1@0", "年初:1x2@2", "本年支出:2x1@3", "年末:1x2@5"],
      ["编码:1x1@0", "名称:1x1@1", "小计:1x1@3", "基本支出:1x1@4"],
    ]);
  });

  it("does not merge equal groups that are not neighbours, nor equal own labels", () => {
    expect(spans([["A", "x"], ["B"], ["A", "y"], ["合计"], ["合计"]])).toEqual([
      ["A:1x1@0", "B:1x2@1", "A:1x1@2", "合计:1x2@3", "合计:1x2@4"],
      ["x:1x1@0", "y:1x1@2"],
    ]);
  });

  it("handles three levels", () => {
    expect(
      spans([
        ["预算数", "合计"],
        ["预算数", "车", "小计"],
        ["预算数", "车", "购置"],
        ["决算数", "车", "小计"],
      ]),
    ).toEqual([
      ["预算数:3x1@0", "决算数:1x1@3"],
      ["合计:1x2@0", "车:2x1@1", "车:1x1@3"],
      ["小计:1x1@1", "购置:1x1@2", "小计:1x1@3"],
    ]);
  });
});
