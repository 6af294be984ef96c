/**
 * The parts of a 部门决算公开 besides the nine tables (第一、三、四、五部分) as the document file holds them
 * (format version 2). Text is kept as runs: plain text as written, or a figure reference computed from the
 * tables and 补充数据. The narrative domain (src/domain/narrative) computes and checks them.
 */
import type { CellRef, TableId } from "../templates/types";

/** What a figure reads. Strings may hold "$subject", bound per paragraph (a 05 项 code, a 三公 item). */
export type Operand =
  | { cell: CellRef }
  | { field: string }
  /** Σ of a per-row field over the leaf rows of a table (年初预算 of every 05 项). */
  | { fieldSum: string; table: TableId }
  | { sum: readonly Operand[] }
  /** A figure printed elsewhere in the text (resolved by the caller, e.g. the 五(三) 年初预算). */
  | { printed: string };

export type FigureExpr =
  | { kind: "amount"; of: Operand }
  | { kind: "count"; of: Operand }
  /** 占比: part ÷ whole × 100. */
  | { kind: "share"; part: Operand; whole: Operand }
  /** 完成率: actual ÷ budget × 100. */
  | { kind: "rate"; actual: Operand; budget: Operand }
  /** 增减额: |current − previous| (the sentence says 增加 or 减少). */
  | { kind: "change"; current: Operand; previous: Operand }
  /** 增减 %: |current − previous| ÷ previous × 100. */
  | { kind: "changePct"; current: Operand; previous: Operand };

/** Plain text as written, including figures typed by hand (those are checked by the N-rules). */
export interface TextRun {
  text: string;
}

/** A live figure: printed as its computed value, recomputed when the cells or fields it reads change. */
export interface FigureRun {
  figure: FigureExpr;
}

export type Run = TextRun | FigureRun;

export function isFigureRun(run: Run): run is FigureRun {
  return "figure" in run;
}

export interface Paragraph {
  /** What the paragraph says, in the template's terms ("五.具体.项"); the N-rules select paragraphs by it. */
  role?: string;
  /** The row or item the paragraph describes: a 05 项 code, a 三公 item column key. */
  subject?: string;
  /** Printed as a sub-heading ("（一）总体情况。"). */
  heading?: boolean;
  /** A bold lead-in printed before the runs (the seed's item titles). */
  title?: string;
  runs: Run[];
}

/** One numbered section of 第三部分 情况说明 ("一、收入支出决算总体情况说明"). */
export interface NarrativeSection {
  /** The template's section id: "一" … "十三". */
  id: string;
  title: string;
  paragraphs: Paragraph[];
  /**
   * Draw the shares the section states (off unless chosen): `true` a bar chart (as files before the pie
   * chart wrote it), "pie" a pie chart.
   */
  chart?: boolean | "pie";
}

export interface GlossaryEntry {
  term: string;
  definition: string;
}

/** 部门整体支出绩效自评表: the budget block, the goals and the indicator rows, as published (text). */
export interface SelfEvaluationTable {
  title: string;
  year: string;
  department: string;
  /** 部门预算总额 and its sources: 年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分. */
  budget: readonly SelfEvaluationBudgetRow[];
  goals: { expected: string; achieved: string };
  /** 年度主要任务: 任务名称, 主要内容, 实际完成情况. */
  tasks: readonly SelfEvaluationTask[];
  indicators: readonly SelfEvaluationIndicator[];
  total: { weight: string; score: string };
}

export interface SelfEvaluationTask {
  name: string;
  content: string;
  achieved: string;
}

export interface SelfEvaluationBudgetRow {
  label: string;
  initial: string;
  full: string;
  executed: string;
  weight: string;
  rate: string;
  score: string;
}

export interface SelfEvaluationIndicator {
  level1: string;
  level2: string;
  level3: string;
  target: string;
  actual: string;
  weight: string;
  score: string;
  deviation: string;
  reason: string;
}

export interface Attachment {
  /** As listed in the 目录 ("附件 1: 《2023 年度部门整体项目支出自评表》"). */
  listed: string;
  /** The attached table, when one is attached under this entry. */
  table?: SelfEvaluationTable;
}

/** The whole publication besides the tables; the tables' 说明 are the document's `notes`. */
export interface Publication {
  /** 第一部分 部门概况: headings and paragraphs (职责, 机构设置). */
  overview: Paragraph[];
  /** 第三部分 as printed, with its own heading (the seed misnumbers it "第二部分"). */
  narrativeHeading: string;
  narrative: NarrativeSection[];
  glossary: GlossaryEntry[];
  attachments: Attachment[];
}
