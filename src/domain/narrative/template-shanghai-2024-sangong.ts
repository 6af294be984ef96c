/**
 * 上海's 七、财政拨款“三公”经费支出决算情况说明 (table 09): 总体 against 预算 and against last year, then
 * each item with the 补充数据 it states; a department without 三公 spending says so in one sentence.
 */
import type { Operand } from "./figures";
import { amount, count, field, rate, reason, share, slot, year } from "./sentence-parts";
import { department, previousYear, purpose } from "./sentence-parts-shanghai";
import type { ParagraphTemplate, Part, SectionTemplate } from "./sentences";

const SANGONG = [
  { subject: "因公出国（境）费", name: "因公出国（境）费" },
  { subject: "公务用车购置及运行维护费·小计", name: "公务用车购置及运行维护费" },
  { subject: "公务接待费", name: "公务接待费" },
] as const;
const budget3 = (subject: string): Operand => ({
  cell: { table: "09", row: "三公经费", col: `预算数·${subject}` },
});
const actual3 = (subject: string): Operand => ({
  cell: { table: "09", row: "三公经费", col: `决算数·${subject}` },
});
/** Last year's 决算 of an item: keyed by the item's name, as 2023's 补充数据 are. */
const lastYear3 = (name: string): Operand => field(name === "合计" ? "上年三公经费" : `上年三公·${name}`);

const hasSangong = { filledTable: "09" } as const;

/**
 * "<lead>增加 X 万元，增长 Y%" of one figure against last year's, or "<lead if same>持平" when they print
 * alike.
 */
function change(
  rule: string,
  anchor: string,
  current: Operand,
  previous: Operand,
  lead: { changed: readonly Part[]; same: readonly Part[] },
): Part {
  const difference = { kind: "change", current, previous } as const;
  const pct = { kind: "changePct", current, previous } as const;
  return {
    when: { same: [amount(current), amount(previous)] },
    whenTrue: [...lead.same, "持平"],
    whenFalse: [
      ...lead.changed,
      { direction: difference, words: ["增加", "减少"] },
      " ",
      slot(rule, `${anchor}(?:增加|减少)`, difference),
      " 万元",
      {
        optional: [
          "，",
          { direction: pct, words: ["增长", "下降"] },
          " ",
          slot(rule, `${anchor}(?:增加|减少)[^；。]*?(?:增长|下降)`, pct),
          "%",
        ],
      },
    ],
  };
}

const overall: Part[] = [
  "“三公”经费财政拨款支出年初预算为 ",
  slot("N-12", "支出年初预算为", amount(budget3("合计"))),
  " 万元，支出决算为 ",
  slot("N-12", "支出决算为", amount(actual3("合计"))),
  " 万元",
  {
    optional: [
      "，完成预算的 ",
      // Up to the item list's "其中：": an item's rate must not stand for the total's.
      slot("N-12", "支出决算为[^；。：]*?完成预算的", rate(actual3("合计"), budget3("合计"))),
      "%",
    ],
  },
  {
    each: { fixed: SANGONG },
    lead: "，其中：",
    separator: "；",
    parts: [
      { name: true },
      "支出决算为 ",
      slot("N-13", "$name支出决算为", amount(actual3("$subject"))),
      " 万元",
      {
        optional: [
          "，完成预算的 ",
          slot("N-13", "$name支出决算为[^；。]*?完成预算的", rate(actual3("$subject"), budget3("$subject"))),
          "%",
        ],
      },
    ],
  },
  "。",
  {
    when: { same: [amount(budget3("合计")), amount(actual3("合计"))] },
    whenTrue: [year, " 年度“三公”经费支出决算数与预算数持平。"],
    whenFalse: [
      year,
      " 年度“三公”经费支出决算数",
      {
        direction: { kind: "change", current: actual3("合计"), previous: budget3("合计") },
        words: ["大于", "小于"],
      },
      "预算数的主要原因：",
      reason,
      "。",
    ],
  },
];

/**
 * Each item against last year, written out per item rather than as a list: 上年 fields are keyed by the
 * item's name ("上年三公·公务用车购置及运行维护费", as 打开上年文档 fills them), its cells by its 小计 column.
 */
