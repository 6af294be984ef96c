import type { FormulaSpec, TableTemplate } from "../types";
import { functionSubjectLayout, lanedColumns, subjectFormulas } from "./subject-table";

const GROUP = ["本年支出"];

export const table05: TableTemplate = {
  id: "05",
  title: "一般公共预算财政拨款支出决算表",
  label: "公开05表",
  layout: functionSubjectLayout(
    lanedColumns([
      { key: "小计", label: "小计", groups: GROUP },
      { key: "基本支出", label: "基本支出", groups: GROUP },
      { key: "项目支出", label: "项目支出", groups: GROUP },
    ]),
  ),
  notes: [
    "注：本表反映部门本年度一般公共预算财政拨款支出情况。本表金额转换为万元时，因四舍五入可能存在尾差。",
  ],
};

export const formulas05: FormulaSpec[] = subjectFormulas("05", "小计", ["基本支出", "项目支出"]);
