/** 科目/模板 checks (CHECKS.md §4), the cross-table name check X-19 and the amount format R09-5. */
import type { Rule } from "../types";

const FUNCTION_TABLES = ["02", "03", "05", "07", "08"] as const;

export const CATALOG: readonly Rule[] = [
  {
    id: "C-1",
    severity: "warning",
    group: "科目/模板",
    title: "功能分类科目名称与科目表不符",
    description:
      "功能分类科目的名称应与报告年度《政府收支分类科目》一致（按文档年度的科目目录核对：内置目录只有部分科目，其中没有的编码不核对；载入完整的官方目录后，目录中没有的编码也列出）。",
    checks: [{ kind: "names", source: "function", tables: FUNCTION_TABLES }],
  },
  {
    id: "C-2",
    severity: "warning",
    group: "科目/模板",
    title: "经济分类科目名称与科目表不符",
    description: "06表经济分类科目的名称应与《部门预算支出经济分类科目》一致。",
    checks: [{ kind: "names", source: "economic", tables: ["06"] }],
  },
  {
    id: "C-4",
    severity: "warning",
    group: "科目/模板",
    title: "固定行名、栏目名与模板不符",
    description: "固定行的项目名称和各表栏目名称应与模板一致，例如“附属单位上缴收入”“对附属单位补助支出”。",
    checks: [
      { kind: "names", source: "fixedLabels", tables: ["01", "04", "06", "09"] },
      {
        kind: "names",
        source: "columnLabels",
        tables: ["01", "02", "03", "04", "05", "06", "07", "08", "09"],
      },
    ],
  },
  {
    id: "X-19",
    severity: "warning",
    group: "表间",
    title: "同一科目在各表中的名称不一致",
    description: "同一功能分类编码在02、03、05、07、08表中的科目名称应完全相同。",
    checks: [{ kind: "names", source: "acrossTables", tables: FUNCTION_TABLES }],
  },
  {
    id: "R09-5",
    severity: "warning",
    group: "表内",
    title: "金额未按两位小数填写",
    description: "以万元为单位的决算公开表，金额一律保留两位小数（如 4.00），与其他各表一致。",
    checks: [{ kind: "format", unit: "万元", decimals: 2 }],
  },
];
