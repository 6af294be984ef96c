import { afterEach, describe, expect, it } from "vitest";
import { loadedEdition } from "./edition";
import {
  activeCatalog,
  catalogName,
  chooseCatalog,
  economicCodeName,
  functionCodeName,
  listCatalogs,
  registerCatalog,
  removeCatalog,
} from "./lookup";

afterEach(() => {
  removeCatalog("loaded-2024");
  chooseCatalog(null);
});

const official2024 = () =>
  loadedEdition(2024, "2024年政府收支分类科目.csv", [
    { code: "2010301", name: "行政运行" },
    { code: "2130101", name: "行政运行（农业）" },
  ]);

describe("科目目录 lookup", () => {
  it("ships the 2023 and 2024 editions; a document reads the edition of its year, else the latest earlier one", () => {
    expect(listCatalogs().map((e) => [e.id, e.origin, e.complete])).toEqual([
      ["2023", "shipped", false],
      ["2024", "shipped", false],
    ]);
    expect(activeCatalog(2023)?.id).toBe("2023");
    expect(activeCatalog(2025)?.id).toBe("2024");
    expect(activeCatalog(2019)?.id).toBe("2023");
  });

  it("names 功能分类 and 经济分类 codes; 309 and its 款 only from 2024 on, then for earlier years too as a fallback", () => {
    expect(functionCodeName("2010301", 2023)).toBe("行政运行");
    expect(economicCodeName("30217", 2023)).toBe("公务接待费");
    expect(functionCodeName("30217", 2023)).toBeUndefined();
    expect(catalogName("30901", 2024)?.edition.id).toBe("2024");
    expect(catalogName("30901", 2023)).toEqual({
      name: "房屋建筑物购建",
      edition: expect.objectContaining({ id: "2024" }),
    });
    expect(functionCodeName("2999999", 2024)).toBeUndefined();
  });

  it("prefers an edition loaded for the year, and a chosen edition whatever the year", () => {
    registerCatalog(official2024());
    expect(activeCatalog(2024)?.id).toBe("loaded-2024");
    expect(activeCatalog(2023)?.id).toBe("2023");
    expect(functionCodeName("2130101", 2024)).toBe("行政运行（农业）");
    chooseCatalog("loaded-2024");
    expect(activeCatalog(2023)?.id).toBe("loaded-2024");
    expect(catalogName("2130101", 2023)?.edition.id).toBe("loaded-2024");
    removeCatalog("loaded-2024");
    expect(activeCatalog(2023)?.id).toBe("2023");
    expect(functionCodeName("2130101", 2024)).toBeUndefined();
  });
});