const againstLastYear: Part[] = [
  year,
  " 年度“三公”经费财政拨款支出决算数",
  change("N-12", "决算数比\\s*\\d+\\s*年度", actual3("合计"), lastYear3("合计"), {
    changed: ["比 ", previousYear, " 年度"],
    same: ["与 ", previousYear, " 年度"],
  }),
  ...SANGONG.flatMap(({ subject, name }, index): Part[] => {
    const lead = [`${name}支出决算`];
    return [
      index === 0 ? "，其中：" : "；",
      change("N-13", `${name}支出决算`, actual3(subject), lastYear3(name), { changed: lead, same: lead }),
    ];
  }),
  "。",
  ...SANGONG.map(
    ({ subject, name }): Part => ({
      when: { same: [amount(actual3(subject)), amount(lastYear3(name))] },
      whenTrue: [],
      whenFalse: [`${name}支出变动的主要原因是`, reason, "。"],
    }),
  ),
];

const item = (role: string, parts: readonly Part[]): ParagraphTemplate => ({
  role,
  shownIf: hasSangong,
  parts,
});
/** Left out until every 上年数 is entered: a blank one would read as 0 and say 持平. */
const lastYearParagraph = item("七.比上年", [{ optional: againstLastYear }]);

export const SANGONG_SECTION_SHANGHAI: SectionTemplate = {
  id: "七",
  title: "财政拨款“三公”经费支出决算情况说明",
  paragraphs: [
    {
      role: "七.无",
      shownIf: { emptyTable: "09" },
      parts: [department, " ", year, " 年度无“三公”经费财政拨款支出。"],
    },
    { ...item("七.总体.标题", []), heading: "（一）“三公”经费财政拨款支出决算总体情况说明。" },
    item("七.总体", overall),
    lastYearParagraph,
    { ...item("七.具体.标题", []), heading: "（二）“三公”经费财政拨款支出决算具体情况说明。" },
    item("七.具体", [
      "“三公”经费财政拨款支出决算中，",
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
              "，占 ",
              slot("N-13", "$name支出决算[^；。]*?占", share(actual3("$subject"), actual3("合计"))),
              "%",
            ],
          },
        ],
      },
      "。具体情况如下：",
    ]),
    item("七.出国", [
      "1、因公出国（境）费支出 ",
      slot("N-13", "因公出国（境）费支出", amount(actual3("因公出国（境）费"))),
      " 万元。全年安排因公出国（境）团组 ",
      slot("N-14", "团组", count(field("出国团组"))),
      " 个、累计 ",
      slot("N-14", "累计", count(field("出国人次"))),
      ` 人次。开支内容包括：${purpose}。`,
    ]),
    item("七.公务用车", [
      "2、公务用车购置及运行维护费支出 ",
      slot("N-13", "公务用车购置及运行维护费支出", amount(actual3("公务用车购置及运行维护费·小计"))),
      " 万元。其中：",
    ]),
    item("七.公务用车.购置", [
      "公务用车购置支出为 ",
      slot("N-14", "购置支出为", amount(actual3("公务用车购置及运行维护费·公务用车购置费"))),
      ` 万元。主要用于${purpose}，购置公务用车 `,
      slot("N-14", "购置公务用车", count(field("购置车辆数"))),
      " 辆。",
    ]),
    item("七.公务用车.运行", [
      "公务用车运行维护支出 ",
      slot("N-14", "运行维护支出", amount(actual3("公务用车购置及运行维护费·公务用车运行维护费"))),
      ` 万元。主要用于${purpose}。`,
      year,
      " 年，",
      department,
      "所属各预算单位开支财政拨款的公务用车保有量为 ",
      slot("N-14", "保有量为", count(field("公务用车保有量"))),
      " 辆。",
    ]),
    item("七.接待", [
      "3、公务接待费支出 ",
      slot("N-13", "公务接待费支出", amount(actual3("公务接待费"))),
      " 万元。其中：国内公务接待支出 ",
      slot("N-13", "国内公务接待支出", amount(actual3("公务接待费"))),
      " 万元（含外宾接待支出 ",
      slot("N-13", "含外宾接待支出", amount(field("外宾接待费"))),
      ` 万元）。主要用于${purpose}，共接待 `,
      slot("N-13", "共接待", count(field("公务接待批次"))),
      " 批次、",
      slot("N-13", "共接待[^；。]*?批次、", count(field("公务接待人次"))),
      " 人次，其中：接待外宾 ",
      slot("N-13", "接待外宾", count(field("外宾接待批次"))),
      " 批次、",
      slot("N-13", "接待外宾[^；。]*?批次、", count(field("外宾接待人次"))),
      " 人次。",
    ]),
  ],
};
