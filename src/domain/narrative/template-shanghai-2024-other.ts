/**
 * 上海's 八 政府性基金 and 九 国有资本经营 (each 项 with its 年初预算, or "无…" for an empty table), 十 预算绩效管理
 * and 十一 其他重要事项 (机关运行经费, 政府采购, 国有资产). Figures no table holds are 补充数据.
 */
import type { Operand } from "./figures";
import { amount, cell, count, field, reason, slot, year } from "./sentence-parts";
import { budgetDifference, department, previousYear, purpose } from "./sentence-parts-shanghai";
import type { Part, SectionTemplate, SubjectTable } from "./sentences";
import { VEHICLE_KINDS_SHANGHAI } from "./supplement-shanghai-2024";

interface Fund {
  id: string;
  title: string;
  table: Exclude<SubjectTable, "05">;
  fund: string;
  /** The table's 本年支出 total column. */
  spending: string;
  /** The 补充数据 field of the 项's 年初预算. */
  budget: string;
}

function fundSection({ id, title, table, fund, spending, budget }: Fund): SectionTemplate {
  const leaves = { rowsOf: table, level: "leaves" } as const;
  return {
    id,
    title,
    paragraphs: [
      {
        role: `${id}.收支`,
        shownIf: { filledTable: table },
        parts: [
          `${fund}预算财政拨款收入 `,
          slot("N-11", "财政拨款收入", amount(cell(table, "合计", "本年收入"))),
          " 万元，支出 ",
          slot("N-11", "万元，支出", amount(cell(table, "合计", spending))),
          " 万元",
          { when: { listed: leaves }, whenTrue: ["，支出具体情况如下："], whenFalse: ["。"] },
        ],
      },
      {
        // Not "九.项": that is 2023's 三公 item, which a document converted from 2023 still holds.
        role: `${id}.支出项`,
        shownIf: { filledTable: table },
        each: leaves,
        title: "$no、$path。",
        parts: [
          `主要用于：${purpose}。年初预算为 `,
          slot("N-11", "年初预算为", amount(field(`${budget}·$subject`))),
          " 万元，支出决算为 ",
          slot("N-11", "支出决算为", amount(cell(table, "$subject", spending))),
          " 万元。",
          budgetDifference(field(`${budget}·$subject`), cell(table, "$subject", spending)),
        ],
      },
      {
        role: `${id}.无`,
        shownIf: { emptyTable: table },
        parts: [department, " ", year, ` 年度无${fund}预算财政拨款收入和支出。`],
      },
    ],
  };
}

const grades = (["优", "良", "合格"] as const).flatMap((grade): Part[] => [
  `绩效评级为“${grade}”的项目 `,
  slot("N-18", `“${grade}”的项目`, count(field(`自评评级·${grade}`))),
  " 个；",
]);

/** 编报绩效目标 / 绩效跟踪评价 / 绩效自评: "…的 2024 年度项目 X 个，涉及预算金额 Y 万元". */
const projects = (lead: string, counted: string, funds: string): Part[] => [
  `${lead}的 `,
  year,
  " 年度项目 ",
  slot("N-18", `${lead}的\\s*\\d+\\s*年度项目`, count(field(counted))),
  " 个，涉及预算金额 ",
  slot("N-18", `${lead}的[^；。]*?涉及预算金额`, amount(field(funds))),
  " 万元",
];

const PERFORMANCE: SectionTemplate = {
  id: "十",
  title: "预算绩效管理情况",
  paragraphs: [
    {
      role: "十.制度",
      parts: [
        department,
        " ",
        year,
        " 年度预算绩效管理工作开展情况如下：本部门建立了如下预算绩效管理制度：（请填写制度名称），建立了（请填写工作机制）的预算绩效管理工作机制。",
      ],
    },
    {
      role: "十.实施",
      parts: [
        "全过程绩效管理实施情况：",
        ...projects("编报绩效目标", "绩效目标项目数", "绩效目标项目资金"),
        "；",
        ...projects("绩效跟踪评价", "绩效跟踪项目数", "绩效跟踪项目资金"),
        "；",
        ...projects("绩效自评", "自评项目数", "自评项目资金"),
        "，平均得分 ",
        slot("N-18", "平均得分", amount(field("自评平均得分"))),
        " 分（其中，",
        ...grades,
        "绩效评级为“不合格”的项目 ",
        slot("N-18", "“不合格”的项目", count(field("自评评级·不合格"))),
        " 个。绩效自评中共发现问题 ",
        slot("N-18", "共发现问题", count(field("自评问题数"))),
        " 个，已经完成整改的 ",
        slot("N-18", "已经完成整改的", count(field("已整改问题数"))),
        " 个，正在整改的 ",
        slot("N-18", "正在整改的", count(field("整改中问题数"))),
        " 个）。",
      ],
    },
  ],
};

const RUNNING = field("机关运行经费");
const LAST_RUNNING = field("上年机关运行经费");
const runningChange = { kind: "change", current: RUNNING, previous: LAST_RUNNING } as const;
const runningChangePct = { kind: "changePct", current: RUNNING, previous: LAST_RUNNING } as const;
const sameAsLastYear = { same: [amount(RUNNING), amount(LAST_RUNNING)] } as const;

