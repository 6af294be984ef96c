/** The narrative of an open document: its text and 补充数据 as the file holds them (format version 2). */
import type { Workbook } from "../workbook/workbook";
import { checkNarrative, type NarrativeInput } from "./check-narrative";
import type { NarrativeFinding } from "./findings";

/** The document's publication with its workbook and 补充数据; null when the file holds no publication. */
export function documentNarrative(workbook: Workbook): NarrativeInput | null {
  const { publication, supplement } = workbook.doc;
  return publication ? { publication, workbook, supplement: supplement ?? {} } : null;
}

/** 表文一致 over the document's own text; no findings for a document without a publication. */
export function checkDocumentNarrative(workbook: Workbook): NarrativeFinding[] {
  const input = documentNarrative(workbook);
  return input ? checkNarrative(input) : [];
}

export function isNarrativeFinding(finding: object): finding is NarrativeFinding {
  return "place" in finding;
}
