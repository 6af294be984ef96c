/** 附件: the sample's 部门整体支出绩效自评情况表, as published (its department name and 508.72 included). */
import type { SelfEvaluationIndicator, SelfEvaluationTable } from "../model";

const row = (
  level1: string,
  level2: string,
  level3: string,
  target: string,
  weight: string,
  score: string,
  deviation = "0.00",
  reason = "",
): SelfEvaluationIndicator => ({
  level1,
  level2,
  level3,
  target,
  actual: "100%",
  weight,
  score,
  deviation,
  reason,
});

const INPUT = "投入管理指标";
const GOALS = "工作目标管理";
const BUDGET = "预算和财务管理";
const PERFORMANCE = "绩效管理";

export const SEED_SELF_EVALUATION: SelfEvaluationTable = {
  title: "部门整体支出绩效自评情况表",
  year: "2023 年",
  department: "焦作经济技术开发区产业集聚区管理委员会",
  budget: [
    {
      label: "部门预算总额",
      initial: "118.83",
      full: "522.84",
      executed: "508.72",
      weight: "10",
      rate: "97.3 %",
      score: "10",
    },
    {
      label: "资金来源：（1）财政拨款",
      initial: "118.83",
      full: "522.84",
      executed: "508.72",
      weight: "-",
      rate: "97.3 %",
      score: "-",
    },
    {
      label: "（2）财政专户管理资金",
      initial: "0",
      full: "0",
      executed: "0",
      weight: "-",
      rate: "0.00%",
      score: "-",
    },
    {
      label: "（3）单位资金",
      initial: "0",
      full: "0",
      executed: "0",
      weight: "-",
      rate: "0.00%",
      score: "-",
    },
  ],
  goals: {
    expected: "负责产业集聚区园区建设。完成区党工委、管委会交办的其他任务。",
    achieved:
      "完成了党工委、管委会交办的任务,根据工作的进展情况完成目标,既参加了企业观摩活动,与企业对接、洽谈,了解企业的所需,给予帮助企业。又外出洽谈对接项目和企业对接、洽谈、观摩所需的参观学习、交通等支出",
  },
  tasks: [
    {
      name: "推进“百园增效”行动。做好项目跟踪服务",
      content:
        "推进闲置土地及厂房盘活。加快重点项目建设力度,推进项目早投产。协调处理好项目建设中出现的各种困难问题,确保项目如期完成建设,尽快投产达效。",
      achieved: "已完成",
    },
    {
      name: "做好产业集聚区规划编制工作。",
      content: "根据焦作市国土空间规划成果，开展扩区调规工作，进一步完善开发区产业发展规划编制",
      achieved: "已完成",
    },
    {
      name: "积极服务企业，做好统计工作。",
      content: "按照市集聚办的要求，高标准完成产业集聚区的月报表和季报表任务。",
      achieved: "已完成",
    },
  ],
  indicators: [
    row(INPUT, GOALS, "年度履职目标相关性", "相关", "2", "2"),
    row(INPUT, GOALS, "工作任务科学性", "科学", "2", "2"),
    row(INPUT, GOALS, "绩效指标合理性", "合理", "1", "1"),
    row(INPUT, BUDGET, "预算编制完整性", "完整", "1", "1"),
    { ...row(INPUT, BUDGET, "专项资金细化率", "≥95%", "1", "1"), actual: "95%" },
    { ...row(INPUT, BUDGET, "预算调整率", "≤20%", "1", "0.25", "75.00", "按照实际情况执行"), actual: "35%" },
    { ...row(INPUT, BUDGET, "结转结余率", "≤5%", "1", "1"), actual: "5%" },
    { ...row(INPUT, BUDGET, "“三公经费”控制率", "≤90%", "1", "1"), actual: "90%" },
    { ...row(INPUT, BUDGET, "政府采购执行率", "≥90%", "1", "1"), actual: "90%" },
    row(INPUT, BUDGET, "决算真实性", "真实", "2", "2"),
    row(INPUT, BUDGET, "资金使用合规性", "合规", "2", "2"),
    row(INPUT, BUDGET, "管理制度健全性", "健全", "3", "3"),
    row(INPUT, BUDGET, "预决算信息公开性", "公开", "2", "2"),
    row(INPUT, BUDGET, "资产管理规范性", "规范", "5", "5"),
    row(INPUT, PERFORMANCE, "绩效目标编制完成率", "=100%", "1", "1"),
    row(INPUT, PERFORMANCE, "绩效监控完成率", "=100%", "1", "1"),
    row(INPUT, PERFORMANCE, "绩效自评完成率", "=100%", "1", "1"),
    row(INPUT, PERFORMANCE, "部门绩效评价完成率", "=100%", "1", "1"),
    row(INPUT, PERFORMANCE, "评价结果应用率", "=100%", "1", "1"),
    row("产出指标", "重点工作任务完成", "推进“百园增效”行动。做好项目跟踪服务", "完成", "5", "5"),
    row("产出指标", "重点工作任务完成", "做好产业集聚区规划编制工作。", "完成", "5", "5"),
    row("产出指标", "重点工作任务完成", "积极服务企业，做好统计工作。", "完成", "5", "5"),
    row("产出指标", "履职目标实现", "完成区党工委、管委会交办的其他任务", "完成", "5", "5"),
    row("产出指标", "履职目标实现", "负责产业集聚区园区建设", "完成", "5", "5"),
    row("效益指标", "履职效益", "促进园区建设发展", "有效促进", "25", "25"),
    row("效益指标", "满意度", "社会公众满意度", "≥90%", "10", "10"),
  ],
  total: { weight: "100", score: "99.25" },
};
