/**
 * A real client recalculates the exported workbook: LibreOffice (Debian's libreoffice-calc-nogui, which
 * `npm test` installs when absent and root) opens it with a profile that recalculates every formula on
 * load, saves it again, and every value it computed must equal what the editor shows. Skipped with a
 * message when LibreOffice is not installed.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { JuesuanDocument } from "../domain/document/model";
import { parseDocumentText } from "../domain/document/parse";
import { toFileString } from "../domain/money";
import { arbDocument } from "../domain/testing/documents";
import { Workbook } from "../domain/workbook/workbook";
import { key } from "../domain/xlsx/sheet-model";
import { amountPlaces, workbookSheets } from "../export/xlsx/layout";
import type { OutSheet } from "../export/xlsx/out-model";
import { readWorkbook } from "./read-workbook";
import { writeWorkbook } from "./write-workbook";

const SOFFICE = process.env.SOFFICE_PATH ?? "/usr/bin/soffice";
const available = existsSync(SOFFICE);
if (!available)
  console.warn(
    `LibreOffice 重算测试已跳过：未找到 ${SOFFICE}（安装：apt-get install libreoffice-calc-nogui）`,
  );

/** A throw-away profile whose Calc recalculates xlsx formulas on load (by default it keeps the cached values). */
function recalcProfile(dir: string): string {
  const user = join(dir, "profile", "user");
  mkdirSync(user, { recursive: true });
  writeFileSync(
    join(user, "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  return `file://${join(dir, "profile")}`;
}

/** Converts the files with LibreOffice (recalculating), returning the converted copies' paths. */
function recalculate(files: readonly string[], dir: string): string[] {
  const out = join(dir, "out");
  execFileSync(
    SOFFICE,
    [
      `-env:UserInstallation=${recalcProfile(dir)}`,
      "--headless",
      "--convert-to",
      "xlsx",
      "--outdir",
      out,
      ...files,
    ],
    { stdio: "pipe", timeout: 240_000 },
  );
  return files.map((f) => join(out, f.split("/").at(-1) as string));
}

/** Every cached result is wrong before LibreOffice sees it: only a recalculation gives the right figures. */
function spoilCachedResults(sheets: OutSheet[]): OutSheet[] {
  for (const sheet of sheets)
    for (const cell of sheet.cells)
      if (cell.value?.kind === "formula" && cell.value.result !== null)
        cell.value = { ...cell.value, result: "999999.99" };
  return sheets;
}

/** Every amount the editor shows, against the recalculated workbook: [cell, editor, LibreOffice] that differ. */
async function differences(
  workbook: Workbook,
  file: string,
): Promise<[string, string | null, string | null][]> {
  const read = await readWorkbook(readFileSync(file));
  if (!read.ok) throw new Error(read.message);
  const sheets = new Map(read.sheets.map((sheet) => [sheet.name, sheet]));
  const out: [string, string | null, string | null][] = [];
  let compared = 0;
  for (const [id, place] of amountPlaces(workbook)) {
    const shown = workbook.shown(id);
    const expected = shown === null ? null : toFileString(shown);
    const cell = sheets.get(place.sheet)?.cells.get(key(place.row, place.col));
    const actual = cell?.number ?? (cell?.text ? cell.text : null);
    compared++;
    const same =
      expected === null || actual === null ? expected === actual : Number(expected) === Number(actual);
    if (!same) out.push([id, expected, actual]);
  }
  expect(compared).toBeGreaterThan(100);
  return out;
}

function sample(): JuesuanDocument {
  const parsed = parseDocumentText(readFileSync("public/samples/seed-2023.json", "utf8"));
  if (!parsed.ok) throw new Error("sample");
  return parsed.document;
}

describe.skipIf(!available)("LibreOffice recalculates the exported workbook", () => {
  it("to the values the editor shows, for the sample and generated documents", async () => {
    const dir = mkdtempSync(join(tmpdir(), "juesuan-lo-"));
    const docs = [
      sample(),
      ...fc.sample(arbDocument({ templates: ["2023"], maxRows: 8, stated: true }), { numRuns: 2, seed: 7 }),
      ...fc.sample(arbDocument({ templates: ["2023-24"], maxRows: 8 }), { numRuns: 1, seed: 8 }),
    ];
    const workbooks = docs.map((d) => new Workbook(structuredClone(d)));
    const files: string[] = [];
    for (const [i, workbook] of workbooks.entries()) {
      const file = join(dir, `doc${i}.xlsx`);
      writeFileSync(file, await writeWorkbook(spoilCachedResults(workbookSheets(workbook))));
      files.push(file);
    }
    const recalculated = recalculate(files, dir);
    for (const [i, workbook] of workbooks.entries())
      expect(await differences(workbook, recalculated[i] as string), `doc${i}`).toEqual([]);
  }, 300_000);
});
