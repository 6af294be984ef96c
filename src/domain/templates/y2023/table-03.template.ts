import type { FormulaSpec, TableTemplate } from "../types";
import { functionSubjectLayout, lanedColumns, subjectFormulas } from "./subject-table";

/** The spending columns of 03 by kind (the rules read them too). */
export const PARTS_03 = ["基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"];

export const table03: TableTemplate = {
  id: "03",
  title: "支出决算表",
  label: "公开03表",
  layout: functionSubjectLayout(lanedColumns(["本年支出合计", ...PARTS_03])),
  notes: ["注：本表反映部门本年度各项支出情况。本表金额转换为万元时，因四舍五入可能存在尾差。"],
};

export const formulas03: FormulaSpec[] = subjectFormulas("03", "本年支出合计", PARTS_03);
