/** 表内审核 of 公开01 收入支出决算总表 (CHECKS.md §2). */
import { INCOME_01 } from "../../templates/keys";
import type { Rule } from "../types";
import { cell, cells, variantsOf } from "./build";

const V = "决算数";

export const WITHIN_01: readonly Rule[] = [
  {
    id: "R01-1",
    severity: "error",
    group: "表内",
    title: "01表 本年收入合计 = 各项收入之和",
    description: "收入支出决算总表中，本年收入合计等于一般公共预算财政拨款收入至其他收入八项之和。",
    checks: [{ kind: "identity", target: cell("01", "本年收入合计", V), terms: cells("01", INCOME_01, V) }],
  },
  {
    id: "R01-2",
    severity: "error",
    group: "表内",
    title: "01表 本年支出合计 = 各功能分类类级支出之和",
    description: "收入支出决算总表中，本年支出合计等于各支出功能分类类级行之和。",
    checks: [{ kind: "identity", target: cell("01", "本年支出合计", V), terms: [cell("01", "*classes", V)] }],
  },
  {
    id: "R01-3",
    severity: "error",
    group: "表内",
    title: "01表 收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余",
    description: "收入支出决算总表中，收入方总计等于本年收入合计、使用非财政拨款结余与年初结转和结余之和。",
    checks: [
      {
        kind: "identity",
        target: cell("01", "收入总计", V),
        terms: cells("01", ["本年收入合计", "使用非财政拨款结余", "年初结转和结余"], V),
      },
    ],
  },
  {
    id: "R01-4",
    severity: "error",
    group: "表内",
    title: "01表 支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余",
    description: "收入支出决算总表中，支出方总计等于本年支出合计、结余分配与年末结转和结余之和。",
    checks: [
      {
        kind: "identity",
        target: cell("01", "支出总计", V),
        terms: cells("01", ["本年支出合计", "结余分配", "年末结转和结余"], V),
      },
    ],
  },
  {
    id: "R01-5",
    severity: "error",
    group: "表内",
    title: "01表 收入总计 = 支出总计",
    description: "收入支出决算总表收支平衡：收入方总计等于支出方总计。",
    checks: [
      { kind: "relation", left: [cell("01", "收入总计", V)], rel: "=", right: [cell("01", "支出总计", V)] },
    ],
  },
  {
    id: "R01-6",
    severity: "warning",
    group: "表内",
    title: "01表 使用非财政拨款结余、结余分配不应为负",
    description: "使用非财政拨款结余和结余分配仅事业单位填列，且不为负数；行政单位通常为空。",
    checks: [
      {
        kind: "relation",
        variants: variantsOf("row", ["使用非财政拨款结余", "结余分配"]),
        left: [cell("01", "$row", V)],
        rel: "≥",
        right: [],
      },
    ],
  },
  {
    id: "R01-7",
    severity: "warning",
    group: "表内",
    title: "01表 金额不应为负",
    description: "收入支出决算总表各项金额应不小于零；出现负数须在说明中解释。",
    checks: [
      {
        kind: "relation",
        forEach: { table: "01", rows: "all" },
        left: [cell("01", "$row", V)],
        rel: "≥",
        right: [],
      },
    ],
  },
];
