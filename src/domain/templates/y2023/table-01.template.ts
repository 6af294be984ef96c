import { type ClassRowVariant, fillerRows, functionClassCodes, functionClassRows } from "../function-classes";
import type { CellRef, FormulaSpec, TableTemplate } from "../types";

const V = "决算数";
/** The income rows of 01, in printed order (the rules read them too). */
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
const ORDINALS = ["一", "二", "三", "四", "五", "六", "七", "八"];
/** 公开01 收入支出决算总表; `variant` picks the 26- or 24-row 功能分类 class list (行次 follow from it). */
export function table01(variant: ClassRowVariant): TableTemplate {
  const n = functionClassCodes(variant).length;
  return {
    id: "01",
    title: "收入支出决算总表",
    label: "公开01表",
    layout: {
      kind: "panes",
      laneRow: true,
      panes: [
        {
          caption: "收入",
          itemHeader: "项 目",
          lineHeader: "行次",
          columns: [{ key: V, label: "决算数", lane: "1" }],
          rows: [
            ...INCOME_01.map((key, i) => ({ key, label: `${ORDINALS[i]}、${key}`, line: i + 1 })),
            ...fillerRows(9, n),
            { key: "本年收入合计", label: "本年收入合计", line: n + 1, total: true },
            { key: "使用非财政拨款结余", label: "使用非财政拨款结余", line: n + 2 },
            { key: "年初结转和结余", label: "年初结转和结余", line: n + 3 },
            ...fillerRows(n + 4, n + 4),
            { key: "收入总计", label: "总计", line: n + 5, total: true },
          ],
        },
        {
          caption: "支出",
          itemHeader: "项 目",
          lineHeader: "行次",
          columns: [{ key: V, label: "决算数", lane: "2" }],
          rows: [
            ...functionClassRows(variant, n + 6),
            { key: "本年支出合计", label: "本年支出合计", line: 2 * n + 6, total: true },
            { key: "结余分配", label: "结余分配", line: 2 * n + 7 },
            { key: "年末结转和结余", label: "年末结转和结余", line: 2 * n + 8 },
            ...fillerRows(2 * n + 9, 2 * n + 9),
            { key: "支出总计", label: "总计", line: 2 * n + 10, total: true },
          ],
        },
      ],
    },
    notes: [
      "注：本表反映部门本年度的总收支和年末结转结余情况。本表金额转换为万元时，因四舍五入可能存在尾差。",
    ],
  };
}

const cell = (row: string): CellRef => ({ table: "01", row, col: V });

export function formulas01(variant: ClassRowVariant): FormulaSpec[] {
  const classCodes = functionClassCodes(variant);
  return [
    ...(["一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"] as const).map(
      (fund): FormulaSpec => ({
        kind: "sum",
        target: cell(`${fund}收入`),
        terms: [{ table: "04", row: fund, col: "金额" }],
      }),
    ),
    ...INCOME_01.slice(3).map(
      (source): FormulaSpec => ({
        kind: "sum",
        target: cell(source),
        terms: [{ table: "02", row: "合计", col: source }],
      }),
    ),
    {
      kind: "mirror",
      target: { table: "01", col: V },
      source: { table: "03", col: "本年支出合计" },
      rows: classCodes,
    },
    { kind: "sum", target: cell("本年收入合计"), terms: INCOME_01.map(cell) },
    {
      kind: "sum",
      target: cell("收入总计"),
      terms: ["本年收入合计", "使用非财政拨款结余", "年初结转和结余"].map(cell),
    },
    { kind: "sum", target: cell("本年支出合计"), terms: classCodes.map(cell) },
    {
      kind: "sum",
      target: cell("支出总计"),
      terms: ["本年支出合计", "结余分配", "年末结转和结余"].map(cell),
    },
  ];
}
