/** The narrative of an open document: its text and 补充数据 as the file holds them (format version 2). */
import type { Workbook } from "../workbook/workbook";
import { checkNarrative, type NarrativeInput } from "./check-narrative";
import type { NarrativeFinding } from "./findings";

/** The document's publication with its workbook and 补充数据; null when the file holds no publication. */
export function documentNarrative(workbook: Workbook): NarrativeInput | null {
  const { publication, supplement } = workbook.doc;
  return publication ? { publication, workbook, supplement: supplement ?? {} } : null;
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/**
 * 表文一致 over the document's own text, errors first (in text order within a severity); no findings for
 * a document without a publication.
 */
export function checkDocumentNarrative(workbook: Workbook): NarrativeFinding[] {
  const input = documentNarrative(workbook);
  return input ? sortNarrativeFindings(checkNarrative(input)) : [];
}

/** Errors first, then 提示, then 尾差; in the 审核's order within a severity (a stable sort). */
export function sortNarrativeFindings(findings: NarrativeFinding[]): NarrativeFinding[] {
  return findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

export function isNarrativeFinding(finding: object): finding is NarrativeFinding {
  return "place" in finding;
}
