/**
 * The 上海 2024/2025 template's 情况说明 (第三部分 一 … 十一) in the official template's words, every figure a
 * slot. The tables keep the seed's canonical keys (三公 is table 09, printed as 七), so the slots read the
 * same cells as 2023's; roles differ from 2023's where the section differs, so that each list rule reads
 * only the paragraphs it was written for.
 */

import type { Operand } from "./figures";
import { amount, cell, field, rate, share, slot } from "./sentence-parts";
import {
  bothComparedWithLastYear,
  budgetDifference,
  comparedWithLastYear,
  department,
  purpose,
} from "./sentence-parts-shanghai";
import type { Part, SectionTemplate } from "./sentences";
import { columnShares } from "./template-2023";
import { OTHER_SECTIONS_SHANGHAI } from "./template-shanghai-2024-other";
import { SANGONG_SECTION_SHANGHAI } from "./template-shanghai-2024-sangong";

/** "上海市XX局 2024 年度收入支出总计 X 万元" when 收入总计 and 支出总计 print alike, else both totals. */
function totals(rule: string, income: Operand, spending: Operand, previous: string, label: string): Part[] {
  const opening: Part[] = [department, " ", { year: true }, ` 年度${label}`];
  return [
    {
      when: { same: [amount(income), amount(spending)] },
      whenTrue: [
        ...opening,
        "收入支出总计 ",
        slot(rule, "收入支出总计", amount(income)),
        " 万元。",
        comparedWithLastYear(rule, previous, {
          subject: `${label}收入支出总计`,
          current: income,
          anchor: "收入支出总计",
        }),
      ],
      whenFalse: [
        ...opening,
        "收入总计 ",
        slot(rule, "收入总计", amount(income)),
        ` 万元，${label}支出总计 `,
        // Not the "收入支出总计" of the other wording, which ends alike.
        slot(rule, "[^入]支出总计", amount(spending)),
        " 万元。",
        bothComparedWithLastYear(rule, previous, [
          { subject: `${label}收入总计`, current: income, anchor: "收入总计" },
          { subject: `${label}支出总计`, current: spending, anchor: "[^入]支出总计" },
        ]),
      ],
    },
  ];
}

const T05_TOTAL = cell("05", "合计", "小计");
const SPENDING_TOTAL = cell("03", "合计", "本年支出合计");
const BUDGET_05 = { fieldSum: "年初预算", table: "05" } as const;

const FIVE: SectionTemplate = {
  id: "五",
  title: "一般公共预算财政拨款支出决算情况说明",
  paragraphs: [
    { role: "五.总体.标题", heading: "（一）一般公共预算财政拨款支出决算总体情况", parts: [] },
    {
      role: "五.总体",
      parts: [
        "一般公共预算财政拨款支出 ",
        slot("N-5", "财政拨款支出", amount(T05_TOTAL)),
        " 万元",
        {
          optional: [
            "，占本年支出合计的 ",
            slot("N-5", "占本年支出合计的", share(T05_TOTAL, SPENDING_TOTAL)),
            "%",
          ],
        },
        "。",
        comparedWithLastYear("N-5", "上年一般公共预算财政拨款支出", {
          subject: "一般公共预算财政拨款支出",
          current: T05_TOTAL,
          anchor: "支出",
        }),
      ],
    },
    { role: "五.结构.标题", heading: "（二）一般公共预算财政拨款支出决算结构情况", parts: [] },
    {
      role: "五.结构",
      parts: [
        "一般公共预算财政拨款支出 ",
        slot("N-6", "财政拨款支出", amount(T05_TOTAL)),
        " 万元",
        {
          each: { rowsOf: "05", level: "classes" },
          lead: "，主要用于以下方面：",
          separator: "；",
          parts: [
            { name: true },
            "（类） ",
            slot("N-6", undefined, amount(cell("05", "$subject", "小计"))),
            " 万元",
            {
              optional: [
                "，占 ",
                slot("N-6", undefined, share(cell("05", "$subject", "小计"), T05_TOTAL)),
                "%",
              ],
            },
          ],
        },
        "。",
      ],
    },
    { role: "五.具体.标题", heading: "（三）一般公共预算财政拨款支出决算具体情况", parts: [] },
    {
      role: "五.具体",
      parts: [
        "一般公共预算财政拨款支出年初预算为 ",
        slot("N-7", "年初预算为", amount(BUDGET_05)),
        " 万元，支出决算为 ",
        slot("N-7", "支出决算为", amount(T05_TOTAL)),
        " 万元",
        {
          optional: [
            "，完成年初预算的 ",
            slot(
              "N-7",
              "完成年初预算的",
              rate(T05_TOTAL, BUDGET_05),
              rate(T05_TOTAL, { printed: "五.具体|年初预算为" }),
            ),
            "%",
          ],
        },
        "。",
        budgetDifference(BUDGET_05, T05_TOTAL),
        { when: { listed: { rowsOf: "05", level: "leaves" } }, whenTrue: ["其中："], whenFalse: [] },
      ],
    },
    {
      role: "五.具体.项",
      each: { rowsOf: "05", level: "leaves" },
      title: "$no、$path。",
      parts: [
        `主要用于：${purpose}。年初预算为 `,
        slot("N-8", "年初预算为", amount(field("年初预算·$subject"))),
        " 万元，支出决算为 ",
        slot("N-8", "支出决算为", amount(cell("05", "$subject", "小计"))),
        " 万元。",
        budgetDifference(field("年初预算·$subject"), cell("05", "$subject", "小计")),
      ],
    },
  ],
};

