import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkWorkbook } from "../domain/checks";
import type { JuesuanDocument } from "../domain/document/model";
import { parseDocumentText } from "../domain/document/parse";
import { comparable } from "../domain/testing/comparable";
import { arbDocument, smallDocument, TEMPLATE_IDS, withRows } from "../domain/testing/documents";
import { fullDocument } from "../domain/testing/full-document";
import { Workbook } from "../domain/workbook/workbook";
import { recogniseWorkbook } from "../domain/xlsx/recognise";
import { key } from "../domain/xlsx/sheet-model";
import { workbookSheets } from "../export/xlsx/layout";
import { notesSheet } from "../export/xlsx/notes-sheet";
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

  it.each(["shanghai-2024", "shanghai-2024-24"])(
    "a %s document with every row filled (sheets named by title: the layout prints no 公开NN表)",
    async (template) => {
      const doc = fullDocument(template, { stated: true });
      expect(comparable(await roundTrip(doc))).toEqual(comparable(doc));
    },
  );

  it("the sample with 科目编码 split into 类/款/项 columns", async () => {
    const doc = sample();
    doc.meta.codeDisplay = "split";
    const back = await roundTrip(doc);
    expect(comparable(back).tables).toEqual(comparable(doc).tables);
  });
});

describe("xlsx export: text stays text, units and the 审核与批注 sheet", () => {
  it("writes names starting with = + - @ as text cells, never formulas, and reads them back", async () => {
    const names = {
      "2010301": '=HYPERLINK("http://x")',
      "2010350": "+1",
      "2080501": "-SUM(A1)",
      "2080502": "@A1",
    };
    let doc = withRows(smallDocument(), "03", { "2080502": { 基本支出: "1.00" } }, names);
    doc = { ...doc, meta: { ...doc.meta, department: "=1+1" } };
    const bytes = await writeWorkbook(workbookSheets(new Workbook(structuredClone(doc))));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    const texts: ExcelJS.Cell[] = [];
    for (const sheet of book.worksheets)
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (typeof cell.value === "string" && /^[=+\-@]/.test(cell.value)) texts.push(cell);
        }),
      );
    expect(texts.map((c) => c.value)).toEqual(expect.arrayContaining(Object.values(names)));
    expect(texts.every((c) => c.type === ExcelJS.ValueType.String)).toBe(true);
    const back = await roundTrip(doc);
    expect(back.tables["03"]?.names).toMatchObject(names);
    expect(back.meta.department).toBe("=1+1");
  });

  it("a 元 document keeps its unit and its figures", async () => {
    const doc = { ...smallDocument(), meta: { ...smallDocument().meta, unit: "元" as const } };
    const back = await roundTrip(doc);
    expect(back.meta.unit).toBe("元");
    expect(comparable(back)).toEqual(comparable(doc));
  });

  it("adds the findings and comments as a last sheet, which importing ignores", async () => {
    const workbook = new Workbook(sample());
    const findings = checkWorkbook(workbook);
    const sheets = [...workbookSheets(workbook), notesSheet(workbook, findings)];
    expect(sheets.at(-1)?.name).toBe("审核与批注");
    const read = await readWorkbook(await writeWorkbook(sheets));
    if (!read.ok) throw new Error(read.message);
    const notes = read.sheets.at(-1);
    expect(notes?.cells.size).toBe(3 * (findings.length + 1));
    expect(notes?.cells.get(key(2, 3))?.text).toBe(findings[0]?.message);
    const result = recogniseWorkbook(read.sheets);
    if (!result.ok) throw new Error(result.message);
    expect(result.report.unplaced).toEqual([]);
    expect(comparable(result.document)).toEqual(comparable(sample()));
  });
});
