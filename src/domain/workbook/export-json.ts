import { serialiseDocument } from "../document/serialise";
import type { CellId } from "../engine/cell-id";
import { toFileString } from "../money";
import type { Workbook } from "./workbook";

/** Every non-blank derived value, in the document's unit, for the file's `derived` section. */
export function derivedCells(workbook: Workbook): [CellId, string][] {
  const cells: [CellId, string][] = [];
  for (const [id, value] of workbook.derivedEntries())
    if (value !== null) cells.push([id, toFileString(value)]);
  return cells;
}

/** The document file (format version 1) with `derived` written for readers without a template. */
export function exportDocumentJson(workbook: Workbook): string {
  return serialiseDocument(workbook.doc, derivedCells(workbook));
}