const SIX: SectionTemplate = {
  id: "六",
  title: "一般公共预算财政拨款基本支出决算情况说明",
  paragraphs: [
    {
      role: "六",
      parts: [
        "一般公共预算财政拨款基本支出 ",
        slot("N-10", "基本支出", amount(cell("05", "合计", "基本支出"))),
        " 万元。其中：人员经费 ",
        slot("N-10", "人员经费", amount(cell("06", "人员经费合计", "决算数"))),
        " 万元",
        {
          each: { economic: ["301", "303"] },
          lead: "，主要包括：",
          separator: "、",
          parts: [{ name: true }],
        },
        "；公用经费 ",
        slot("N-10", "公用经费", amount(cell("06", "公用经费合计", "决算数"))),
        " 万元",
        {
          each: { economic: ["302", "310"] },
          lead: "，主要包括：",
          separator: "、",
          parts: [{ name: true }],
        },
        "。",
      ],
    },
  ],
};

export const SECTIONS_SHANGHAI_2024: readonly SectionTemplate[] = [
  {
    id: "一",
    title: "收入支出决算总体情况说明",
    paragraphs: [
      {
        role: "一",
        parts: totals(
          "N-1",
          cell("01", "收入总计", "决算数"),
          cell("01", "支出总计", "决算数"),
          "上年收支总计",
          "",
        ),
      },
    ],
  },
  {
    id: "二",
    title: "收入决算情况说明",
    paragraphs: [
      {
        role: "二",
        parts: [
          "本年收入合计 ",
          slot("N-2", "收入合计", amount(cell("02", "合计", "本年收入合计"))),
          " 万元",
          columnShares("N-2", "02", "本年收入合计"),
          "。",
        ],
      },
    ],
  },
  {
    id: "三",
    title: "支出决算情况说明",
    paragraphs: [
      {
        role: "三",
        parts: [
          "本年支出合计 ",
          slot("N-3", "支出合计", amount(SPENDING_TOTAL)),
          " 万元",
          columnShares("N-3", "03", "本年支出合计"),
          "。",
        ],
      },
    ],
  },
  {
    id: "四",
    title: "财政拨款收入支出决算总体情况说明",
    paragraphs: [
      {
        role: "四",
        parts: totals(
          "N-4",
          cell("04", "收入总计", "金额"),
          cell("04", "支出总计", "合计"),
          "上年财政拨款收支总计",
          "财政拨款",
        ),
      },
    ],
  },
  FIVE,
  SIX,
  SANGONG_SECTION_SHANGHAI,
  ...OTHER_SECTIONS_SHANGHAI,
];
