import type { ColKey, RowKey, TableId } from "../templates/types";
import type { CommentThread } from "./comments-model";
import type { Publication } from "./publication-model";

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
  /** This document's choice of 科目编码 display (one column or 类/款/项), over its template's. */
  codeDisplay?: "joined" | "split";
  [unknownField: string]: unknown;
}

export interface JuesuanDocument {
  format: "juesuan";
  /** 1: the nine tables only; 2 adds the publication's text and 补充数据. Files are written as 2. */
  version: 1 | 2;
  meta: DocumentMeta;
  tables: Partial<Record<TableId, TableData>>;
  /** 说明 printed below a table (e.g. why 07 is empty). */
  notes?: Partial<Record<TableId, string>>;
  /** Review threads (审阅批注), anchored by canonical keys. */
  comments?: CommentThread[];
  /** 第一、三、四、五部分: 部门概况, 情况说明, 名词解释, 附件 (version 2). */
  publication?: Publication;
  /** 补充数据: the figures the narrative needs that no table holds, by the template's field key (version 2). */
  supplement?: Record<string, string>;
  [unknownField: string]: unknown;
}

export const FORMAT = "juesuan";
/** The version written; version 1 files are read and upgraded on save. */
export const VERSION = 2;

export function emptyTable(): TableData {
  return { rows: {} };
}