const runningCosts: Part = {
  when: { zeroField: "机关运行经费" },
  whenTrue: [department, " ", year, " 年度无机关运行经费支出。"],
  whenFalse: [
    "机关运行经费支出 ",
    slot("N-15", "机关运行经费支出", amount(RUNNING)),
    " 万元",
    {
      optional: [
        {
          when: sameAsLastYear,
          whenTrue: ["，与 ", previousYear, " 年度持平"],
          whenFalse: [
            "，比 ",
            previousYear,
            " 年度",
            { direction: runningChange, words: ["增加", "减少"] },
            " ",
            slot("N-15", "年度(?:增加|减少)", runningChange),
            " 万元",
            {
              optional: [
                "，",
                { direction: runningChangePct, words: ["增长", "下降"] },
                " ",
                slot("N-15", "年度(?:增加|减少)[^；。]*?(?:增长|下降)", runningChangePct),
                "%",
              ],
            },
          ],
        },
      ],
    },
    "。",
    { optional: [{ when: sameAsLastYear, whenTrue: [], whenFalse: ["主要原因是", reason, "。"] }] },
  ],
};

const PROCUREMENT = ["政府采购货物", "政府采购工程", "政府采购服务"].map(field);
const smallBusiness = (lead: string, key: string): Part[] => [
  `${lead}，采购金额 `,
  slot("N-16", `${lead}，采购金额`, amount(field(key))),
  " 万元",
];
const VEHICLES = VEHICLE_KINDS_SHANGHAI.map((name) => ({ subject: `车辆·${name}`, name }));
const vehicleTotal: Operand = { sum: VEHICLES.map((v) => field(v.subject)) };

const OTHER_MATTERS: SectionTemplate = {
  id: "十一",
  title: "其他重要事项的情况说明",
  paragraphs: [
    { role: "十一.机关运行.标题", heading: "（一）机关运行经费支出情况", parts: [] },
    { role: "十一.机关运行", parts: [runningCosts] },
    { role: "十一.采购.标题", heading: "（二）政府采购支出情况", parts: [] },
    {
      role: "十一.采购",
      parts: [
        department,
        " ",
        year,
        " 年度政府采购金额（以合同签订为准）为 ",
        slot("N-16", "政府采购金额（以合同签订为准）为", amount({ sum: PROCUREMENT })),
        " 万元，其中：货物采购金额 ",
        slot("N-16", "货物采购金额", amount(field("政府采购货物"))),
        " 万元、工程采购金额 ",
        slot("N-16", "工程采购金额", amount(field("政府采购工程"))),
        " 万元、服务采购金额 ",
        slot("N-16", "服务采购金额", amount(field("政府采购服务"))),
        " 万元。",
      ],
    },
    {
      role: "十一.采购.中小企业",
      parts: [
        year,
        " 年度本部门面向中小企业预留政府采购项目预算金额 ",
        slot("N-16", "面向中小企业预留政府采购项目预算金额", amount(field("中小企业预留预算"))),
        " 万元，面向小微企业预留政府采购项目预算金额 ",
        slot("N-16", "面向小微企业预留政府采购项目预算金额", amount(field("小微企业预留预算"))),
        " 万元。",
        ...smallBusiness(
          "在面向中小企业预留的政府采购项目中，由中小企业供应商中标或成交的",
          "中小企业预留成交",
        ),
        "；",
        ...smallBusiness(
          "在面向小微企业预留政府采购项目中，由小微企业供应商中标或成交的",
          "小微企业预留成交",
        ),
        "；",
        ...smallBusiness("在其他政府采购项目中，由中小企业供应商中标或成交的", "其他项目中小企业成交"),
        "。",
      ],
    },
    { role: "十一.资产.标题", heading: "（三）国有资产占有使用情况说明", parts: [] },
    {
      role: "十一.资产",
      parts: [
        "截至 ",
        year,
        " 年 12 月 31 日，",
        department,
        "共有车辆 ",
        slot("N-17", "共有车辆", count(vehicleTotal)),
        " 辆，其中：",
        {
          each: { fixed: VEHICLES },
          separator: "、",
          parts: [{ name: true }, " ", slot("N-17", "$name", count(field("$subject"))), " 辆"],
        },
        "。单价 100 万元（含）以上设备（不含车辆） ",
        slot("N-17", "以上设备（不含车辆）", count(field("大型设备"))),
        " 台（套）。",
      ],
    },
  ],
};

export const OTHER_SECTIONS_SHANGHAI: readonly SectionTemplate[] = [
  fundSection({
    id: "八",
    title: "政府性基金预算财政拨款收入支出决算情况说明",
    table: "07",
    fund: "政府性基金",
    spending: "本年支出小计",
    budget: "基金年初预算",
  }),
  fundSection({
    id: "九",
    title: "国有资本经营预算财政拨款收入支出决算情况说明",
    table: "08",
    fund: "国有资本经营",
    spending: "合计",
    budget: "国资年初预算",
  }),
  PERFORMANCE,
  OTHER_MATTERS,
];
