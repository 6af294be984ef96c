import { type ClassRowVariant, fillerRows, functionClassCodes, functionClassRows } from "../function-classes";
import type { CellRef, FormulaSpec, TableTemplate } from "../types";

export const FUNDS = ["一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"] as const;
const ORDINALS = ["一", "二", "三"];
const IN = "金额";
const OUT = "合计";
const opening = (fund: string) => `年初结转和结余·${fund}`;

/** 公开04 财政拨款收入支出决算总表; 行次 follow from the class-row variant. */
export function table04(variant: ClassRowVariant): TableTemplate {
  const n = functionClassCodes(variant).length;
  return {
    id: "04",
    title: "财政拨款收入支出决算总表",
    label: "公开04表",
    layout: {
      kind: "panes",
      laneRow: true,
      panes: [
        {
          caption: "收入",
          itemHeader: "项 目",
          lineHeader: "行次",
          columns: [{ key: IN, label: "金额", lane: "1" }],
          rows: [
            ...FUNDS.map((key, i) => ({ key, label: `${ORDINALS[i]}、${key}`, line: i + 1 })),
            ...fillerRows(4, n),
            { key: "本年收入合计", label: "本年收入合计", line: n + 1, total: true },
            { key: "年初财政拨款结转和结余", label: "年初财政拨款结转和结余", line: n + 2 },
            ...FUNDS.map((fund, i) => ({ key: opening(fund), label: fund, line: n + 3 + i, indent: 1 })),
            { key: "收入总计", label: "总计", line: n + 6, total: true },
          ],
        },
        {
          caption: "支出",
          itemHeader: "项 目",
          lineHeader: "行次",
          columns: [
            { key: OUT, label: "合计", lane: "2" },
            ...FUNDS.map((fund, i) => ({ key: fund, label: fund, lane: String(i + 3) })),
          ],
          rows: [
            ...functionClassRows(variant, n + 7),
            { key: "本年支出合计", label: "本年支出合计", line: 2 * n + 7, total: true },
            { key: "年末财政拨款结转和结余", label: "年末财政拨款结转和结余", line: 2 * n + 8 },
            ...fillerRows(2 * n + 9, 2 * n + 11),
            { key: "支出总计", label: "总计", line: 2 * n + 12, total: true },
          ],
        },
      ],
    },
    notes: [
      "注：本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总收支和年末结转结余情况。本表金额转换为万元时，因四舍五入可能存在尾差。",
    ],
  };
}

const cell = (row: string, col: string): CellRef => ({ table: "04", row, col });

/** Where each fund's expenditure by class comes from: 05, 07 and 08. */
const FUND_SOURCES = [
  { fund: FUNDS[0], table: "05", col: "小计" },
  { fund: FUNDS[1], table: "07", col: "本年支出小计" },
  { fund: FUNDS[2], table: "08", col: "合计" },
] as const;

export function formulas04(variant: ClassRowVariant): FormulaSpec[] {
  const classCodes = functionClassCodes(variant);
  const spendingRows = [...classCodes, "本年支出合计", "年末财政拨款结转和结余", "支出总计"];
  return [
    { kind: "sum", target: cell("本年收入合计", IN), terms: FUNDS.map((f) => cell(f, IN)) },
    {
      kind: "sum",
      target: cell("年初财政拨款结转和结余", IN),
      terms: FUNDS.map((f) => cell(opening(f), IN)),
    },
    {
      kind: "sum",
      target: cell("收入总计", IN),
      terms: [cell("本年收入合计", IN), cell("年初财政拨款结转和结余", IN)],
    },
    { kind: "rowSum", table: "04", target: OUT, terms: FUNDS, rows: spendingRows },
    ...FUND_SOURCES.map(
      (s): FormulaSpec => ({
        kind: "mirror",
        target: { table: "04", col: s.fund },
        source: { table: s.table, col: s.col },
        rows: classCodes,
      }),
    ),
    { kind: "columnSum", table: "04", target: "本年支出合计", rows: classCodes, columns: FUNDS },
    {
      kind: "columnSum",
      table: "04",
      target: "支出总计",
      rows: ["本年支出合计", "年末财政拨款结转和结余"],
      columns: FUNDS,
    },
  ];
}
