import type { ColKey, RowKey, TableId } from "../templates/types";
import type { CommentThread } from "./comments-model";

/** A decimal string in the document's unit; null means "given as blank". An absent key is "not given". */
export type Amount = string | null;

export type Unit = "万元" | "元";

export interface TableData {
  /** Entered values, and stated values on derived cells. */
  rows: Record<RowKey, Record<ColKey, Amount>>;
  /** 科目 names as printed (科目 rows), or a printed label that differs from the template's (fixed rows). */
  names?: Record<RowKey, string>;
  /** Printed column headers that differ from the template's. */
  columnLabels?: Record<ColKey, string>;
  [unknownField: string]: unknown;
}

export interface DocumentMeta {
  department: string;
  year: number;
  unit: Unit;
  template: string;
  [unknownField: string]: unknown;
}

export interface JuesuanDocument {
  format: "juesuan";
  version: 1;
  meta: DocumentMeta;
  tables: Partial<Record<TableId, TableData>>;
  /** 说明 printed below a table (e.g. why 07 is empty). */
  notes?: Partial<Record<TableId, string>>;
  /** Review threads (审阅批注), anchored by canonical keys. */
  comments?: CommentThread[];
  [unknownField: string]: unknown;
}

export const FORMAT = "juesuan";
export const VERSION = 1;

export function emptyTable(): TableData {
  return { rows: {} };
}
