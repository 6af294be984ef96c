/**
 * The 2023 template's 情况说明: thirteen sections in the seed's wording, every figure a slot. Anchors accept
 * the seed's variants ("支出决算为数", "支出决算数为") so that its typed figures are recognised and checked.
 */

import type { Operand } from "./figures";
import {
  amount,
  budgetReason,
  cell,
  count,
  field,
  rate,
  share,
  slot,
  year,
  yearOnYear,
} from "./sentence-parts";
import type { ParagraphTemplate, Part, SectionTemplate, SubjectList } from "./sentences";

/**
 * 收、支总计 with its change against last year (sections 一 and 四): "均为" one figure only when 收入总计
 * and 支出总计 print alike; otherwise both figures, each compared with last year's.
 */
function totals(rule: string, income: Operand, spending: Operand, previous: string, label: string): Part[] {
  return [
    {
      when: { same: [amount(income), amount(spending)] },
      whenTrue: [
        year,
        ` 年度${label}收、支总计均为 `,
        slot(rule, "总计均为", amount(income)),
        " 万元。",
        ...yearOnYear(rule, previous, [
          { subject: `${label}收、支总计`, each: "各", current: income, anchor: "各" },
        ]),
      ],
      whenFalse: [
        year,
        ` 年度${label}收入总计 `,
        slot(rule, "收入总计", amount(income)),
        ` 万元，${label}支出总计 `,
        slot(rule, "支出总计", amount(spending)),
        " 万元。",
        ...yearOnYear(rule, previous, [
          { subject: `${label}收入总计`, current: income, anchor: "收入总计" },
          { subject: `${label}支出总计`, current: spending, anchor: "支出总计" },
        ]),
      ],
    },
  ];
}

/** "name X 万元，占 Y%" for each non-zero column of a table's total row (sections 二 and 三). */
export function columnShares(rule: string, table: "02" | "03", total: string): Part {
  const list: SubjectList = { columnsOf: table, except: total };
  return {
    each: list,
    lead: "，其中：",
    separator: "；",
    parts: [
      { name: true },
      " ",
      slot(rule, "$name", amount(cell(table, "合计", "$subject"))),
      " 万元",
      {
        optional: [
          "，占 ",
          slot(rule, "$name[^；。]*?占", share(cell(table, "合计", "$subject"), cell(table, "合计", total))),
          "%",
        ],
      },
    ],
  };
}

const T05_TOTAL = cell("05", "合计", "小计");
const SANGONG = [
  { subject: "因公出国（境）费", name: "因公出国（境）费" },
  { subject: "公务用车购置及运行维护费·小计", name: "公务用车购置及运行费" },
  { subject: "公务接待费", name: "公务接待费" },
] as const;
const budget3 = (subject: string) => cell("09", "三公经费", `预算数·${subject}`);
const actual3 = (subject: string) => cell("09", "三公经费", `决算数·${subject}`);
const VEHICLES = [
  "省级领导干部用车",
  "主要领导干部用车",
  "机要通信用车",
  "应急保障车",
  "执法执勤用车",
  "特种专业技术用车",
  "离退休干部用车",
  "其他用车",
].map((name) => ({ subject: `车辆·${name}`, name }));
const PROCUREMENT = ["政府采购货物", "政府采购工程", "政府采购服务"].map(field);

