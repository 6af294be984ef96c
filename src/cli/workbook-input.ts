/** Workbook (.xlsx) inputs of the command line: read and recognised before the (synchronous) commands run. */
import { readFileSync } from "node:fs";
import type { JuesuanDocument } from "../domain/document/model";
import { findTemplate } from "../domain/templates/registry";
import { importReportLines } from "../domain/xlsx/report-text";
import { importWorkbookBytes } from "../xlsx/import-workbook";
import { isWorkbookFile } from "../xlsx/workbook-file";
import { fileErrorReason } from "./file-error";

export type WorkbookInput =
  | { ok: true; document: JuesuanDocument; report: string[] }
  | { ok: false; message: string };

export async function readWorkbookInput(file: string): Promise<WorkbookInput> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return {
      ok: false,
      message: `无法读取文件（${fileErrorReason(error)}）`,
    };
  }
  const result = await importWorkbookBytes(bytes, { fileName: file });
  if (!result.ok) return result;
  const template = findTemplate(result.report.template);
  const report = template ? importReportLines(result.report, template, result.document.meta) : [];
  return { ok: true, document: result.document, report: report.map((line) => `${file}：${line}`) };
}

/** Every workbook among the arguments, read and recognised. */
export async function readWorkbookInputs(args: readonly string[]): Promise<Map<string, WorkbookInput>> {
  const inputs = new Map<string, WorkbookInput>();
  for (const file of args.filter((a) => !a.startsWith("--") && isWorkbookFile({ name: a })))
    inputs.set(file, await readWorkbookInput(file));
  return inputs;
}
