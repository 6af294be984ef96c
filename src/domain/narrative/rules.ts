/**
 * 表文一致 (CHECKS.md §5): the N-rules as data. Figure rules are checked at the slots of the template's
 * standard sentences that name them (template-2023.ts); list, name and structure rules by the checks in
 * `check-lists.ts`. `severity` is the rule's severity for a figure that disagrees; a base of 0 printed as a
 * rate, a truncated rate and a figure written in the wrong unit or precision are 提示 (warning).
 */
import type { RuleSeverity } from "../checks/types";

export interface NarrativeRule {
  id: string;
  severity: RuleSeverity;
  title: string;
}

export const NARRATIVE_RULES: readonly NarrativeRule[] = [
  { id: "N-1", severity: "error", title: "收支总计与上年比较与公开01表一致" },
  { id: "N-2", severity: "error", title: "收入合计及各项收入占比与公开02表一致" },
  { id: "N-3", severity: "error", title: "支出合计及基本、项目支出占比与公开03表一致" },
  { id: "N-4", severity: "error", title: "财政拨款收支总计与公开04表一致" },
  { id: "N-5", severity: "error", title: "一般公共预算财政拨款支出总额及占比与公开05表一致" },
  { id: "N-6", severity: "error", title: "按类列示的支出及占比与公开05表一致（不涉及的不列）" },
  { id: "N-7", severity: "error", title: "年初预算合计等于各项年初预算之和，完成率正确" },
  { id: "N-8", severity: "error", title: "每个项级科目说明一次，决算数与完成率与公开05表一致" },
  { id: "N-9", severity: "warning", title: "文中科目名称与表中一致" },
  { id: "N-10", severity: "error", title: "基本支出、人员经费、公用经费及其明细与公开05/06表一致" },
  { id: "N-11", severity: "error", title: "政府性基金、国有资本经营说明与公开07/08表一致" },
  { id: "N-12", severity: "error", title: "“三公”经费预算、决算与完成率与公开09表一致" },
  { id: "N-13", severity: "error", title: "“三公”经费分项预算、决算、完成率与占比与公开09表一致" },
  { id: "N-14", severity: "error", title: "公务用车购置、运行维护与车辆数一致" },
  { id: "N-15", severity: "warning", title: "机关运行经费说明与基本支出相符" },
  { id: "N-16", severity: "error", title: "政府采购总额等于货物、工程、服务之和，占比正确" },
  { id: "N-17", severity: "error", title: "车辆总数等于各类车辆之和" },
  { id: "N-18", severity: "error", title: "绩效管理涉及金额与表一致，金额单位一致" },
  { id: "N-19", severity: "error", title: "部门整体支出绩效自评表与表、文一致" },
  { id: "N-20", severity: "warning", title: "自评表中可由表计算的指标值一致" },
  { id: "N-21", severity: "warning", title: "章节编号、标题与目录一致，目录所列附件齐全" },
  { id: "N-22", severity: "warning", title: "比率与金额保留两位小数" },
];

export function narrativeRule(id: string): NarrativeRule {
  const rule = NARRATIVE_RULES.find((r) => r.id === id);
  if (!rule) throw new Error(`未知的表文一致规则 ${id}`);
  return rule;
}
