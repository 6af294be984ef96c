import { describe, expect, it } from "vitest";
import { parseDocumentText } from "../../domain/document/parse";
import { serialiseDocument } from "../../domain/document/serialise";
import { Workbook } from "../../domain/workbook/workbook";
import {
  blankDocumentFromForm,
  copyName,
  defaultDocumentName,
  exportFileName,
  freshName,
  importedName,
  newDocumentId,
  sortIndex,
  storedText,
} from "./documents";
import type { DocumentIndexRecord } from "./types";

describe("blankDocumentFromForm", () => {
  it("builds a blank document that reads back and opens", () => {
    const result = blankDocumentFromForm({
      department: " 某某局 ",
      year: "2024",
      unit: "元",
      template: "2023-24",
    });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.document).toEqual({
      format: "juesuan",
      version: 1,
      meta: { department: "某某局", year: 2024, unit: "元", template: "2023-24" },
      tables: {},
      notes: {},
    });
    const parsed = parseDocumentText(serialiseDocument(result.document));
    expect(parsed.ok).toBe(true);
    expect(() => new Workbook(result.document)).not.toThrow();
  });

  it("says what is wrong with each field", () => {
    const result = blankDocumentFromForm({ department: " ", year: "24", unit: "万元", template: "1999" });
    expect(result).toEqual({
      ok: false,
      errors: {
        department: "请填写部门名称",
        year: "年度应为 1990 至 2100 之间的四位数",
        template: "请选择模板",
      },
    });
  });
});

describe("names", () => {
  it("defaultDocumentName", () => {
    expect(defaultDocumentName({ department: "财政局", year: 2023 })).toBe("财政局（2023 年度）");
  });

  it("copyName picks the first free 副本 name", () => {
    expect(copyName("甲", [])).toBe("甲（副本）");
    expect(copyName("甲", ["甲（副本）"])).toBe("甲（副本 2）");
    expect(copyName("甲（副本）", ["甲（副本）", "甲（副本 2）"])).toBe("甲（副本 3）");
  });

  it("freshName keeps a free name and numbers a taken one", () => {
    expect(freshName("示例：甲", [])).toBe("示例：甲");
    expect(freshName("示例：甲", ["示例：甲"])).toBe("示例：甲（2）");
    expect(freshName("示例：甲", ["示例：甲", "示例：甲（2）"])).toBe("示例：甲（3）");
  });

  it("importedName drops the extension", () => {
    expect(importedName("财政局-2023-决算.json")).toBe("财政局-2023-决算");
    expect(importedName("x.HTML")).toBe("x");
    expect(importedName("财政局-2023-决算.xlsx")).toBe("财政局-2023-决算");
    expect(importedName(".json")).toBe("导入的文档");
  });

  it("importedName uses the department and year when the file name says nothing", () => {
    const meta = { department: "未来局", year: 2031 };
    expect(importedName("year-2031.json", meta)).toBe("未来局（2031 年度）");
    expect(importedName("download (3).xlsx", meta)).toBe("未来局（2031 年度）");
    expect(importedName("最终稿.json", meta)).toBe("最终稿");
    expect(importedName("weilaiju-未来局.json", meta)).toBe("weilaiju-未来局");
    expect(importedName("year-2031.json", { department: "", year: 2031 })).toBe("year-2031");
  });

  it("exportFileName is {部门}-{年度}-决算.json without forbidden characters", () => {
    expect(exportFileName({ department: "焦作经济技术产业集聚区管理委员会", year: 2023 })).toBe(
      "焦作经济技术产业集聚区管理委员会-2023-决算.json",
    );
    expect(exportFileName({ department: 'a/b:c*"d"\u0001', year: 2024 })).toBe("a_b_c__d__-2024-决算.json");
  });

  it("newDocumentId is unique", () => {
    const ids = new Set(Array.from({ length: 100 }, newDocumentId));
    expect(ids.size).toBe(100);
  });
});

describe("sortIndex", () => {
  it("puts the most recently saved first", () => {
    const record = (id: string, updatedAt: string) => ({ id, name: id, updatedAt }) as DocumentIndexRecord;
    const sorted = sortIndex([
      record("a", "2024-01-01"),
      record("b", "2024-03-01"),
      record("c", "2024-02-01"),
    ]);
    expect(sorted.map((r) => r.id)).toEqual(["b", "c", "a"]);
  });
});

describe("storedText", () => {
  it("reads back to the same document as the canonical file", async () => {
    const { readFileSync } = await import("node:fs");
    const sample = readFileSync(new URL("../../../public/samples/seed-2023.json", import.meta.url), "utf8");
    const parsed = parseDocumentText(sample);
    if (!parsed.ok) throw new Error("sample");
    const again = parseDocumentText(storedText(parsed.document));
    if (!again.ok) throw new Error(JSON.stringify(again.problems));
    expect(serialiseDocument(again.document)).toBe(serialiseDocument(parsed.document));
    expect(storedText(parsed.document)).not.toContain('"derived"');
  });
});
