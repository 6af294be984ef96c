/** 文档信息: the department, year and unit of a document, as a person fills them in (新建, 文档信息). */
import type { DocumentMeta, JuesuanDocument, Unit } from "../document/model";
import { type CodeDisplay, effectiveCodeDisplay } from "../templates/code-display";
import { findTemplate } from "../templates/registry";
import type { SetField } from "./edits";

export interface DocumentInfoForm {
  department: string;
  year: string;
  unit: Unit;
}

export type DocumentInfoResult =
  | { ok: true; info: Pick<DocumentMeta, "department" | "year" | "unit"> }
  | { ok: false; errors: Record<string, string> };

/** The year a 决算 is prepared for: the last completed calendar year (in China's time zone). */
export function lastCompletedYear(today: Date): number {
  const beijing = new Date(today.getTime() + 8 * 3_600_000);
  return beijing.getUTCFullYear() - 1;
}

/** Checks the fields; the messages are the form's, in Chinese. */
export function checkDocumentInfo(form: DocumentInfoForm): DocumentInfoResult {
  const errors: Record<string, string> = {};
  const department = form.department.trim();
  if (!department) errors.department = "请填写部门名称";
  const yearText = form.year.trim();
  const year = Number(yearText);
  if (!/^\d{4}$/.test(yearText) || year < 1990 || year > 2100)
    errors.year = "年度应为 1990 至 2100 之间的四位数";
  if (form.unit !== "万元" && form.unit !== "元") errors.unit = "单位只能是万元或元";
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, info: { department, year, unit: form.unit } };
}

/** The code display a document shows: its own choice, else its template's. */
export function documentCodeDisplay(doc: JuesuanDocument): CodeDisplay {
  const template = findTemplate(doc.meta.template);
  return template ? effectiveCodeDisplay(template, doc.meta.codeDisplay) : "joined";
}

/**
 * meta with `codeDisplay` chosen: kept only where it differs from the template's, so that a document
 * follows its template until someone picks otherwise.
 */
function withCodeDisplay(meta: DocumentMeta, choice: CodeDisplay): DocumentMeta {
  const { codeDisplay: _previous, ...rest } = meta;
  const template = findTemplate(meta.template);
  const inherited = template ? effectiveCodeDisplay(template, undefined) : "joined";
  return choice === inherited ? rest : { ...rest, codeDisplay: choice };
}

/**
 * The one undoable edit that changes department, year, unit and the code display (the template stays),
 * or null when nothing changes. A changed unit relabels the amounts; it does not convert them.
 */
export function documentInfoEdit(
  doc: JuesuanDocument,
  info: Pick<DocumentMeta, "department" | "year" | "unit">,
  codeDisplay: CodeDisplay = documentCodeDisplay(doc),
): SetField | null {
  const { meta } = doc;
  const same =
    meta.department === info.department &&
    meta.year === info.year &&
    meta.unit === info.unit &&
    documentCodeDisplay(doc) === codeDisplay;
  if (same) return null;
  return { kind: "field", field: "meta", value: withCodeDisplay({ ...meta, ...info }, codeDisplay) };
}
