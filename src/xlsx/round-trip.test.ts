import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { JuesuanDocument } from "../domain/document/model";
import { parseDocumentText } from "../domain/document/parse";
import { comparable } from "../domain/testing/comparable";
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
