import { describe, expect, it } from "vitest";
import { consistentDocument } from "../testing/consistent-document";
import { Workbook } from "../workbook/workbook";
import { CheckSession } from "./session";

const ITEMS = [{ code: "2010301", basic: 100_00, project: 0 }];

/**
 * The findings of a consistent document whose 06 人员经费 is 999.00 (05 基本支出 ≠ 06, X-12) and
 * whose empty 07 has no 说明 below it.
 */
function findings(template: string) {
  const doc = consistentDocument(ITEMS, "万元", template);
  const wb = new Workbook({ ...doc, notes: {} });
  wb.apply([{ kind: "set", table: "06", row: "30101", col: "决算数", value: "999.00" }]);
  return new CheckSession(wb).findings();
}

const messageOf = (list: ReturnType<typeof findings>, rule: string) =>
  list.find((f) => f.rule === rule)?.message ?? "";

describe("findings call tables as the template prints them", () => {
  it("a 上海 document says 表五/表六 and 表八 (政府性基金), never an id", () => {
    const list = findings("shanghai-2024");
    expect(messageOf(list, "X-12")).toContain("表五·合计·基本支出");
    expect(messageOf(list, "X-12")).toContain("表六·");
    expect(list.map((f) => f.message).join("\n")).toContain("表八没有数据");
    for (const f of list) expect(`${f.message}${f.likelyCause ?? ""}`).not.toMatch(/(?<![\d开])0\d表/);
  });

  it("a 2023 document keeps its 05表/06表 and 07表", () => {
    const list = findings("2023");
    expect(messageOf(list, "X-12")).toContain("05表·合计·");
    expect(messageOf(list, "X-12")).toContain("06表·人员经费合计");
    expect(list.map((f) => f.message).join("\n")).toContain("07表没有数据");
  });
});
