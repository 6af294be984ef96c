/**
 * The 上海 template's sentence builders: its wording of a change against last year ("与 2023 年度相比，…。
 * 主要原因：…") and of 决算 against 预算 ("决算数大于预算数的主要原因：…", 持平 when they print alike).
 */
import type { Operand } from "./figures";
import { amount, type Change, changeFigures, field, reason } from "./sentence-parts";
import type { Part } from "./sentences";

export const department: Part = { department: true };
export const previousYear: Part = { previousYear: true };

const unchanged = (current: Operand, previous: Operand) =>
  ({ same: [amount(current), amount(previous)] }) as const;

const since: Part[] = ["与 ", previousYear, " 年度相比，"];
const why: Part[] = ["。主要原因：", reason, "。"];

/** "与 2023 年度相比，…增加 X 万元，增长 Y%。主要原因：…" (持平 with no reason); left out while the 上年数 is blank. */
export function comparedWithLastYear(rule: string, previous: string, change: Change): Part {
  const last = field(previous);
  return {
    optional: [
      {
        when: unchanged(change.current, last),
        whenTrue: [...since, `${change.subject}持平。`],
        whenFalse: [...since, ...changeFigures(rule, last, change), ...why],
      },
    ],
  };
}

/** Two totals against one 上年数: each changed or 持平; they differ from each other, so a reason is due. */
export function bothComparedWithLastYear(
  rule: string,
  previous: string,
  changes: readonly [Change, Change],
): Part {
  const last = field(previous);
  const clause = (change: Change): Part => ({
    when: unchanged(change.current, last),
    whenTrue: [`${change.subject}持平`],
    whenFalse: changeFigures(rule, last, change),
  });
  return { optional: [...since, clause(changes[0]), "；", clause(changes[1]), ...why] };
}

/**
 * "决算数大于（小于）预算数的主要原因：…", or "决算数与预算数持平。"; left out while the 预算数 is blank (a
 * 补充数据 not entered yet).
 */
export function budgetDifference(budget: Operand, actual: Operand): Part {
  return {
    optional: [
      {
        when: unchanged(actual, budget),
        whenTrue: ["决算数与预算数持平。"],
        whenFalse: [
          "决算数",
          { direction: { kind: "change", current: actual, previous: budget }, words: ["大于", "小于"] },
          "预算数的主要原因：",
          reason,
          "。",
        ],
      },
    ],
  };
}

/** What the accountant writes in place of the template's "XXXXXXXX" that is not a reason. */
export const purpose = "（请填写主要用途）";
