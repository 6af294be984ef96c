/**
 * 第五部分's 部门整体支出绩效自评情况表 as printed: the budget block with 年度总体目标 and 年度主要任务, then the
 * indicators, whose header row repeats on every page the table runs onto (rows are not split).
 */
import type { SelfEvaluationTable } from "../../domain/narrative/model";
import {
  BUDGET_COLUMNS,
  GOAL_COLUMNS,
  INDICATOR_COLUMNS,
  TASK_COLUMNS,
} from "../../domain/narrative/self-evaluation-layout";
import { escapeHtml } from "./escape";

/** Column widths in per cent: the names get room, the scores little. */
const BUDGET_WIDTHS = [22, 13, 13, 13, 13, 13, 13];
const INDICATOR_WIDTHS = [12, 12, 16, 9, 8, 6, 7, 7, 23];

const cell = (text: string, tag = "td", span = 1) =>
  `<${tag}${span > 1 ? ` colspan="${span}"` : ""}>${escapeHtml(text)}</${tag}>`;

const colgroup = (widths: readonly number[]) =>
  `<colgroup>${widths.map((w) => `<col style="width:${w}%">`).join("")}</colgroup>`;

function budgetTable(table: SelfEvaluationTable, unit: string): string {
  const rows = table.budget.map(
    (r) => `<tr>${cell(r.label, "th")}${BUDGET_COLUMNS.map(([c]) => cell(r[c])).join("")}</tr>`,
  );
  const goals = [
    `<tr><th rowspan="2">年度总体目标</th>${GOAL_COLUMNS.map(([, label]) => cell(label, "th", 3)).join("")}</tr>`,
    `<tr>${GOAL_COLUMNS.map(([c]) => cell(table.goals[c], "td", 3)).join("")}</tr>`,
  ];
  const tasks =
    table.tasks.length === 0
      ? []
      : [
          `<tr><th rowspan="${table.tasks.length + 1}">年度主要任务</th>${TASK_COLUMNS.map(([, label, span]) => cell(label, "th", span)).join("")}</tr>`,
          ...table.tasks.map(
            (t) => `<tr>${TASK_COLUMNS.map(([c, , span]) => cell(t[c], "td", span)).join("")}</tr>`,
          ),
        ];
  return [
    '<table class="report self-evaluation">',
    colgroup(BUDGET_WIDTHS),
    `<thead><tr>${cell(`部门整体支出情况（${unit}）`, "th")}${BUDGET_COLUMNS.map(([, label]) => cell(label, "th")).join("")}</tr></thead>`,
    `<tbody>${[...rows, ...goals, ...tasks].join("")}</tbody>`,
    "</table>",
  ].join("");
}

function indicatorTable(table: SelfEvaluationTable): string {
  const rows = table.indicators.map((r) => `<tr>${INDICATOR_COLUMNS.map(([c]) => cell(r[c])).join("")}</tr>`);
  return [
    '<table class="report self-evaluation indicators">',
    colgroup(INDICATOR_WIDTHS),
    `<thead><tr>${INDICATOR_COLUMNS.map(([, label]) => cell(label, "th")).join("")}</tr></thead>`,
    "<tbody>",
    ...rows,
    `<tr><th colspan="5">总分</th>${cell(table.total.weight)}${cell(table.total.score)}<td colspan="2"></td></tr>`,
    "</tbody>",
    "</table>",
  ].join("");
}

/** `unit`: the document's (万元 or 元), named in the budget block's header as the seed does. */
export function selfEvaluationHtml(table: SelfEvaluationTable, unit: string): string {
  return [
    `<h3 class="pub-attachment-title">${escapeHtml(table.title)}</h3>`,
    `<p class="pub-attachment-line">（${escapeHtml(table.year)}）　${escapeHtml(table.department)}</p>`,
    budgetTable(table, unit),
    indicatorTable(table),
  ].join("");
}
