/** 表内审核 of 公开06 基本支出明细表 and 公开09 “三公”经费表 (CHECKS.md §2). */
import { CAR, HALVES, ITEMS_09, SANGONG_ROW as S } from "../../templates/keys";
import type { Rule } from "../types";
import { cell, cells, variantsOf } from "./build";

const V = "决算数";

export const WITHIN_06_09: readonly Rule[] = [
  {
    id: "R06-1",
    severity: "error",
    group: "表内",
    title: "06表 类 = Σ 款",
    description: "一般公共预算财政拨款基本支出决算明细表中，每个经济分类类级科目等于其下款级科目之和。",
    checks: [{ kind: "tree", table: "06", level: "codes" }],
  },
  {
    id: "R06-2",
    severity: "error",
    group: "表内",
    title: "06表 人员经费合计 = 301 + 303",
    description: "人员经费合计等于工资福利支出（301）与对个人和家庭的补助（303）之和。",
    checks: [
      { kind: "identity", target: cell("06", "人员经费合计", V), terms: cells("06", ["301", "303"], V) },
    ],
  },
  {
    id: "R06-3",
    severity: "error",
    group: "表内",
    title: "06表 公用经费合计 = 其余各类之和",
    description:
      "公用经费合计等于商品和服务支出、债务利息及费用支出、资本性支出、对企业补助、对社会保障基金补助、其他支出等类之和。",
    checks: [
      {
        kind: "identity",
        target: cell("06", "公用经费合计", V),
        terms: cells("06", ["302", "307", "309", "310", "311", "312", "313", "399"], V),
      },
    ],
  },
  {
    id: "R06-4",
    severity: "warning",
    group: "表内",
    title: "06表 基本支出中少见的经济分类",
    description:
      "基础设施建设、大型修缮、土地补偿等资本性支出，以及债务利息、对企业补助、对社会保障基金补助，一般不在基本支出中列支，有金额时提示核实。",
    checks: [
      {
        kind: "relation",
        variants: variantsOf("row", [
          "307",
          "31005",
          "31006",
          "31009",
          "31010",
          "31011",
          "31012",
          "312",
          "313",
        ]),
        left: [cell("06", "$row", V)],
        rel: "=",
        right: [],
      },
    ],
  },
  ...HALVES.flatMap((half, i): Rule[] => [
    {
      id: i === 0 ? "R09-1" : "R09-3",
      severity: "error",
      group: "表内",
      title: `09表 ${half}：合计 = 因公出国（境）费 + 公务用车购置及运行维护费 + 公务接待费`,
      description: `“三公”经费${half}合计等于因公出国（境）费、公务用车购置及运行维护费小计与公务接待费之和。`,
      checks: [
        {
          kind: "identity",
          target: cell("09", S, `${half}·合计`),
          terms: [`${half}·因公出国（境）费`, `${half}·${CAR}·小计`, `${half}·公务接待费`].map((col) =>
            cell("09", S, col),
          ),
        },
      ],
    },
    {
      id: i === 0 ? "R09-2" : "R09-4",
      severity: "error",
      group: "表内",
      title: `09表 ${half}：公务用车小计 = 购置费 + 运行维护费`,
      description: `“三公”经费${half}中，公务用车购置及运行维护费小计等于公务用车购置费与公务用车运行维护费之和。`,
      checks: [
        {
          kind: "identity",
          target: cell("09", S, `${half}·${CAR}·小计`),
          terms: [
            cell("09", S, `${half}·${CAR}·公务用车购置费`),
            cell("09", S, `${half}·${CAR}·公务用车运行维护费`),
          ],
        },
      ],
    },
  ]),
  {
    id: "R09-6",
    severity: "warning",
    group: "表内",
    title: "09表 决算数超过预算数",
    description: "“三公”经费任一项决算数大于预算数时提示，须在说明中解释原因。",
    checks: [
      {
        kind: "relation",
        variants: variantsOf("item", ITEMS_09),
        left: [cell("09", S, "决算数·$item")],
        rel: "≤",
        right: [cell("09", S, "预算数·$item")],
      },
    ],
  },
];
