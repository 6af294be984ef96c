import { describe, expect, it } from "vitest";
import { tableOf } from "../../domain/templates/structure";
import { template2023 } from "../../domain/testing/templates";
import { buildColumns } from "./grid-columns";
import { headerLayout } from "./static-header";

const texts = (cells: { kind: string; text: string; span: number; lines: number }[]) =>
  cells.map((c) => `${c.kind}:${c.text}:${c.span}${c.lines > 1 ? `x${c.lines}` : ""}`);

describe("headerLayout", () => {
  it("01: the panes' captions above their columns", () => {
    const columns = buildColumns(tableOf(template2023, "01"), undefined, { amount: 90, name: 200 }, "joined");
    const { lines, leaves } = headerLayout(columns.defs);
    expect(lines).toHaveLength(2);
    expect(texts(lines[0] ?? [])).toEqual(["group:收入:3", "group:支出:3"]);
    expect(lines[1]?.map((c) => c.text)).toEqual(["项 目", "行次", "决算数", "项 目", "行次", "决算数"]);
    expect(leaves.map((l) => l.colId)).toEqual([
      "p0:label",
      "p0:line",
      "p0|决算数",
      "p1:label",
      "p1:line",
      "p1|决算数",
    ]);
    expect(lines[1]?.[2]?.rightAligned).toBe(true);
  });

  it("a shallower column reaches up to its parent's line; a shallower group is padded above", () => {
    const { lines } = headerLayout([
      { headerName: "项目", children: [{ headerName: "科目编码" }, { headerName: "科目名称" }] },
      { headerName: "本年支出合计", type: "rightAligned" },
      {
        headerName: "基本支出",
        children: [{ headerName: "小计" }, { headerName: "人员", children: [{ headerName: "工资" }] }],
      },
    ]);
    expect(lines.map(texts)).toEqual([
      ["pad::2", "leaf:本年支出合计:1x3", "group:基本支出:2"],
      ["group:项目:2", "leaf:小计:1x2", "group:人员:1"],
      ["leaf:科目编码:1", "leaf:科目名称:1", "leaf:工资:1"],
    ]);
  });
});
