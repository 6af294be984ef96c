/** 表内审核 of 公开04 财政拨款收入支出决算总表 (CHECKS.md §2). */
import { FUNDS } from "../../templates/keys";
import type { Rule } from "../types";
import { cell, cells, variantsOf } from "./build";

const OPENING = FUNDS.map((fund) => `年初结转和结余·${fund}`);
const SPENDING_04 = ["本年支出合计", "年末财政拨款结转和结余", "支出总计"];
const spendingRowSum = {
  target: cell("04", "$row", "合计"),
  terms: FUNDS.map((fund) => cell("04", "$row", fund)),
};

export const WITHIN_04: readonly Rule[] = [
  {
    id: "R04-1",
    severity: "error",
    group: "表内",
    title: "04表 本年收入合计 = 三项财政拨款收入之和",
    description:
      "财政拨款收入支出决算总表中，本年收入合计等于一般公共预算、政府性基金预算、国有资本经营预算财政拨款之和。",
    checks: [
      { kind: "identity", target: cell("04", "本年收入合计", "金额"), terms: cells("04", FUNDS, "金额") },
    ],
  },
  {
    id: "R04-2",
    severity: "error",
    group: "表内",
    title: "04表 年初财政拨款结转和结余 = 分资金来源之和",
    description:
      "年初财政拨款结转和结余等于一般公共预算、政府性基金预算、国有资本经营预算财政拨款年初结转和结余之和。",
    checks: [
      {
        kind: "identity",
        target: cell("04", "年初财政拨款结转和结余", "金额"),
        terms: cells("04", OPENING, "金额"),
      },
    ],
  },
  {
    id: "R04-3",
    severity: "error",
    group: "表内",
    title: "04表 收入总计 = 本年收入合计 + 年初财政拨款结转和结余",
    description: "财政拨款收入支出决算总表中，收入方总计等于本年收入合计与年初财政拨款结转和结余之和。",
    checks: [
      {
        kind: "identity",
        target: cell("04", "收入总计", "金额"),
        terms: cells("04", ["本年收入合计", "年初财政拨款结转和结余"], "金额"),
      },
    ],
  },
  {
    id: "R04-4",
    severity: "error",
    group: "表内",
    title: "04表 支出各行：合计 = 三项财政拨款之和",
    description:
      "财政拨款收入支出决算总表支出方每一行，合计栏等于一般公共预算、政府性基金预算、国有资本经营预算财政拨款三栏之和。",
    checks: [
      { kind: "identity", forEach: { table: "04", rows: "classes" }, ...spendingRowSum },
      { kind: "identity", variants: variantsOf("row", SPENDING_04), ...spendingRowSum },
    ],
  },
  {
    id: "R04-5",
    severity: "error",
    group: "表内",
    title: "04表 本年支出合计 = 各功能分类类级支出之和（各栏）",
    description: "财政拨款收入支出决算总表中，本年支出合计的每一栏等于各支出功能分类类级行该栏之和。",
    checks: [
      {
        kind: "identity",
        variants: variantsOf("col", ["合计", ...FUNDS]),
        target: cell("04", "本年支出合计", "$col"),
        terms: [cell("04", "*classes", "$col")],
      },
    ],
  },
  {
    id: "R04-6",
    severity: "error",
    group: "表内",
    title: "04表 支出总计 = 本年支出合计 + 年末财政拨款结转和结余（各栏）",
    description:
      "财政拨款收入支出决算总表中，支出方总计的每一栏等于本年支出合计与年末财政拨款结转和结余之和。",
    checks: [
      {
        kind: "identity",
        variants: variantsOf("col", ["合计", ...FUNDS]),
        target: cell("04", "支出总计", "$col"),
        terms: cells("04", ["本年支出合计", "年末财政拨款结转和结余"], "$col"),
      },
    ],
  },
  {
    id: "R04-7",
    severity: "error",
    group: "表内",
    title: "04表 收入总计 = 支出总计",
    description: "财政拨款收入支出决算总表收支平衡：收入方总计等于支出方总计（合计栏）。",
    checks: [
      {
        kind: "relation",
        left: [cell("04", "收入总计", "金额")],
        rel: "=",
        right: [cell("04", "支出总计", "合计")],
      },
    ],
  },
  {
    id: "R04-8",
    severity: "error",
    group: "表内",
    title: "04表 分资金来源收支平衡",
    description: "每一资金来源：本年收入 + 年初结转和结余 = 本年支出 + 年末结转和结余。",
    checks: [
      {
        kind: "relation",
        variants: FUNDS.map((fund) => ({ fund, opening: `年初结转和结余·${fund}` })),
        left: [cell("04", "$fund", "金额"), cell("04", "$opening", "金额")],
        rel: "=",
        right: [cell("04", "本年支出合计", "$fund"), cell("04", "年末财政拨款结转和结余", "$fund")],
      },
    ],
  },
  {
    id: "R04-9",
    severity: "warning",
    group: "表内",
    title: "04表 国有资本经营预算支出类只应有国有资本经营预算财政拨款",
    description: "类级行“国有资本经营预算支出”（223）在一般公共预算、政府性基金预算栏有金额时提示核实。",
    checks: [
      {
        kind: "relation",
        variants: variantsOf("fund", FUNDS.slice(0, 2)),
        left: [cell("04", "223", "$fund")],
        rel: "=",
        right: [],
      },
    ],
  },
];
