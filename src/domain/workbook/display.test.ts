import { describe, expect, it } from "vitest";
import { blankDocument } from "../testing/documents";
import { displayCell } from "./display";
import { Workbook } from "./workbook";

describe("displayCell", () => {
  it("shows a 元 document in 元, as typed, with thousands separators (not converted to 万元)", () => {
    const workbook = new Workbook(blankDocument("2023", "元"));
    workbook.apply([{ kind: "set", table: "03", row: "2010301", col: "基本支出", value: "12345678.90" }]);
    expect(displayCell(workbook, "03|2010301|基本支出")).toBe("12,345,678.90");
    expect(displayCell(workbook, "03|合计|本年支出合计")).toBe("12,345,678.90");
  });

  it("shows a 万元 document with two decimals and separators; blank stays blank", () => {
    const workbook = new Workbook(blankDocument("2023", "万元"));
    workbook.apply([{ kind: "set", table: "03", row: "2010301", col: "基本支出", value: "1284722.3" }]);
    expect(displayCell(workbook, "03|合计|本年支出合计")).toBe("1,284,722.30");
    expect(displayCell(workbook, "03|2010301|项目支出")).toBe("");
  });
});
