/** Templates describe a year's/region's layout of the 公开 tables as plain data. */

/**
 * The nine tables every template has; their ids keep their meaning across templates (the cross-table rules,
 * the sample). A template may declare further tables (四川's 财政拨款支出决算明细表) under ids of its own.
 */
export const CANONICAL_TABLE_IDS = ["01", "02", "03", "04", "05", "06", "07", "08", "09"] as const;
export type CanonicalTableId = (typeof CANONICAL_TABLE_IDS)[number];

/** A table id ("01" … "09", or a further table's id such as "10"): valid when the template declares it. */
export type TableId = string;

/** Two digits, as printed in 公开NN表; the set of tables is the template's. */
export const TABLE_ID_PATTERN = /^\d{2}$/;

export function isCanonicalTableId(value: string): value is CanonicalTableId {
  return (CANONICAL_TABLE_IDS as readonly string[]).includes(value);
}

/** A canonical row key: a 科目 code or the canonical Chinese label of a fixed row. */
export type RowKey = string;
/** A canonical column key: the column's Chinese label, with its header group where needed. */
export type ColKey = string;

export interface ColumnDef {
  key: ColKey;
  /** The printed header text of the column's own (lowest) header cell. */
  label: string;
  /** Header groups above the label, outermost first (e.g. ["预算数", "公务用车购置及运行维护费"]). */
  groups?: readonly string[];
  /** 栏次 as printed. */
  lane?: string;
}

export interface FixedRow {
  /** null for a printed filler row that holds no data (an empty 行次 line). */
  key: RowKey | null;
  /** The label as printed in the template (with ordinal, e.g. "一、一般公共服务支出"). */
  label: string;
  /** 行次 */
  line?: number;
  /** 科目 code shown in a code column (06). */
  code?: string;
  /** Visual emphasis of total rows. */
  total?: boolean;
  /** Indentation level for hierarchical labels. */
  indent?: number;
}

export interface Pane {
  /** Caption above the pane's header (收入 / 支出); absent when the table has a single pane. */
  caption?: string;
  /** Header of the label column ("项 目"); absent for tables without a label column (09). */
  itemHeader?: string;
  /** Header of the 行次 column; absent when the layout prints no 行次. */
  lineHeader?: string;
  /** Header of the code column (06: "经济分类科目编码"). */
  codeHeader?: string;
  /** Header of the name column when a code column is present (06: "科目名称"). */
  nameHeader?: string;
  columns: readonly ColumnDef[];
  rows: readonly FixedRow[];
  /** Rows printed on the last display line, below all panes (06: 人员经费合计 | 公用经费合计). */
  footer?: FixedRow;
}

export interface PanesLayout {
  kind: "panes";
  panes: readonly Pane[];
  /** Print the 栏次 line (栏 次 | 1 | 2 …). */
  laneRow: boolean;
}

export type Classification = "function" | "economic";

export interface SubjectLayout {
  kind: "subject";
  classification: Classification;
  /** The header cell above code and name ("项 目"). */
  itemHeader: string;
  codeHeader: string;
  nameHeader: string;
  columns: readonly ColumnDef[];
  totalRow: { key: RowKey; label: string };
  /** Where the 合计 row is printed; "first" when absent. Data keep it first either way. */
  totalRowPosition?: "first" | "last";
  /** Print the 栏次 line; printed when absent (the seed's 科目 tables all have one). */
  laneRow?: boolean;
}

export type Layout = PanesLayout | SubjectLayout;

/** Reference to one cell by canonical keys. */
export interface CellRef {
  table: TableId;
  row: RowKey;
  col: ColKey;
}

/**
 * Formula specifications. Every derivation is a sum; the specs below expand to one sum per derived cell
 * once the document's rows are known (科目 rows come from the document).
 */
export type FormulaSpec =
  /** In every row of `rows` (all rows when absent): target column = Σ term columns of the same row. */
  | { kind: "rowSum"; table: TableId; target: ColKey; terms: readonly ColKey[]; rows?: readonly RowKey[] }
  /** 科目 tree: each row with child rows = Σ children; the total row = Σ top-level rows (per column). */
  | { kind: "hierarchy"; table: TableId; columns: readonly ColKey[]; totalRow?: RowKey }
  /** One cell = Σ the listed cells. */
  | { kind: "sum"; target: CellRef; terms: readonly CellRef[] }
  /** Per column: target row = Σ the listed rows of the same table. */
  | { kind: "columnSum"; table: TableId; target: RowKey; rows: readonly RowKey[]; columns: readonly ColKey[] }
  /** For each row key: target table's cell = source table's cell of the same row key (blank if absent). */
  | {
      kind: "mirror";
      target: { table: TableId; col: ColKey };
      source: { table: TableId; col: ColKey };
      rows: readonly RowKey[];
    };

export interface TableTemplate {
  id: TableId;
  title: string;
  /** "公开01表" */
  label: string;
  layout: Layout;
  /** 注 lines printed below the table. */
  notes: readonly string[];
}

export interface Template {
  id: string;
  /** The name in words, as 新建 lists it (年度, 地区, 类 count). */
  name: string;
  /** The printed order of the tables (上海 prints 三公, id 09, seventh); the ids in order when absent. */
  order?: readonly TableId[];
  tables: Readonly<Record<TableId, TableTemplate>>;
  formulas: readonly FormulaSpec[];
  /** How 科目 tables show codes: one column or 类/款/项 columns; "joined" when absent. */
  codeDisplay?: "joined" | "split";
}
