import type { FormulaSpec, TableTemplate } from "../types";
import { functionSubjectLayout, lanedColumns, subjectFormulas } from "./subject-table";

const SPENT = ["本年支出"];

export const table07: TableTemplate = {
  id: "07",
  title: "政府性基金预算财政拨款收入支出决算表",
  label: "公开07表",
  layout: functionSubjectLayout(
    lanedColumns([
      "年初结转和结余",
      "本年收入",
      { key: "本年支出小计", label: "小计", groups: SPENT },
      { key: "基本支出", label: "基本支出", groups: SPENT },
      { key: "项目支出", label: "项目支出", groups: SPENT },
      "年末结转和结余",
    ]),
  ),
  notes: ["注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。"],
};

export const formulas07: FormulaSpec[] = subjectFormulas(
  "07",
  "本年支出小计",
  ["基本支出", "项目支出"],
  ["年初结转和结余", "本年收入", "基本支出", "项目支出", "年末结转和结余"],
);
