import { describe, expect, it } from "vitest";
import { checkDocumentNarrative } from "../narrative/document-narrative";
import { tableOf } from "../templates/structure";
import { enteredCells } from "../testing/documents";
import { fullDocument } from "../testing/full-document";
import { SHIPPED_TEMPLATES } from "../testing/templates";
import { Workbook } from "../workbook/workbook";
import { checkWorkbook } from ".";

/** R06-4's rows: capital and transfer spending that basic spending rarely holds (a 提示 where filled). */
const RARE_06 = ["307", "31005", "31006", "31009", "31010", "31011", "31012", "312", "313"];

describe.each(SHIPPED_TEMPLATES.map((t) => [t.id, t] as const))(
  "template %s, every row filled",
  (id, template) => {
    const rareRows = RARE_06.filter((row) => tableOf(template, "06").layout.kind === "panes" && hasRow(row));
    function hasRow(row: string): boolean {
      const layout = tableOf(template, "06").layout;
      return layout.kind === "panes" && layout.panes.some((p) => p.rows.some((r) => r.key === row));
    }

    it.each([
      [1, false],
      [2, false],
      [3, true],
    ])("seed %i (stated totals: %s): no 错误, and only R06-4's 提示 on the rare 06 rows", (seed, stated) => {
      const workbook = new Workbook(fullDocument(id, { seed, stated }));
      const blank = enteredCells(workbook).filter((cell) => (workbook.stored(cell) ?? null) === null);
      expect(blank).toEqual([]);
      const findings = [...checkWorkbook(workbook), ...checkDocumentNarrative(workbook)];
      expect(findings.filter((f) => f.severity === "error").map((f) => f.message)).toEqual([]);
      const hints = findings.filter((f) => f.severity !== "error");
      expect(new Set(hints.map((f) => f.rule))).toEqual(new Set(rareRows.length > 0 ? ["R06-4"] : []));
      expect(hints.map((f) => f.cells[0]?.row).sort()).toEqual([...rareRows].sort());
    });
  },
);
