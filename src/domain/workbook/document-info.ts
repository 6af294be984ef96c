/** 文档信息: the department, year and unit of a document, as a person fills them in (新建, 文档信息). */
import type { DocumentMeta, JuesuanDocument, Unit } from "../document/model";
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

/**
 * The one undoable edit that changes department, year and unit (the template stays), or null when nothing
 * changes. A changed unit relabels the amounts; it does not convert them.
 */
export function documentInfoEdit(
  doc: JuesuanDocument,
  info: Pick<DocumentMeta, "department" | "year" | "unit">,
): SetField | null {
  const { meta } = doc;
  if (meta.department === info.department && meta.year === info.year && meta.unit === info.unit) return null;
  return { kind: "field", field: "meta", value: { ...meta, ...info } };
}
