import { describe, expect, it } from "vitest";
import { findTemplate } from "./registry";
import { namesAreIds, nameTables, tableName } from "./table-names";
import type { Template } from "./types";

function template(id: string): Template {
  const found = findTemplate(id);
  if (!found) throw new Error(`no template ${id}`);
  return found;
}

describe("tableName", () => {
  it("calls a 公开NN表 layout's tables by their number", () => {
    expect(tableName(template("2023"), "07")).toBe("07表");
    expect(tableName(template("2023"), "09")).toBe("09表");
    expect(namesAreIds(template("2023"))).toBe(true);
  });

  it("calls 上海's tables by the 目录's ordinal: 三公 is 表七, 政府性基金 表八, 国有资本 表九", () => {
    for (const id of ["shanghai-2024", "shanghai-2024-24"]) {
      const shanghai = template(id);
      expect(tableName(shanghai, "01")).toBe("表一");
      expect(tableName(shanghai, "09")).toBe("表七");
      expect(tableName(shanghai, "07")).toBe("表八");
      expect(tableName(shanghai, "08")).toBe("表九");
      expect(namesAreIds(shanghai)).toBe(false);
    }
  });
});

describe("nameTables", () => {
  const shanghai = template("shanghai-2024");

  it("rewrites single tables and lists of tables in a text written with ids", () => {
    expect(nameTables(shanghai, "05表 合计·基本支出 = 06表 人员经费合计")).toBe(
      "表五 合计·基本支出 = 表六 人员经费合计",
    );
    expect(nameTables(shanghai, "在02、03、05、07、08表中")).toBe("在表二、表三、表五、表八、表九中");
  });

  it("leaves a 公开NN表 label, longer numbers and tables the template lacks as written", () => {
    expect(nameTables(shanghai, "公开07表、2023表、10表")).toBe("公开07表、2023表、10表");
  });

  it("leaves every text of a 公开NN表 layout unchanged", () => {
    const text = "09表 决算数 ≥ 06表 对应基本支出；02、03表";
    expect(nameTables(template("2023"), text)).toBe(text);
  });
});