export const SECTIONS_2023: readonly SectionTemplate[] = [
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
          year,
          " 年度收入合计 ",
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
          year,
          " 年度支出合计 ",
          slot("N-3", "支出合计", amount(cell("03", "合计", "本年支出合计"))),
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
  {
    id: "五",
    title: "一般公共预算财政拨款支出决算情况说明",
    paragraphs: [
      { role: "五.总体.标题", heading: "（一）总体情况。", parts: [] },
      {
        role: "五.总体",
        parts: [
          year,
          " 年度一般公共预算财政拨款支出 ",
          slot("N-5", "财政拨款支出", amount(T05_TOTAL)),
          " 万元",
          {
            optional: [
              "，占支出合计的 ",
              slot("N-5", "占支出合计的", share(T05_TOTAL, cell("03", "合计", "本年支出合计"))),
              "%",
            ],
          },
          "。",
          ...yearOnYear("N-5", "上年一般公共预算财政拨款支出", [
            { subject: "一般公共预算财政拨款支出", current: T05_TOTAL, anchor: "支出" },
          ]),
        ],
      },
      { role: "五.结构.标题", heading: "（二）结构情况。", parts: [] },
      {
        role: "五.结构",
        parts: [
          year,
          " 年度一般公共预算财政拨款支出 ",
          slot("N-6", "财政拨款支出", amount(T05_TOTAL)),
          " 万元",
          {
            each: { rowsOf: "05", level: "classes" },
            lead: "，主要用于以下方面：",
            separator: "；",
            parts: [
              { name: true },
              " ",
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
      { role: "五.具体.标题", heading: "（三）具体情况。", parts: [] },
      {
        role: "五.具体",
        parts: [
          year,
          " 年度一般公共预算财政拨款支出年初预算为 ",
          slot("N-7", "年初预算为", amount({ fieldSum: "年初预算", table: "05" })),
          " 万元，支出决算为 ",
          slot("N-7", "支出决算为", amount(T05_TOTAL)),
          " 万元",
          {
            optional: [
              "，完成年初预算的 ",
              slot(
                "N-7",
                "完成年初预算的",
                rate(T05_TOTAL, { fieldSum: "年初预算", table: "05" }),
                rate(T05_TOTAL, { printed: "五.具体|年初预算为" }),
              ),
              "%",
            ],
          },
          "。",
          { when: { listed: { rowsOf: "05", level: "leaves" } }, whenTrue: ["其中："], whenFalse: [] },
        ],
      },
      {
        role: "五.具体.项",
        each: { rowsOf: "05", level: "leaves" },
        title: "$no. $path。",
        parts: [
          "年初预算为 ",
          slot("N-8", "年初预算为", amount(field("年初预算·$subject"))),
          " 万元，支出决算为 ",
          slot("N-8", "支出决算为", amount(cell("05", "$subject", "小计"))),
          " 万元",
          {
            optional: [
              "，完成年初预算的 ",
              slot("N-8", "完成年初预算的", rate(cell("05", "$subject", "小计"), field("年初预算·$subject"))),
              "%",
            ],
          },
          "。",
          budgetReason(amount(field("年初预算·$subject")), amount(cell("05", "$subject", "小计")), [
            "决算数与年初预算数",
          ]),
        ],
      },
    ],
  },
  {
    id: "六",
    title: "一般公共预算财政拨款基本支出决算情况说明",
    paragraphs: [
      {
        role: "六",
        parts: [
          year,
          " 年度一般公共预算财政拨款基本支出 ",
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
            each: { economic: ["302", "307", "310", "312", "313", "399"] },
            lead: "，主要包括：",
            separator: "、",
            parts: [{ name: true }],
          },
          "。",
        ],
      },
    ],
  },
  fundSection("七", "政府性基金预算财政拨款支出决算情况说明", "07", "政府性基金", "本年支出小计"),
  fundSection("八", "国有资本经营预算财政拨款支出决算情况说明", "08", "国有资本经营", "合计"),
  {
    id: "九",
    title: "财政拨款“三公”经费支出决算情况说明",
    paragraphs: [
      { role: "九.总体.标题", heading: "（一）“三公”经费财政拨款支出决算总体情况说明。", parts: [] },
      {
        role: "九.总体",
        parts: [
          year,
          " 年度“三公”经费财政拨款支出预算为 ",
          slot("N-12", "支出预算为", amount(budget3("合计"))),
          " 万元，支出决算为 ",
          slot("N-12", "支出决算为", amount(actual3("合计"))),
          " 万元",
          {
            optional: [
              "，完成预算的 ",
              slot("N-12", "完成预算的", rate(actual3("合计"), budget3("合计"))),
              "%",
            ],
          },
          "。",
          budgetReason(amount(budget3("合计")), amount(actual3("合计")), [
            year,
            " 年度“三公”经费支出决算数与预算数",
          ]),
        ],
      },
      { role: "九.具体.标题", heading: "（二）“三公”经费财政拨款支出决算具体情况说明。", parts: [] },
      {
        role: "九.具体",
        parts: [
          year,
          " 年度“三公”经费财政拨款支出决算中，",
          {
            each: { fixed: SANGONG },
            separator: "；",
            parts: [
              { name: true },
              "支出决算 ",
              slot("N-13", "$name支出决算", amount(actual3("$subject"))),
              " 万元",
              {
                optional: [
                  "，完成预算的 ",
                  slot(
                    "N-13",
                    "$name支出决算[^；。]*?完成预算的",
                    rate(actual3("$subject"), budget3("$subject")),
                  ),
                  "%",
                ],
              },
              {
                optional: [
                  "，占 ",
                  slot("N-13", "$name支出决算[^；。]*?占", share(actual3("$subject"), actual3("合计"))),
                  "%",
                ],
              },
            ],
          },
          "。具体情况如下：",
        ],
      },
      sangongItem(0),
      {
        role: "九.出国明细",
        parts: [
          "全年因公出国（境）团组 ",
          slot("N-14", "团组", count(field("出国团组"))),
          " 个，累计 ",
          slot("N-14", "累计", count(field("出国人次"))),
          " 人次。",
        ],
      },
      sangongItem(1),
      {
        role: "九.公务用车.购置",
        parts: [
          "公务用车购置支出为 ",
          slot("N-14", "购置支出为", amount(actual3("公务用车购置及运行维护费·公务用车购置费"))),
          " 万元，购置车辆 ",
          slot("N-14", "购置车辆", count(field("购置车辆数"))),
          " 台。",
        ],
      },
      {
        role: "九.公务用车.运行",
        parts: [
          "公务用车运行维护支出 ",
          slot("N-14", "运行维护支出", amount(actual3("公务用车购置及运行维护费·公务用车运行维护费"))),
          " 万元。",
          year,
          " 年期末，部门开支财政拨款的公务用车保有量为 ",
          slot("N-14", "保有量为", count(field("公务用车保有量"))),
          " 辆。",
        ],
      },
      sangongItem(2),
      {
        role: "九.接待.外宾",
        parts: [
          "外宾接待支出 ",
          slot("N-13", "外宾接待支出", amount(field("外宾接待费"))),
          " 万元。",
          year,
          " 年共接待国（境）外来访团组 ",
          slot("N-13", "来访团组", count(field("外宾接待团组"))),
          " 个、来访外宾 ",
          slot("N-13", "来访外宾", count(field("外宾接待人次"))),
          " 人次（不包括陪同人员）。",
        ],
      },
      {
        role: "九.接待.国内",
        parts: [
          "其他国内公务接待支出 ",
          slot("N-13", "国内公务接待支出", amount(field("国内公务接待费"))),
          " 万元。",
          year,
          " 年共接待国内来访团组 ",
          slot("N-13", "来访团组", count(field("国内接待团组"))),
          " 个、来宾 ",
          slot("N-13", "来宾", count(field("国内接待人次"))),
          " 人次（不包括陪同人员）。",
        ],
      },
    ],
  },
  {
    id: "十",
    title: "机关运行经费支出情况说明",
    paragraphs: [
      {
        role: "十",
        parts: [
          {
            when: { zeroField: "机关运行经费" },
            whenTrue: ["我单位不是行政机关，也不是参照公务员管理事业单位，没有机关运行经费支出。"],
            whenFalse: [
              year,
              " 年度机关运行经费支出 ",
              slot("N-15", "机关运行经费支出", amount(field("机关运行经费"))),
              " 万元。",
            ],
          },
        ],
      },
    ],
  },
  {
    id: "十一",
    title: "政府采购支出情况说明",
    paragraphs: [
      {
        role: "十一",
        parts: [
          year,
          " 年度政府采购支出总额 ",
          slot("N-16", "支出总额", amount({ sum: PROCUREMENT })),
          " 万元，其中：政府采购货物支出 ",
          slot("N-16", "货物支出", amount(field("政府采购货物"))),
          " 万元、政府采购工程支出 ",
          slot("N-16", "工程支出", amount(field("政府采购工程"))),
          " 万元、政府采购服务支出 ",
          slot("N-16", "服务支出", amount(field("政府采购服务"))),
          " 万元。授予中小企业合同金额 ",
          slot("N-16", "授予中小企业合同金额", amount(field("授予中小企业"))),
          " 万元",
          {
            optional: [
              "，占政府采购支出总额的 ",
              slot("N-16", "占政府采购支出总额的", share(field("授予中小企业"), { sum: PROCUREMENT })),
              "%",
            ],
          },
          "，其中：授予小微企业合同金额 ",
          slot("N-16", "授予小微企业合同金额", amount(field("授予小微企业"))),
          " 万元",
          {
            optional: [
              "，占授予中小企业合同金额的 ",
              slot("N-16", "占授予中小企业合同金额的", share(field("授予小微企业"), field("授予中小企业"))),
              "%",
            ],
          },
          "。",
        ],
      },
    ],
  },
  {
    id: "十二",
    title: "国有资产占用情况说明",
    paragraphs: [
      {
        role: "十二",
        parts: [
          year,
          " 年期末，我部门共有车辆 ",
          slot("N-17", "共有车辆", count({ sum: VEHICLES.map((v) => field(v.subject)) })),
          " 辆，其中：",
          {
            each: { fixed: VEHICLES },
            separator: "、",
            parts: [{ name: true }, " ", slot("N-17", "$name", count(field("$subject"))), " 辆"],
          },
          "；部门价值 100 万元（含）以上设备 ",
          slot("N-17", "以上设备", count(field("大型设备"))),
          " 台（套）。",
        ],
      },
    ],
  },
  {
    id: "十三",
    title: "预算绩效情况说明",
    paragraphs: [
      { role: "十三.管理.标题", heading: "（一）绩效管理工作开展情况。", parts: [] },
      { role: "十三.管理", parts: ["（请填写绩效管理工作开展情况）"] },
      { role: "十三.自评.标题", heading: "（二）项目绩效自评结果。", parts: [] },
      {
        role: "十三.自评",
        parts: [
          "我部门纳入预算绩效管理的支出总额为 ",
          slot("N-18", "支出总额为", amount(cell("03", "合计", "本年支出合计"))),
          " 万元，其中基本支出 ",
          slot("N-18", "其中基本支出", amount(cell("03", "合计", "基本支出"))),
          " 万元；项目支出 ",
          slot("N-18", "项目支出", amount(cell("03", "合计", "项目支出"))),
          " 万元。",
        ],
      },
      {
        role: "十三.整体",
        parts: [
          "组织开展部门整体支出绩效自评，涉及预算资金 ",
          slot("N-18", "涉及预算资金", amount(cell("01", "本年支出合计", "决算数"))),
          " 万元，其中财政拨款 ",
          slot("N-18", "其中财政拨款", amount(cell("04", "本年支出合计", "合计"))),
          " 万元。",
        ],
      },
      { role: "十三.重点.标题", heading: "（三）重点绩效评价结果", parts: [] },
      { role: "十三.重点", parts: ["（请填写重点绩效评价结果）"] },
    ],
  },
];

function fundSection(
  id: string,
  title: string,
  table: "07" | "08",
  fund: string,
  col: string,
): SectionTemplate {
  return {
    id,
    title,
    paragraphs: [
      {
        role: id,
        parts: [
          {
            when: { emptyTable: table },
            whenTrue: ["我部门 ", year, ` 年度没有${fund}收入，也没有使用${fund}安排的支出。`],
            whenFalse: [
              year,
              ` 年度${fund}预算财政拨款支出 `,
              slot("N-11", "财政拨款支出", amount(cell(table, "合计", col))),
              " 万元。",
            ],
          },
        ],
      },
    ],
  };
}

/** The paragraph of one 三公 item (九(二) 1–3); its details follow it. */
function sangongItem(index: 0 | 1 | 2): ParagraphTemplate {
  return {
    role: "九.项",
    each: { fixed: [SANGONG[index]] },
    title: `${index + 1}. $name`,
    parts: [
      "预算数为 ",
      slot("N-13", "预算数为", amount(budget3("$subject"))),
      " 万元，支出决算为 ",
      slot("N-13", "支出决算(?:为数|数为|为)", amount(actual3("$subject"))),
      " 万元",
      {
        optional: [
          "，完成预算的 ",
          slot("N-13", "完成预算的", rate(actual3("$subject"), budget3("$subject"))),
          "%",
        ],
      },
      "。",
      budgetReason(amount(budget3("$subject")), amount(actual3("$subject")), ["决算数与预算数"]),
    ],
  };
}
