import type { Amount } from "../document/model";
import type { ColKey, RowKey, TableId } from "../templates/types";

/** Sets (or with `undefined`, removes) one cell's value in the document. */
export interface SetCell {
  kind: "set";
  table: TableId;
  row: RowKey;
  col: ColKey;
  value: Amount | undefined;
}

/** A 科目 row as a whole: its name and cell values. */
export interface RowSnapshot {
  name: string | undefined;
  cells: Record<ColKey, Amount> | undefined;
}

/** Puts a 科目 row in place (or with `undefined`, removes it). */
export interface PutRow {
  kind: "putRow";
  table: TableId;
  row: RowKey;
  snapshot: RowSnapshot | undefined;
}

/** Renames a row (科目 name or printed label); `undefined` restores the template's label. */
export interface RenameRow {
  kind: "rename";
  table: TableId;
  row: RowKey;
  name: string | undefined;
}

/** Sets (or with `undefined`, removes) a top-level document field the editor keeps beside the tables. */
export interface SetField {
  kind: "field";
  /** `meta`: department, year and unit (文档信息); the template stays. */
  field: "acknowledgements" | "notes" | "comments" | "meta" | "publication" | "supplement";
  value: unknown;
}

/** Moves the document to another template (转换模板); figures without a place are removed by edits before it. */
export interface SetTemplate {
  kind: "template";
  template: string;
}

export type Edit = SetCell | PutRow | RenameRow | SetField | SetTemplate;

/** One user action: applied as a batch, undone as a batch. */
export interface Patch {
  edits: readonly Edit[];
  inverse: readonly Edit[];
}
