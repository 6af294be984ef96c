/**
 * Builders of a template's standard sentences: the figure slots, and the sentences whose wording follows
 * the figures (收、支总计均为 or both totals, 持平 or a reason, a change against last year).
 */
import type { TableId } from "../templates/types";
import type { FigureExpr, Operand } from "./figures";
import type { Part, Slot } from "./sentences";

export const cell = (table: TableId, row: string, col: string): Operand => ({ cell: { table, row, col } });
export const field = (key: string): Operand => ({ field: key });
export const amount = (of: Operand): FigureExpr => ({ kind: "amount", of });
export const count = (of: Operand): FigureExpr => ({ kind: "count", of });
export const share = (part: Operand, whole: Operand): FigureExpr => ({ kind: "share", part, whole });
export const rate = (actual: Operand, budget: Operand): FigureExpr => ({ kind: "rate", actual, budget });
export const slot = (
  rule: string,
  anchor: string | undefined,
  figure: FigureExpr,
  check?: FigureExpr,
): Part => ({
  slot: {
    rule,
    figure,
    ...(anchor === undefined ? {} : { anchor }),
    ...(check ? { check } : {}),
  } satisfies Slot,
});
export const year: Part = { year: true };
export const reason: Part = { reason: true };

/** A total compared with last year: "收入总计减少 400.00 万元，下降 100.00%". */
export interface Change {
  /** What changed, as the sentence names it ("收、支总计", "一般公共预算财政拨款支出"). */
  subject: string;
  /** Written between the subject and 增加/减少 when one change stands for two totals ("各"). */
  each?: string;
  current: Operand;
  /** What the anchors of its figures start with: the words right before 增加/减少 ("各", "支出"). */
  anchor: string;
}

/** The anchor of a change ("…各增加") and of its rate ("…各增加 89.11 万元，增长"), within one clause. */
const changeAnchor = (lead: string) => `${lead}(?:增加|减少)`;
const rateAnchor = (lead: string) => `${changeAnchor(lead)}[^；。]*?(?:增长|下降)`;

/** One total's change: "收入总计减少 400.00 万元，下降 100.00%"; the rate only over a 上年数 other than 0 (§5). */
export function changeFigures(rule: string, previous: Operand, change: Change): Part[] {
  const difference = { kind: "change", current: change.current, previous } as const;
  const pct = { kind: "changePct", current: change.current, previous } as const;
  return [
    `${change.subject}${change.each ?? ""}`,
    { direction: difference, words: ["增加", "减少"] },
    " ",
    slot(rule, changeAnchor(change.anchor), difference),
    " 万元",
    {
      optional: [
        "，",
        { direction: pct, words: ["增长", "下降"] },
        " ",
        slot(rule, rateAnchor(change.anchor), pct),
        "%",
      ],
    },
  ];
}

const unchanged = (change: Change, previous: Operand) =>
  ({ same: [amount(change.current), amount(previous)] }) as const;

/**
 * "与上年度相比，…" for one or two totals, left out while the 上年数 is blank (not known). A total of 0 this
 * year is still compared (下降 100.00%); a reason is asked for unless nothing changed.
 */
export function yearOnYear(rule: string, previous: string, changes: readonly [Change, Change?]): Part[] {
  const last = field(previous);
  const [first, second] = changes;
  const lead = "与上年度相比，";
  const why: Part[] = ["。主要原因是", reason, "。"];
  if (second === undefined)
    return [
      {
        optional: [
          {
            when: unchanged(first, last),
            whenTrue: [lead, `${first.subject}持平。`],
            whenFalse: [lead, ...changeFigures(rule, last, first), ...why],
          },
        ],
      },
    ];
  // Two totals that differ from each other cannot both equal last year's: a reason is always due.
  const clause = (change: Change): Part => ({
    when: unchanged(change, last),
    whenTrue: [`${change.subject}持平`],
    whenFalse: changeFigures(rule, last, change),
  });
  return [{ optional: [lead, clause(first), "；", clause(second), ...why] }];
}

/** "决算数与预算数持平" when they print alike, else the reason the accountant writes for the difference. */
export function budgetReason(budget: FigureExpr, actual: FigureExpr, lead: readonly Part[]): Part {
  return {
    when: { same: [budget, actual] },
    whenTrue: [...lead, "持平。"],
    whenFalse: [...lead, "存在差异的主要原因是", reason, "。"],
  };
}
