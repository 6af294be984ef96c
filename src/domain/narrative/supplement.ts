/**
 * 补充数据: the figures the narrative needs that no table holds, declared per template as data. Values are
 * strings as in document files (amounts in the document's unit, counts as integers, text as written).
 */
import type { TableId } from "../templates/types";
import { FIELDS_SHANGHAI_2024 } from "./supplement-shanghai-2024";

export type FieldKind = "amount" | "count" | "text";

export interface SupplementField {
  key: string;
  label: string;
  kind: FieldKind;
  /** The 情况说明 section that uses it ("一" … "十三"). */
  section: string;
  /** The N-rule its 提示 is filed under, when not the 2023 section's (上海 numbers its sections otherwise). */
  rule?: string;
  /** One value per row of a table (key `${key}·${row}`): 年初预算 per 05 项. */
  perRow?: { table: TableId; rows: "leaves" };
}

/** Entered 补充数据: field key (or `${key}·${row}`) → value. */
export type SupplementValues = Readonly<Record<string, string>>;

export function perRowKey(key: string, row: string): string {
  return `${key}·${row}`;
}

const amount = (key: string, label: string, section: string): SupplementField => ({
  key,
  label,
  kind: "amount",
  section,
});
const count = (key: string, label: string, section: string): SupplementField => ({
  key,
  label,
  kind: "count",
  section,
});

const SANGONG_ITEMS = ["因公出国（境）费", "公务用车购置及运行维护费", "公务接待费"] as const;

/** The 2023 template's fields (the seed's 情况说明 reads each of them). */
export const FIELDS_2023: readonly SupplementField[] = [
  amount("上年收支总计", "上年收、支总计", "一"),
  amount("上年财政拨款收支总计", "上年财政拨款收、支总计", "四"),
  amount("上年一般公共预算财政拨款支出", "上年一般公共预算财政拨款支出", "五"),
  {
    key: "年初预算",
    label: "年初预算（一般公共预算财政拨款，按项）",
    kind: "amount",
    section: "五",
    perRow: { table: "05", rows: "leaves" },
  },
  amount("上年三公经费", "上年“三公”经费支出决算", "九"),
  ...SANGONG_ITEMS.map((item) => amount(`上年三公·${item}`, `上年${item}支出决算`, "九")),
  count("出国团组", "因公出国（境）团组数", "九"),
  count("出国人次", "因公出国（境）人次", "九"),
  count("购置车辆数", "购置车辆数", "九"),
  count("公务用车保有量", "期末公务用车保有量", "九"),
  amount("外宾接待费", "外宾接待支出", "九"),
  count("外宾接待团组", "接待国（境）外来访团组数", "九"),
  count("外宾接待人次", "来访外宾人次", "九"),
  amount("国内公务接待费", "其他国内公务接待支出", "九"),
  count("国内接待团组", "接待国内来访团组数", "九"),
  count("国内接待人次", "国内来宾人次", "九"),
  amount("机关运行经费", "机关运行经费支出", "十"),
  amount("上年机关运行经费", "上年机关运行经费支出", "十"),
  amount("政府采购货物", "政府采购货物支出", "十一"),
  amount("政府采购工程", "政府采购工程支出", "十一"),
  amount("政府采购服务", "政府采购服务支出", "十一"),
  amount("授予中小企业", "授予中小企业合同金额", "十一"),
  amount("授予小微企业", "其中授予小微企业合同金额", "十一"),
  ...[
    "省级领导干部用车",
    "主要领导干部用车",
    "机要通信用车",
    "应急保障车",
    "执法执勤用车",
    "特种专业技术用车",
    "离退休干部用车",
    "其他用车",
  ].map((kind) => count(`车辆·${kind}`, kind, "十二")),
  count("大型设备", "单位价值 100 万元（含）以上设备（台、套）", "十二"),
  count("绩效目标项目数", "批复预算项目绩效目标个数", "十三"),
  count("自评项目数", "绩效自评涵盖项目数", "十三"),
  amount("自评项目资金", "绩效自评涉及预算资金", "十三"),
  { key: "整体自评得分", label: "部门整体支出绩效自评得分", kind: "text", section: "十三" },
];

const FIELDS_BY_TEMPLATE: Readonly<Record<string, readonly SupplementField[]>> = {
  "2023": FIELDS_2023,
  "2023-24": FIELDS_2023,
  "shanghai-2024": FIELDS_SHANGHAI_2024,
  "shanghai-2024-24": FIELDS_SHANGHAI_2024,
};

/** The 补充数据 fields a template declares (none for a template without a narrative). */
export function supplementFields(templateId: string): readonly SupplementField[] {
  return FIELDS_BY_TEMPLATE[templateId] ?? [];
}
