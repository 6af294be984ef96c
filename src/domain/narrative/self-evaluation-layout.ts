/**
 * The 部门整体支出绩效自评情况表's columns and their printed headings, as the seed lays it out: one copy
 * for the editor's table and the printed one.
 */
import type { SelfEvaluationBudgetRow, SelfEvaluationIndicator, SelfEvaluationTask } from "./model";

type Columns<Row> = readonly (readonly [keyof Row, string])[];

/** 部门整体支出情况: the row's label, then these. */
export const BUDGET_COLUMNS: Columns<SelfEvaluationBudgetRow> = [
  ["initial", "年初预算数"],
  ["full", "全年预算数"],
  ["executed", "全年执行数"],
  ["weight", "分值"],
  ["rate", "执行率"],
  ["score", "得分"],
];

/** 年度总体目标, under the budget block: each goal spans three of its six figure columns. */
export const GOAL_COLUMNS = [
  ["expected", "预期目标"],
  ["achieved", "实际完成情况"],
] as const;

/** 年度主要任务, under the goals: with how many of the six figure columns each spans. */
export const TASK_COLUMNS: readonly (readonly [keyof SelfEvaluationTask, string, number])[] = [
  ["name", "任务名称", 1],
  ["content", "主要内容", 3],
  ["achieved", "实际完成情况", 2],
];

export const INDICATOR_COLUMNS: Columns<SelfEvaluationIndicator> = [
  ["level1", "一级指标"],
  ["level2", "二级指标"],
  ["level3", "三级指标"],
  ["target", "年度指标值"],
  ["actual", "实际完成值"],
  ["weight", "分值"],
  ["score", "得分"],
  ["deviation", "偏差度"],
  ["reason", "偏差原因分析及改进措施"],
];
