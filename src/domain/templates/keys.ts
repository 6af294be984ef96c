/**
 * Canonical row and column keys that every template shares where a row or column means the same thing,
 * so that the rules and documents carry over between templates. Templates print their own labels.
 */

/** The income rows of 01, in printed order. */
export const INCOME_01 = [
  "一般公共预算财政拨款收入",
  "政府性基金预算财政拨款收入",
  "国有资本经营预算财政拨款收入",
  "上级补助收入",
  "事业收入",
  "经营收入",
  "附属单位上缴收入",
  "其他收入",
] as const;

/** The income columns of 02 by source. */
export const SOURCES_02 = [
  "财政拨款收入",
  "上级补助收入",
  "事业收入",
  "经营收入",
  "附属单位上缴收入",
  "其他收入",
];

/** The parts of 03's 本年支出合计. */
export const PARTS_03 = ["基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"];

/** The three 财政拨款 funds of 04 (rows of its income side, columns of its expenditure side). */
export const FUNDS = ["一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"] as const;

/** 09: the two halves, the car group and the one data row. */
export const HALVES = ["预算数", "决算数"] as const;
export const CAR = "公务用车购置及运行维护费";
export const SANGONG_ROW = "三公经费";

/** The column keys of 09 after the half ("预算数·…"), in the seed's printed order. */
export const ITEMS_09: readonly string[] = [
  "合计",
  "因公出国（境）费",
  `${CAR}·小计`,
  `${CAR}·公务用车购置费`,
  `${CAR}·公务用车运行维护费`,
  "公务接待费",
];
