/** 表内审核 of the 科目 tables 02, 03, 05, 07 and 08 (CHECKS.md §2). */
import { PARTS_03, SOURCES_02 } from "../../templates/keys";
import type { Rule } from "../types";
import { cell, codesOfChildren, minus, rowSum, totalOfClasses } from "./build";

export const WITHIN_SUBJECT_TABLES: readonly Rule[] = [
  {
    id: "R02-1",
    severity: "error",
    group: "表内",
    title: "02表 每行：本年收入合计 = 各项收入之和",
    description: "收入决算表每一行，本年收入合计等于财政拨款收入至其他收入各栏之和。",
    checks: [rowSum("02", "本年收入合计", SOURCES_02)],
  },
  {
    id: "R02-2",
    severity: "error",
    group: "表内",
    title: "02表 合计 = Σ 类",
    description: "收入决算表合计行的每一栏等于各类级科目该栏之和。",
    checks: [totalOfClasses("02")],
  },
  {
    id: "R02-3",
    severity: "error",
    group: "表内",
    title: "02表 类 = Σ 款，款 = Σ 项",
    description: "收入决算表中，每个类级科目等于其下款级科目之和，每个款级科目等于其下项级科目之和（各栏）。",
    checks: [codesOfChildren("02")],
  },
  {
    id: "R02-4",
    severity: "error",
    group: "表内",
    title: "科目层级完整",
    description: "项级科目须有其款级、类级科目行，款级科目须有其类级科目行（02、03、05、07、08 表）。",
    checks: [{ kind: "structure", tables: ["02", "03", "05", "07", "08"] }],
  },
  {
    id: "R03-1",
    severity: "error",
    group: "表内",
    title: "03表 每行：本年支出合计 = 各项支出之和",
    description:
      "支出决算表每一行，本年支出合计等于基本支出、项目支出、上缴上级支出、经营支出、对附属单位补助支出之和。",
    checks: [rowSum("03", "本年支出合计", PARTS_03)],
  },
  {
    id: "R03-2",
    severity: "error",
    group: "表内",
    title: "03表 合计 = Σ 类",
    description: "支出决算表合计行的每一栏等于各类级科目该栏之和。",
    checks: [totalOfClasses("03")],
  },
  {
    id: "R03-3",
    severity: "error",
    group: "表内",
    title: "03表 类 = Σ 款，款 = Σ 项",
    description: "支出决算表中，每个类级科目等于其下款级科目之和，每个款级科目等于其下项级科目之和（各栏）。",
    checks: [codesOfChildren("03")],
  },
  {
    id: "R03-4",
    severity: "warning",
    group: "表内",
    title: "03表 “其他…支出”科目列有基本支出",
    description: "编码以 99 结尾的“其他……支出”科目一般不安排基本支出，有基本支出金额时提示核实。",
    checks: [
      {
        kind: "relation",
        forEach: { table: "03", rows: { pattern: "^\\d{3}(\\d{2})?99$" } },
        left: [cell("03", "$row", "基本支出")],
        rel: "=",
        right: [],
      },
    ],
  },
  {
    id: "R05-1",
    severity: "error",
    group: "表内",
    title: "05表 每行：小计 = 基本支出 + 项目支出",
    description: "一般公共预算财政拨款支出决算表每一行，小计等于基本支出与项目支出之和。",
    checks: [rowSum("05", "小计", ["基本支出", "项目支出"])],
  },
  {
    id: "R05-2",
    severity: "error",
    group: "表内",
    title: "05表 合计 = Σ 类，类 = Σ 款，款 = Σ 项",
    description:
      "一般公共预算财政拨款支出决算表中，合计等于各类之和，类等于其下款之和，款等于其下项之和（各栏）。",
    checks: [totalOfClasses("05"), codesOfChildren("05")],
  },
  {
    id: "R07-1",
    severity: "error",
    group: "表内",
    title: "07表 每行：本年支出小计 = 基本支出 + 项目支出",
    description: "政府性基金预算财政拨款收入支出决算表每一行，本年支出小计等于基本支出与项目支出之和。",
    checks: [rowSum("07", "本年支出小计", ["基本支出", "项目支出"])],
  },
  {
    id: "R07-2",
    severity: "error",
    group: "表内",
    title: "07表 每行：年初结转和结余 + 本年收入 − 本年支出 = 年末结转和结余",
    description:
      "政府性基金预算财政拨款收入支出决算表每一行（含合计），年末结转和结余等于年初结转和结余加本年收入减本年支出。",
    checks: [
      {
        kind: "identity",
        forEach: { table: "07", rows: "all" },
        target: cell("07", "$row", "年末结转和结余"),
        terms: [
          cell("07", "$row", "年初结转和结余"),
          cell("07", "$row", "本年收入"),
          minus(cell("07", "$row", "本年支出小计")),
        ],
      },
    ],
  },
  {
    id: "R07-3",
    severity: "error",
    group: "表内",
    title: "07表 合计 = Σ 类，类 = Σ 款，款 = Σ 项",
    description:
      "政府性基金预算财政拨款收入支出决算表中，合计等于各类之和，类等于其下款之和，款等于其下项之和（各栏）。",
    checks: [totalOfClasses("07"), codesOfChildren("07")],
  },
  {
    id: "R08-1",
    severity: "error",
    group: "表内",
    title: "08表 每行：合计 = 基本支出 + 项目支出",
    description:
      "国有资本经营预算财政拨款支出决算表每一行，合计等于基本支出与项目支出之和；表式为收入支出决算表（上海等）时，每一行年末结转和结余还等于年初结转和结余加本年收入减本年支出。",
    checks: [
      rowSum("08", "合计", ["基本支出", "项目支出"]),
      // Only where the template has the carry-over columns: cells a template lacks are left out.
      {
        kind: "identity",
        forEach: { table: "08", rows: "all" },
        target: cell("08", "$row", "年末结转和结余"),
        terms: [
          cell("08", "$row", "年初结转和结余"),
          cell("08", "$row", "本年收入"),
          minus(cell("08", "$row", "合计")),
        ],
      },
    ],
  },
  {
    id: "R08-2",
    severity: "error",
    group: "表内",
    title: "08表 合计 = Σ 类，类 = Σ 款，款 = Σ 项",
    description:
      "国有资本经营预算财政拨款支出决算表中，合计等于各类之和，类等于其下款之和，款等于其下项之和（各栏）。",
    checks: [totalOfClasses("08"), codesOfChildren("08")],
  },
];
