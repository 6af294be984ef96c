import { findTemplate, listTemplates } from "../domain/templates/registry";
import { type RecogniseOptions, recogniseWorkbook, type WorkbookImport } from "../domain/xlsx/recognise";
import { readWorkbook } from "./read-workbook";

/**
 * Reads an .xlsx file and finds the nine tables in it (the preferred template first, so that it wins a
 * tie). Never throws: a file that is not a workbook, is protected, or holds no table gets a Chinese message.
 */
export async function importWorkbookBytes(
  bytes: Uint8Array | ArrayBuffer,
  options: { preferredTemplate?: string; defaults?: RecogniseOptions["defaults"] } = {},
): Promise<WorkbookImport> {
  const read = await readWorkbook(bytes);
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
