import type { FormulaSpec, TableTemplate } from "../types";
import { functionSubjectLayout, lanedColumns, subjectFormulas } from "./subject-table";

const GROUP = ["本年支出"];

export const table08: TableTemplate = {
  id: "08",
  title: "国有资本经营预算财政拨款支出决算表",
  label: "公开08表",
  layout: functionSubjectLayout(
    lanedColumns([
      { key: "合计", label: "合计", groups: GROUP },
      { key: "基本支出", label: "基本支出", groups: GROUP },
      { key: "项目支出", label: "项目支出", groups: GROUP },
    ]),
    "科目代码",
  ),
  notes: ["注：本表反映部门本年度国有资本经营预算财政拨款支出情况。"],
};

export const formulas08: FormulaSpec[] = subjectFormulas("08", "合计", ["基本支出", "项目支出"]);
