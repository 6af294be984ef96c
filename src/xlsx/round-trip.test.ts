import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { JuesuanDocument } from "../domain/document/model";
import { parseDocumentText } from "../domain/document/parse";
import { cellId } from "../domain/engine/cell-id";
import { money, toFileString } from "../domain/money";
import { TABLE_IDS } from "../domain/templates/types";
import { arbDocument, TEMPLATE_IDS } from "../domain/testing/documents";
import { Workbook } from "../domain/workbook/workbook";
import { recogniseWorkbook } from "../domain/xlsx/recognise";
import { workbookSheets } from "../export/xlsx/layout";
import { readWorkbook } from "./read-workbook";
import { writeWorkbook } from "./write-workbook";

function sample(): JuesuanDocument {
  const parsed = parseDocumentText(readFileSync("public/samples/seed-2023.json", "utf8"));
  if (!parsed.ok) throw new Error("sample");
  return parsed.document;
}

async function roundTrip(doc: JuesuanDocument): Promise<JuesuanDocument> {
  const bytes = await writeWorkbook(workbookSheets(new Workbook(structuredClone(doc))));
  const read = await readWorkbook(bytes);
  if (!read.ok) throw new Error(read.message);
  const result = recogniseWorkbook(read.sheets);
  if (!result.ok) throw new Error(result.message);
  expect(result.report.unplaced).toEqual([]);
  return result.document;
}

/**
 * What a workbook can carry: amounts by value ("4" and "4.00" are one number in a cell), and an entered
 * blank is a blank cell either way (given as blank or not given). Stated blanks on derived cells stay.
 */
function comparable(doc: JuesuanDocument) {
  const workbook = new Workbook(structuredClone(doc));
  const tables: Record<string, unknown> = {};
  for (const id of TABLE_IDS) {
    const data = doc.tables[id];
    const rows: Record<string, Record<string, string | null>> = {};
    const layout = workbook.template.tables[id].layout;
    for (const [row, cells] of Object.entries(data?.rows ?? {})) {
      const kept: Record<string, string | null> = {};
      for (const [col, value] of Object.entries(cells)) {
        if (value === null && !workbook.isDerived(cellId(id, row, col))) continue;
        kept[col] = value === null ? null : toFileString(money(value));
      }
      // A fixed row (or the 合计 row) without figures is the same as no such row.
      const implied = layout.kind === "panes" || row === layout.totalRow.key;
      if (!implied || Object.keys(kept).length > 0) rows[row] = kept;
    }
    tables[id] = { rows, names: data?.names ?? {}, columnLabels: data?.columnLabels ?? {} };
  }
  return { meta: doc.meta, tables, notes: doc.notes ?? {} };
}

describe("xlsx round trip: export then import gives the same document", () => {
  it("the sample: figures, stated values, names, printed labels and 说明", async () => {
    const doc = sample();
    expect(comparable(await roundTrip(doc))).toEqual(comparable(doc));
  });

  it.each(TEMPLATE_IDS)("generated documents of template %s, stated values included", async (template) => {
    const docs = fc.sample(arbDocument({ templates: [template], stated: true, maxRows: 6 }), {
      numRuns: 4,
      seed: 15,
    });
    for (const doc of docs) expect(comparable(await roundTrip(doc))).toEqual(comparable(doc));
  });
});
