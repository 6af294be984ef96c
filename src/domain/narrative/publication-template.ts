/**
 * What a template gives a new document besides the 情况说明 sentences: the 部门概况 headings (职责, 机构设置),
 * the standard 名词解释 and the layout of the 部门整体支出绩效自评表. Data per template, so that a department
 * starts from the published form instead of an empty page.
 */
import { GLOSSARY } from "../training/glossary";
import type { GlossaryEntry, Paragraph, Publication, SelfEvaluationTable } from "./model";

/** The headings of 第一、二、三部分 as the template prints them; `{year}`, `{department}` from the document. */
export interface PartHeadings {
  overview: string;
  tables: string;
  narrative: string;
}

export interface PublicationTemplate {
  parts: PartHeadings;
  /** 第一部分's headings; `{department}` is the document's department. */
  overview: readonly { role: string; heading: string }[];
  glossary: readonly GlossaryEntry[];
  /** The 自评表's row labels; every figure and score starts blank. */
  selfEvaluation: {
    title: string;
    budgetRows: readonly string[];
    indicators: readonly { level1: string; level2: string; level3: string }[];
  };
  /** How the 自评表 is listed in the 目录; `{year}` is the document's year. */
  selfEvaluationListed: string;
}

const INPUT = "投入管理指标";
const indicator = (level2: string, level3: string) => ({ level1: INPUT, level2, level3 });

const TEMPLATE_2023: PublicationTemplate = {
  parts: {
    overview: "第一部分 部门概况",
    tables: "第二部分 {year} 年度{department}部门决算表",
    narrative: "第三部分 {year} 年度部门决算情况说明",
  },
  overview: [
    { role: "概况.职责", heading: "一、{department}部门职责" },
    { role: "概况.机构", heading: "二、机构设置" },
  ],
  glossary: GLOSSARY.map(({ term, definition }) => ({ term, definition })),
  selfEvaluation: {
    title: "部门整体支出绩效自评情况表",
    budgetRows: ["部门预算总额", "资金来源：（1）财政拨款", "（2）财政专户管理资金", "（3）单位资金"],
    indicators: [
      indicator("工作目标管理", "年度履职目标相关性"),
      indicator("工作目标管理", "工作任务科学性"),
      indicator("工作目标管理", "绩效指标合理性"),
      indicator("预算和财务管理", "预算编制完整性"),
      indicator("预算和财务管理", "专项资金细化率"),
      indicator("预算和财务管理", "预算调整率"),
      indicator("预算和财务管理", "结转结余率"),
      indicator("预算和财务管理", "“三公经费”控制率"),
      indicator("预算和财务管理", "政府采购执行率"),
      indicator("预算和财务管理", "决算真实性"),
      indicator("预算和财务管理", "资金使用合规性"),
      indicator("预算和财务管理", "管理制度健全性"),
      indicator("预算和财务管理", "预决算信息公开性"),
      indicator("预算和财务管理", "资产管理规范性"),
      indicator("绩效管理", "绩效目标编制完成率"),
      indicator("绩效管理", "绩效监控完成率"),
      indicator("绩效管理", "绩效自评完成率"),
      indicator("绩效管理", "部门绩效评价完成率"),
      indicator("绩效管理", "评价结果应用率"),
      { level1: "产出指标", level2: "重点工作任务完成", level3: "" },
      { level1: "产出指标", level2: "履职目标实现", level3: "" },
      { level1: "效益指标", level2: "履职效益", level3: "" },
      { level1: "效益指标", level2: "满意度", level3: "社会公众满意度" },
    ],
  },
  selfEvaluationListed: "附件 1：《{year} 年度部门整体支出绩效自评情况表》",
};

/** 上海's 第一部分 as its template heads it (a department of one unit renames 二 to 机构设置 itself). */
const TEMPLATE_SHANGHAI_2024: PublicationTemplate = {
  ...TEMPLATE_2023,
  // "第一部分 上海市XX局概况", "上海市XX局 2024年度部门决算表", "第三部分 上海市XX局 2024年度部门决算情况说明".
  parts: {
    overview: "第一部分 {department}概况",
    tables: "第二部分 {department} {year} 年度部门决算表",
    narrative: "第三部分 {department} {year} 年度部门决算情况说明",
  },
  overview: [
    { role: "概况.职责", heading: "一、主要职能" },
    { role: "概况.机构", heading: "二、部门决算单位构成" },
  ],
};

const BY_TEMPLATE: Readonly<Record<string, PublicationTemplate>> = {
  "2023": TEMPLATE_2023,
  "2023-24": TEMPLATE_2023,
  "shanghai-2024": TEMPLATE_SHANGHAI_2024,
  "shanghai-2024-24": TEMPLATE_SHANGHAI_2024,
};

/** The template's parts; a template without its own uses the 2023 form (the only published one we have). */
export function publicationTemplate(templateId: string): PublicationTemplate {
  return BY_TEMPLATE[templateId] ?? TEMPLATE_2023;
}

export interface DocumentFacts {
  templateId: string;
  year: number;
  department: string;
}

/** A heading with the document's year and department written in. */
function fillFacts(text: string, facts: { year: number; department: string }): string {
  return text.replace("{year}", String(facts.year)).replace("{department}", facts.department);
}

/** 第一、二、三部分's heading for a document, as its template prints it. */
export function partHeading(
  meta: { template: string; year: number; department: string },
  part: keyof PartHeadings,
): string {
  return fillFacts(publicationTemplate(meta.template).parts[part], meta);
}

/** A publication before anything is written: the template's headings and 名词解释, no 情况说明 yet. */
export function startingPublication(facts: DocumentFacts): Publication {
  const template = publicationTemplate(facts.templateId);
  const overview: Paragraph[] = template.overview.map(({ role, heading }) => ({
    role,
    heading: true,
    runs: [{ text: heading.replace("{department}", facts.department) }],
  }));
  return {
    overview,
    narrativeHeading: fillFacts(template.parts.narrative, facts),
    narrative: [],
    glossary: template.glossary.map((entry) => ({ ...entry })),
    attachments: [],
  };
}

/** The 自评表 as the template lays it out, every figure blank, for the department to fill in. */
export function emptySelfEvaluation(facts: DocumentFacts): SelfEvaluationTable {
  const { selfEvaluation } = publicationTemplate(facts.templateId);
  const blank = { initial: "", full: "", executed: "", weight: "", rate: "", score: "" };
  return {
    title: selfEvaluation.title,
    year: `${facts.year} 年`,
    department: facts.department,
    budget: selfEvaluation.budgetRows.map((label) => ({ label, ...blank })),
    goals: { expected: "", achieved: "" },
    tasks: [],
    indicators: selfEvaluation.indicators.map((labels) => ({
      ...labels,
      target: "",
      actual: "",
      weight: "",
      score: "",
      deviation: "",
      reason: "",
    })),
    // The 总分 row is read as numbers by N-19: 分值 total 100 by the form's rule, no score yet.
    total: { weight: "100", score: "0" },
  };
}

/** The 目录 line of the 自评表 for this document. */
export function selfEvaluationListed(facts: DocumentFacts): string {
  return publicationTemplate(facts.templateId).selfEvaluationListed.replace("{year}", String(facts.year));
}
