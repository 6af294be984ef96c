import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDocumentText } from "../document/parse";
import { template2023, templateShanghai } from "../testing/templates";
import { figuresOf, planConversion } from "./convert";
import { Workbook } from "./workbook";

function sample(): Workbook {
  const parsed = parseDocumentText(readFileSync("public/samples/seed-2023.json", "utf8"));
  if (!parsed.ok) throw new Error("sample");
  return new Workbook(parsed.document);
}

describe("转换模板", () => {
  it("moves the sample to shanghai-2024 and back without losing a figure; 09 and 05 keep theirs", () => {
    const wb = sample();
    const before = figuresOf(wb);
    const shown05 = wb.shown("05|合计|小计" as never)?.toString();
    const there = planConversion(wb, templateShanghai);
    expect(there.lost).toEqual([]);
    wb.apply(there.edits);
    expect(wb.template.id).toBe("shanghai-2024");
    expect(wb.doc.meta.template).toBe("shanghai-2024");
    expect(figuresOf(wb)).toEqual(before);
    expect(wb.shown("05|合计|小计" as never)?.toString()).toBe(shown05);
    const back = planConversion(wb, template2023);
    expect(back.lost).toEqual([]);
    wb.apply(back.edits);
    expect(figuresOf(wb)).toEqual(before);
  });

  it("lists every figure without a place before applying; undo brings them and the template back", () => {
    const wb = sample();
    wb.apply([
      { kind: "set", table: "06", row: "30701", col: "决算数", value: "1.00" },
      { kind: "set", table: "08", row: "2230101", col: "基本支出", value: "2.00" },
    ]);
    const before = figuresOf(wb);
    const toShanghai = planConversion(wb, templateShanghai);
    expect(toShanghai.lost.map((f) => `${f.table}|${f.row}|${f.col}=${f.value}`)).toEqual([
      "06|30701|决算数=1.00",
    ]);
    wb.apply(toShanghai.edits);
    wb.apply([{ kind: "set", table: "08", row: "2230101", col: "年初结转和结余", value: "3.00" }]);
    const conversion = planConversion(wb, template2023);
    // 06 30701 went with the move to 上海 (no 307 there); 08's carry-over column has no place in 2023.
    // The place is named as the open 上海 document prints it: its 国有资本 table is 表九.
    expect(conversion.lost.map((f) => `${f.place}=${f.value}`)).toEqual([
      "表九 · 2230101 · 年初结转和结余=3.00",
    ]);
    const withCarry = figuresOf(wb);
    const result = wb.apply(conversion.edits);
    expect(wb.template.id).toBe("2023");
    expect(figuresOf(wb).has("08|2230101|年初结转和结余")).toBe(false);
    wb.apply(result.patch.inverse);
    expect(wb.template.id).toBe("shanghai-2024");
    expect(figuresOf(wb)).toEqual(withCarry);
    expect(before.get("06|30701|决算数")).toBe("1.00");
  });
});
