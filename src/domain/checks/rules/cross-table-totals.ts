/** 表间审核 (CHECKS.md §3), X-01 … X-10: totals and the figures the tables repeat from each other. */
import { FUNDS, SOURCES_02 } from "../../templates/keys";
import type { Rule } from "../types";
import { cell, cells, classMirror, variantsOf } from "./build";

const V = "决算数";
/** The sources of income other than 财政拨款: 02's columns after 财政拨款收入, named as 01's rows. */
const SOURCES = SOURCES_02.filter((source) => source !== "财政拨款收入");
const GP = FUNDS[0];

export const CROSS_TABLE_TOTALS: readonly Rule[] = [
  {
    id: "X-01",
    severity: "error",
    group: "表间",
    title: "01表 本年收入合计 = 02表 合计·本年收入合计",
    description: "收入支出决算总表的本年收入合计等于收入决算表合计行的本年收入合计。",
    checks: [
      {
        kind: "relation",
        left: [cell("01", "本年收入合计", V)],
        rel: "=",
        right: [cell("02", "合计", "本年收入合计")],
      },
    ],
  },
  {
    id: "X-02",
    severity: "error",
    group: "表间",
    title: "02表 财政拨款收入 = 01表 三项财政拨款收入 = 04表 本年收入合计",
    description:
      "收入决算表合计行的财政拨款收入，等于收入支出决算总表三项财政拨款收入之和，也等于财政拨款收入支出决算总表的本年收入合计。",
    checks: [
      {
        kind: "relation",
        left: [cell("02", "合计", "财政拨款收入")],
        rel: "=",
        right: cells(
          "01",
          FUNDS.map((fund) => `${fund}收入`),
          V,
        ),
      },
      {
        kind: "relation",
        left: [cell("02", "合计", "财政拨款收入")],
        rel: "=",
        right: [cell("04", "本年收入合计", "金额")],
      },
    ],
  },
  {
    id: "X-03",
    severity: "error",
    group: "表间",
    title: "01表 上级补助收入至其他收入 = 02表 合计行各栏",
    description:
      "收入支出决算总表的上级补助收入、事业收入、经营收入、附属单位上缴收入、其他收入，分别等于收入决算表合计行的对应栏。",
    checks: [
      {
        kind: "identity",
        variants: variantsOf("source", SOURCES),
        target: cell("01", "$source", V),
        terms: [cell("02", "合计", "$source")],
      },
    ],
  },
  {
    id: "X-04",
    severity: "error",
    group: "表间",
    title: "01表 本年支出合计 = 03表 合计·本年支出合计",
    description: "收入支出决算总表的本年支出合计等于支出决算表合计行的本年支出合计。",
    checks: [
      {
        kind: "relation",
        left: [cell("01", "本年支出合计", V)],
        rel: "=",
        right: [cell("03", "合计", "本年支出合计")],
      },
    ],
  },
  {
    id: "X-05",
    severity: "error",
    group: "表间",
    title: "01表 各类级支出 = 03表 对应类级科目本年支出合计",
    description:
      "收入支出决算总表支出方每一功能分类类级行，等于支出决算表对应类级科目（3 位编码）的本年支出合计。",
    checks: [classMirror("01", V, "03", "本年支出合计")],
  },
  {
    id: "X-06",
    severity: "error",
    group: "表间",
    title: "01表 三项财政拨款收入 = 04表 对应收入",
    description:
      "收入支出决算总表的一般公共预算、政府性基金预算、国有资本经营预算财政拨款收入，分别等于财政拨款收入支出决算总表的对应收入。",
    checks: [
      {
        kind: "identity",
        variants: variantsOf("fund", FUNDS),
        target: cell("01", "$fund收入", V),
        terms: [cell("04", "$fund", "金额")],
      },
    ],
  },
  {
    id: "X-07",
    severity: "error",
    group: "表间",
    title: "04表 财政拨款支出 ≤ 01表 支出",
    description: "财政拨款收入支出决算总表每一类级行及本年支出合计的合计栏，不大于收入支出决算总表对应行。",
    checks: [
      {
        kind: "relation",
        forEach: { table: "04", rows: "classes" },
        left: [cell("04", "$row", "合计")],
        rel: "≤",
        right: [cell("01", "$row", V)],
      },
      {
        kind: "relation",
        left: [cell("04", "本年支出合计", "合计")],
        rel: "≤",
        right: [cell("01", "本年支出合计", V)],
      },
    ],
  },
  {
    id: "X-08",
    severity: "error",
    group: "表间",
    title: "04表 年初、年末财政拨款结转和结余 ≤ 01表 年初、年末结转和结余",
    description: "财政拨款结转和结余是全部结转和结余的一部分：04表年初、年末数不大于01表对应数。",
    checks: [
      {
        kind: "relation",
        left: [cell("04", "年初财政拨款结转和结余", "金额")],
        rel: "≤",
        right: [cell("01", "年初结转和结余", V)],
      },
      {
        kind: "relation",
        left: [cell("04", "年末财政拨款结转和结余", "合计")],
        rel: "≤",
        right: [cell("01", "年末结转和结余", V)],
      },
    ],
  },
  {
    id: "X-09",
    severity: "error",
    group: "表间",
    title: "05表 合计·小计 = 04表 本年支出合计·一般公共预算财政拨款",
    description:
      "一般公共预算财政拨款支出决算表合计，等于财政拨款收入支出决算总表本年支出合计的一般公共预算财政拨款栏。",
    checks: [
      {
        kind: "relation",
        left: [cell("05", "合计", "小计")],
        rel: "=",
        right: [cell("04", "本年支出合计", GP)],
      },
    ],
  },
  {
    id: "X-10",
    severity: "error",
    group: "表间",
    title: "04表 各类级行·一般公共预算财政拨款 = 05表 对应类级科目小计",
    description:
      "财政拨款收入支出决算总表每一类级行的一般公共预算财政拨款栏，等于一般公共预算财政拨款支出决算表对应类级科目的小计。",
    checks: [classMirror("04", GP, "05", "小计")],
  },
];
