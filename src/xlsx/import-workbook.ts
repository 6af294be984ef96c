import { findTemplate, listTemplates } from "../domain/templates/registry";
import { csvSheet, decodeCsv } from "../domain/xlsx/csv";
import { type RecogniseOptions, recogniseWorkbook, type WorkbookImport } from "../domain/xlsx/recognise";
import { readWorkbook } from "./read-workbook";
import { isCsvFile } from "./workbook-file";

const baseName = (path: string) => path.split(/[\\/]/).at(-1) ?? path;

/**
 * Reads an .xlsx file (or, by its name, a .csv file: one sheet) and finds the nine tables in it (the preferred template first, so that it wins a
 * tie). Never throws: a file that is not a workbook, is protected, or holds no table gets a Chinese message.
 */
export async function importWorkbookBytes(
  bytes: Uint8Array | ArrayBuffer,
  options: { fileName?: string; preferredTemplate?: string; defaults?: RecogniseOptions["defaults"] } = {},
): Promise<WorkbookImport> {
  const csv = options.fileName !== undefined && isCsvFile({ name: options.fileName });
  const read = csv
    ? {
        ok: true as const,
        sheets: [csvSheet(baseName(options.fileName ?? ""), decodeCsv(new Uint8Array(bytes)))],
      }
    : await readWorkbook(bytes);
  if (!read.ok) return read;
  const preferred = options.preferredTemplate ? findTemplate(options.preferredTemplate) : undefined;
  const templates = preferred
    ? [preferred, ...listTemplates().filter((t) => t !== preferred)]
    : listTemplates();
  return recogniseWorkbook(read.sheets, {
    templates,
    ...(options.defaults ? { defaults: options.defaults } : {}),
  });
}
