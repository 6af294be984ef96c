/**
 * 审核 as data: rules are plain objects with declarative checks; one generic evaluator reads them.
 * Cells are addressed by canonical keys (table, row key, column key) as in the document file.
 */
import type { Unit } from "../document/model";
import type { ColKey, RowKey, TableId } from "../templates/types";

/** error ≈ 强制性, warning ≈ 提示性 (may stand with a written 说明), info = 尾差 (within rounding). */
export type Severity = "error" | "warning" | "info";
export type RuleSeverity = Exclude<Severity, "info">;
export type Relation = "=" | "≤" | "≥";
export type RuleGroup = "表内" | "表间" | "科目/模板" | "完整性";

/**
 * One cell in a rule. `row` and `col` may be placeholders: "$row" is the row bound by `forEach`, any
 * other "$name" comes from the current entry of `variants`. A row "*classes" (or "*codes", "*leaves",
 * "*all") stands for every such row of the table: the pattern expands to one term per row. `minus`
 * subtracts the cell.
 */
export interface CellPattern {
  table: TableId;
  row: string;
  col: string;
  minus?: true;
}

/**
 * Which rows `forEach` walks: every row of the table, its 科目/经济分类 code rows, its 3-digit class rows,
 * its code rows without child rows, or the rows whose key matches a regular expression.
 */
export type RowSelect = "all" | "codes" | "classes" | "leaves" | { pattern: string };

export interface Iteration {
  /** Instantiate the check once per selected row of `table` ("$row"). */
  forEach?: { table: TableId; rows: RowSelect };
  /** Instantiate the check once per entry (placeholders "$name" → value). */
  variants?: readonly Readonly<Record<string, string>>[];
}

/**
 * target = Σ terms, where the editor derives the target from its terms (or from equivalent ones). Checked
 * where the target holds a value of its own: a stated value on a derived cell, or an entered cell. A derived
 * cell without a stated value satisfies it by construction, or its parts are checked where they are stated.
 */
export interface IdentityCheck extends Iteration {
  kind: "identity";
  target: CellPattern;
  terms: readonly CellPattern[];
}

/** Σ left ⟨rel⟩ Σ right over the values as shown; always checked. An empty `right` is 0. */
export interface RelationCheck extends Iteration {
  kind: "relation";
  left: readonly CellPattern[];
  rel: Relation;
  right: readonly CellPattern[];
}

/** 科目 tree identities: total row = Σ top-level rows, or each code row with children = Σ its children. */
export interface TreeCheck {
  kind: "tree";
  table: TableId;
  level: "total" | "codes";
  /** Columns checked (default: every column of the table). */
  columns?: readonly ColKey[];
}

/**
 * Every leaf code of `source` with a non-zero amount in `source.col` needs a row in `target` (the code or a
 * leaf ancestor), unless `excusedBy` is positive (e.g. carry-over funds).
 */
export interface CoverageCheck {
  kind: "coverage";
  source: { table: TableId; col: ColKey };
  target: TableId;
  excusedBy: CellPattern;
}

/** Cells of one table: the listed rows × the listed columns (every column of each row when absent). */
export interface CellSet {
  table: TableId;
  rows: readonly RowKey[];
  cols?: readonly ColKey[];
}

/** Both sides are empty (every cell blank or zero) or neither is. */
export interface EmptinessCheck {
  kind: "sameEmptiness";
  left: readonly CellSet[];
  right: readonly CellSet[];
}

/** When `cells` are all blank or zero, the table needs its 说明 (document `notes[table]`). */
export interface NoteCheck {
  kind: "emptyNote";
  table: TableId;
  cells: readonly CellSet[];
}

/** Every 款/项 code row has its 类 and 款 rows in the same table. */
export interface StructureCheck {
  kind: "structure";
  tables: readonly TableId[];
}

/** Amount strings in a document of `unit` are written with exactly `decimals` decimals. */
export interface FormatCheck {
  kind: "format";
  unit: Unit;
  decimals: number;
}

/**
 * Printed names: 功能分类 names against the catalog ("function"), 06 经济分类 names against the catalog
 * ("economic"), printed labels of fixed rows and column headers against the template ("fixedLabels",
 * "columnLabels"), and names of one code across tables ("acrossTables").
 */
export interface NamesCheck {
  kind: "names";
  source: "function" | "economic" | "fixedLabels" | "columnLabels" | "acrossTables";
  tables: readonly TableId[];
}

export type Check =
  | IdentityCheck
  | RelationCheck
  | TreeCheck
  | CoverageCheck
  | EmptinessCheck
  | NoteCheck
  | StructureCheck
  | FormatCheck
  | NamesCheck;

export interface Rule {
  /** The CHECKS.md id, e.g. "R02-3" or "X-05". */
  id: string;
  severity: RuleSeverity;
  group: RuleGroup;
  title: string;
  description: string;
  checks: readonly Check[];
}

/** A cell a finding points at. Names use `col` NAME_COL; column headers use `row` HEADER_ROW. */
export interface FindingCell {
  table: TableId;
  row: RowKey;
  col: ColKey;
}

export const NAME_COL = "名称";
export const HEADER_ROW = "表头";

export interface Acknowledgement {
  note: string;
  /** ISO time of the acknowledgement. */
  at: string;
}

export interface Finding {
  /** Stable id: the same check on the same cells has the same key in every evaluation. */
  key: string;
  rule: string;
  severity: Severity;
  /** Chinese: the rule, the cells (表号·行名·栏目名), both values and the difference. */
  message: string;
  cells: FindingCell[];
  /** Amount findings: both sides and left − right, as decimal strings in the document's unit. */
  values?: { left: string; right: string; difference: string };
  likelyCause?: string;
  /** Set on warnings acknowledged with a written 说明 (document `acknowledgements`). */
  acknowledged?: Acknowledgement;
}
