import type { ColDef, ColGroupDef } from "ag-grid-community";
import { describe, expect, it } from "vitest";
import { tableOf } from "../../domain/templates/structure";
import { smallDocument } from "../../domain/testing/documents";
import { template2023 } from "../../domain/testing/templates";
import { Workbook } from "../../domain/workbook/workbook";
import { cellText } from "./cell-text";
import { buildColumns, type GridColumn } from "./grid-columns";
import type { GridRow } from "./grid-rows";
import { copiedText } from "./range-copy";

const SIZES = { amount: 90, name: 200 };

/** The header tree as text: a group is [its header, its children]. */
function headers(columns: readonly GridColumn[]): unknown[] {
  return columns.map((c) =>
    "children" in c
      ? [(c as ColGroupDef).headerName, headers((c as ColGroupDef).children)]
      : (c as ColDef).headerName,
  );
}

describe("buildColumns: 科目编码 display", () => {
  const table = tableOf(template2023, "03");

  it("shows one 功能分类科目编码 column when joined", () => {
    const set = buildColumns(table, undefined, SIZES, "joined");
    expect(headers(set.defs)[0]).toEqual(["项 目", ["功能分类科目编码", "科目名称"]]);
    expect(set.info.get("p0:code")).toEqual({ table: "03", pane: 0, role: "code" });
  });

  it("shows 类, 款 and 项 under 功能分类科目编码 when split, before the name", () => {
    const set = buildColumns(table, undefined, SIZES, "split");
    expect(headers(set.defs)[0]).toEqual(["项 目", [["功能分类科目编码", ["类", "款", "项"]], "科目名称"]]);
    expect([0, 1, 2].map((part) => set.info.get(`p0:code${part}`)?.part)).toEqual([0, 1, 2]);
    expect(set.info.has("p0:code")).toBe(false);
    expect(set.valueColumns).toEqual(buildColumns(table, undefined, SIZES, "joined").valueColumns);
  });

  it("shows and copies each part of a code in its column, 合计 and 栏 次 in the first", () => {
    const workbook = new Workbook(smallDocument());
    const { info } = buildColumns(table, undefined, SIZES, "split");
    const part = (n: number) => {
      const found = info.get(`p0:code${n}`);
      if (!found) throw new Error(`no column p0:code${n}`);
      return found;
    };
    const row = (key: string): GridRow => ({ id: key, kind: "data", rows: [key] });
    const texts = (r: GridRow) => [0, 1, 2].map((n) => cellText(workbook, r, part(n)));
    expect(texts(row("2010301"))).toEqual(["201", "03", "01"]);
    expect(texts(row("20103"))).toEqual(["201", "03", ""]);
    expect(texts({ id: "合计", kind: "total", rows: ["合计"] })).toEqual(["合计", "", ""]);
    expect(texts({ id: "__lane", kind: "lane", rows: [] })).toEqual(["栏 次", "", ""]);
    expect(copiedText(workbook, row("2010301"), part(1))).toBe("03");
  });
});

describe("buildColumns: frozen 科目 columns", () => {
  /** Leaf column ids with how each is pinned. */
  const pins = (columns: readonly GridColumn[]): [string, unknown][] =>
    columns.flatMap((c) =>
      "children" in c
        ? pins((c as ColGroupDef<GridRow>).children)
        : [[(c as ColDef).colId ?? "", (c as ColDef).pinned ?? null] as [string, unknown]],
    );

  it("pins code and name to the left in a 科目 table, joined or split; amounts scroll", () => {
    for (const display of ["joined", "split"] as const) {
      const columns = pins(buildColumns(tableOf(template2023, "03"), undefined, SIZES, display).defs);
      const pinned = columns.filter(([, pin]) => pin === "left").map(([id]) => id);
      expect(pinned).toEqual(
        display === "joined" ? ["p0:code", "p0:name"] : ["p0:code0", "p0:code1", "p0:code2", "p0:name"],
      );
      expect(columns.length - pinned.length).toBe(6);
    }
  });

  it("pins nothing in a table of panes (06's three 经济分类 panes side by side)", () => {
    const columns = pins(buildColumns(tableOf(template2023, "06"), undefined, SIZES, "joined").defs);
    expect(columns.filter(([, pin]) => pin !== null)).toEqual([]);
  });
});
