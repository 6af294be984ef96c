/**
 * Workbook export and import of the large document (Node, exceljs): `xlsx_export_ms` is the layout with
 * formulas and the writing of the .xlsx bytes; `xlsx_import_ms` reading those bytes, recognising the nine
 * tables and building the document. Wall time, as the other figures; the CPU time of the same runs is
 * reported beside it, since a loaded machine stretches wall time (exceljs works in many small async steps).
 * Called by domain.bench.ts.
 */
import type { JuesuanDocument } from "../src/domain/document/model";
import { Workbook } from "../src/domain/workbook/workbook";
import { workbookSheets } from "../src/export/xlsx/layout";
import { importWorkbookBytes } from "../src/xlsx/import-workbook";
import { writeWorkbook } from "../src/xlsx/write-workbook";
import { type Summary, summarise } from "./stats";

const cpuMs = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};

async function timeAsync(runs: number, fn: () => Promise<void>): Promise<{ wall: Summary; cpu: Summary }> {
  await fn(); // warm-up: loads exceljs and compiles the code paths
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    (globalThis as { gc?: () => void }).gc?.();
    const start = performance.now();
    const startCpu = cpuMs();
    await fn();
    wall.push(performance.now() - start);
    cpu.push(cpuMs() - startCpu);
  }
  return { wall: summarise(wall), cpu: summarise(cpu) };
}

export interface XlsxBench {
  export: { wall: Summary; cpu: Summary };
  import: { wall: Summary; cpu: Summary };
  bytes: number;
  figures: number;
  unplaced: number;
}

export async function benchXlsx(doc: JuesuanDocument, runs = 5): Promise<XlsxBench> {
  const workbook = new Workbook(structuredClone(doc));
  let bytes: Uint8Array = new Uint8Array();
  const exported = await timeAsync(runs, async () => {
    bytes = await writeWorkbook(workbookSheets(workbook));
  });
  let figures = 0;
  let unplaced = -1;
  const imported = await timeAsync(runs, async () => {
    const result = await importWorkbookBytes(bytes);
    if (!result.ok) throw new Error(result.message);
    figures = result.report.figures;
    unplaced = result.report.unplaced.length;
  });
  return { export: exported, import: imported, bytes: bytes.byteLength, figures, unplaced };
}
