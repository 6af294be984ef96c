import { AG_GRID_LOCALE_CN } from "@ag-grid-community/locale";
import { describe, expect, it } from "vitest";
import subset from "./ag-locale-zh.json";

describe("the grid's Chinese texts (scripts/ag-locale-subset.mjs)", () => {
  it("are AG Grid's own translations, for the texts a user of the grid can see", () => {
    const full: Record<string, string> = AG_GRID_LOCALE_CN;
    for (const [key, text] of Object.entries(subset)) expect(text, key).toBe(full[key]);
    for (const key of ["loadingOoo", "noRowsToShow", "ariaInputEditor", "ariaRowIndex"])
      expect(Object.keys(subset)).toContain(key);
  });
});
