/**
 * 补充数据 of the 上海 2024/2025 template: what its 情况说明 states that no table holds. Besides 2023's, the
 * 公务接待 批次/人次, the 年初预算 of the 07/08 项, the 绩效 project counts and amounts, the 中小企业 预留
 * figures and 上海's vehicle kinds.
 */
import type { FieldKind, SupplementField } from "./supplement";

/** The N-rule of each section's 补充数据 (十一 states three matters, each with its own rule). */
const RULES: Readonly<Record<string, string>> = {
  一: "N-1",
  四: "N-4",
  五: "N-7",
  七: "N-14",
  八: "N-11",
  九: "N-11",
  十: "N-18",
  "十一.机关运行": "N-15",
  "十一.采购": "N-16",
  "十一.资产": "N-17",
};

// Own builders rather than supplement.ts's: that module lists this one, and a cycle would read them unset.
const field =
  (kind: FieldKind) =>
  (key: string, label: string, part: string): SupplementField => ({
    key,
    label,
    kind,
    section: part.split(".")[0] ?? part,
    ...(RULES[part] === undefined ? {} : { rule: RULES[part] }),
  });
const amount = field("amount");
const count = field("count");
const SANGONG_ITEMS = ["因公出国（境）费", "公务用车购置及运行维护费", "公务接待费"] as const;

const perRow = (key: string, label: string, section: string, table: "05" | "07" | "08"): SupplementField => ({
  ...amount(key, label, section),
  perRow: { table, rows: "leaves" },
});

/** 上海's vehicle kinds, in the template's order (部级, not 2023's 省级). */
export const VEHICLE_KINDS_SHANGHAI = [
  "部级领导干部用车",
  "主要领导干部用车",
  "机要通信用车",
  "应急保障用车",
  "执法执勤用车",
  "特种专业技术用车",
  "离退休干部用车",
  "其他用车",
] as const;

export const FIELDS_SHANGHAI_2024: readonly SupplementField[] = [
  amount("上年收支总计", "上年收入支出总计", "一"),
  amount("上年财政拨款收支总计", "上年财政拨款收入支出总计", "四"),
  amount("上年一般公共预算财政拨款支出", "上年一般公共预算财政拨款支出", "五"),
  perRow("年初预算", "年初预算（一般公共预算财政拨款，按项）", "五", "05"),
  amount("上年三公经费", "上年“三公”经费支出决算", "七"),
  ...SANGONG_ITEMS.map((item) => amount(`上年三公·${item}`, `上年${item}支出决算`, "七")),
  count("出国团组", "因公出国（境）团组数", "七"),
  count("出国人次", "因公出国（境）人次", "七"),
  count("购置车辆数", "购置公务用车数量", "七"),
  count("公务用车保有量", "期末公务用车保有量", "七"),
  amount("外宾接待费", "外宾接待支出", "七"),
  count("公务接待批次", "公务接待批次", "七"),
  count("公务接待人次", "公务接待人次", "七"),
  count("外宾接待批次", "接待外宾批次", "七"),
  count("外宾接待人次", "接待外宾人次", "七"),
  perRow("基金年初预算", "政府性基金年初预算（按项）", "八", "07"),
  perRow("国资年初预算", "国有资本经营年初预算（按项）", "九", "08"),
  count("绩效目标项目数", "编报绩效目标的项目数", "十"),
  amount("绩效目标项目资金", "编报绩效目标的项目涉及预算金额", "十"),
  count("绩效跟踪项目数", "绩效跟踪评价的项目数", "十"),
  amount("绩效跟踪项目资金", "绩效跟踪评价的项目涉及预算金额", "十"),
  count("自评项目数", "绩效自评的项目数", "十"),
  amount("自评项目资金", "绩效自评的项目涉及预算金额", "十"),
  amount("自评平均得分", "绩效自评平均得分（分）", "十"),
  ...(["优", "良", "合格", "不合格"] as const).map((grade) =>
    count(`自评评级·${grade}`, `绩效评级为“${grade}”的项目数`, "十"),
  ),
  count("自评问题数", "绩效自评发现问题数", "十"),
  count("已整改问题数", "已经完成整改的问题数", "十"),
  count("整改中问题数", "正在整改的问题数", "十"),
  amount("机关运行经费", "机关运行经费支出", "十一.机关运行"),
  amount("上年机关运行经费", "上年机关运行经费支出", "十一.机关运行"),
  amount("政府采购货物", "货物采购金额", "十一.采购"),
  amount("政府采购工程", "工程采购金额", "十一.采购"),
  amount("政府采购服务", "服务采购金额", "十一.采购"),
  amount("中小企业预留预算", "面向中小企业预留政府采购项目预算金额", "十一.采购"),
  amount("小微企业预留预算", "面向小微企业预留政府采购项目预算金额", "十一.采购"),
  amount("中小企业预留成交", "面向中小企业预留项目中由中小企业供应商中标或成交的采购金额", "十一.采购"),
  amount("小微企业预留成交", "面向小微企业预留项目中由小微企业供应商中标或成交的采购金额", "十一.采购"),
  amount("其他项目中小企业成交", "其他政府采购项目中由中小企业供应商中标或成交的采购金额", "十一.采购"),
  ...VEHICLE_KINDS_SHANGHAI.map((kind) => count(`车辆·${kind}`, kind, "十一.资产")),
  count("大型设备", "单价 100 万元（含）以上设备（不含车辆，台、套）", "十一.资产"),
];
