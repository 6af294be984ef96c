import type { FormulaSpec, TableTemplate } from "../types";
import { functionSubjectLayout, lanedColumns, subjectFormulas } from "./subject-table";

/** The income columns of 02 by source (the rules read them too). */
export const SOURCES_02 = [
  "财政拨款收入",
  "上级补助收入",
  "事业收入",
  "经营收入",
  "附属单位上缴收入",
  "其他收入",
];

export const table02: TableTemplate = {
  id: "02",
  title: "收入决算表",
  label: "公开02表",
  layout: functionSubjectLayout(lanedColumns(["本年收入合计", ...SOURCES_02])),
  notes: ["注：本表反映部门本年度取得的各项收入情况。本表金额转换为万元时，因四舍五入可能存在尾差。"],
};

export const formulas02: FormulaSpec[] = subjectFormulas("02", "本年收入合计", SOURCES_02);
