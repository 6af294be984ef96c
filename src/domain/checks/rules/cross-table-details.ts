/** 表间审核 (CHECKS.md §3), X-11 … X-18: 科目-level relations, 07/08 against 04, 09 against 06, hints. */
import { CAR, FUNDS, SANGONG_ROW as S } from "../../templates/keys";
import type { Rule } from "../types";
import { cell, cells, classMirror } from "./build";

const V = "决算数";
const [, GF, GC] = FUNDS;

export const CROSS_TABLE_DETAILS: readonly Rule[] = [
  {
    id: "X-11",
    severity: "error",
    group: "表间",
    title: "05表 各科目 ≤ 03表 同一科目",
    description:
      "一般公共预算财政拨款支出是全部支出的一部分：05表每一科目的小计、基本支出、项目支出不大于03表同一科目的本年支出合计、基本支出、项目支出。",
    checks: [
      {
        kind: "relation",
        forEach: { table: "05", rows: "all" },
        variants: [
          { part: "小计", whole: "本年支出合计" },
          { part: "基本支出", whole: "基本支出" },
          { part: "项目支出", whole: "项目支出" },
        ],
        left: [cell("05", "$row", "$part")],
        rel: "≤",
        right: [cell("03", "$row", "$whole")],
      },
    ],
  },
  {
    id: "X-12",
    severity: "error",
    group: "表间",
    title: "05表 合计·基本支出 = 06表 人员经费合计 + 公用经费合计",
    description:
      "一般公共预算财政拨款支出决算表合计行的基本支出，等于基本支出决算明细表人员经费合计与公用经费合计之和。",
    checks: [
      {
        kind: "relation",
        left: [cell("05", "合计", "基本支出")],
        rel: "=",
        right: cells("06", ["人员经费合计", "公用经费合计"], V),
      },
    ],
  },
  {
    id: "X-13",
    severity: "error",
    group: "表间",
    title: "07表 与 04表 政府性基金预算财政拨款一致",
    description:
      "07表合计行的年初结转和结余、本年收入、本年支出、年末结转和结余，分别等于04表政府性基金预算财政拨款的对应数；07表各类级科目本年支出等于04表对应类级行。",
    checks: [
      {
        kind: "relation",
        variants: [
          { col07: "年初结转和结余", row04: `年初结转和结余·${GF}`, col04: "金额" },
          { col07: "本年收入", row04: GF, col04: "金额" },
          { col07: "本年支出小计", row04: "本年支出合计", col04: GF },
          { col07: "年末结转和结余", row04: "年末财政拨款结转和结余", col04: GF },
        ],
        left: [cell("07", "合计", "$col07")],
        rel: "=",
        right: [cell("04", "$row04", "$col04")],
      },
      classMirror("04", GF, "07", "本年支出小计"),
    ],
  },
  {
    id: "X-14",
    severity: "error",
    group: "表间",
    title: "08表 与 04表 国有资本经营预算财政拨款一致",
    description:
      "08表合计等于04表本年支出合计的国有资本经营预算财政拨款栏；08表各类级科目等于04表对应类级行。收入支出表式（上海）中，08表合计行的年初结转和结余、本年收入、年末结转和结余也分别等于04表国有资本经营预算财政拨款的对应数。",
    checks: [
      {
        kind: "relation",
        // The carry-over variants apply only where 08 has those columns (cells a template lacks are left out).
        variants: [
          { col08: "合计", row04: "本年支出合计", col04: GC },
          { col08: "年初结转和结余", row04: `年初结转和结余·${GC}`, col04: "金额" },
          { col08: "本年收入", row04: GC, col04: "金额" },
          { col08: "年末结转和结余", row04: "年末财政拨款结转和结余", col04: GC },
        ],
        left: [cell("08", "合计", "$col08")],
        rel: "=",
        right: [cell("04", "$row04", "$col04")],
      },
      classMirror("04", GC, "08", "合计"),
    ],
  },
  {
    id: "X-16",
    severity: "warning",
    group: "表间",
    title: "09表 决算数 ≥ 06表 对应基本支出",
    description:
      "“三公”经费决算含基本支出和项目支出，因此不小于06表对应经济分类科目：因公出国（境）费 ≥ 30212，公务接待费 ≥ 30217，公务用车运行维护费 ≥ 30231，公务用车购置费 ≥ 31013。",
    checks: [
      {
        kind: "relation",
        variants: [
          { item: "因公出国（境）费", code: "30212" },
          { item: "公务接待费", code: "30217" },
          { item: `${CAR}·公务用车运行维护费`, code: "30231" },
          { item: `${CAR}·公务用车购置费`, code: "31013" },
        ],
        left: [cell("09", S, "决算数·$item")],
        rel: "≥",
        right: [cell("06", "$code", V)],
      },
    ],
  },
  {
    id: "X-17",
    severity: "error",
    group: "表间",
    title: "有支出的科目须有收入或结转",
    description:
      "03表有支出的科目在02表没有收入，且01表年初结转和结余为零时，支出没有资金来源：多半是02表漏列了该科目。",
    checks: [
      {
        kind: "coverage",
        source: { table: "03", col: "本年支出合计" },
        target: "02",
        excusedBy: cell("01", "年初结转和结余", V),
      },
    ],
  },
  {
    id: "X-18",
    severity: "warning",
    group: "表间",
    title: "06表 经济分类与 05表 功能分类的对应关系",
    description:
      "常见对应（非官方口径，仅作提示）：30108 ≈ 2080505，30109 ≈ 2080506，30113 ≈ 2210201，30110 ≈ 2101101 + 2101102，30111 ≈ 2101103（05表基本支出）。",
    checks: [
      {
        kind: "relation",
        variants: [
          { econ: "30108", a: "2080505" },
          { econ: "30109", a: "2080506" },
          { econ: "30113", a: "2210201" },
          { econ: "30111", a: "2101103" },
        ],
        left: [cell("06", "$econ", V)],
        rel: "=",
        right: [cell("05", "$a", "基本支出")],
      },
      {
        kind: "relation",
        left: [cell("06", "30110", V)],
        rel: "=",
        right: cells("05", ["2101101", "2101102"], "基本支出"),
      },
    ],
  },
];
