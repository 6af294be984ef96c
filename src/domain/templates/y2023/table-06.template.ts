import catalog from "../../catalog/econ-codes.json";
import type { CellRef, FixedRow, FormulaSpec, Pane, TableTemplate } from "../types";

const V = "决算数";
/** The seed's arrangement of 经济分类 classes over the three printed column pairs. */
const PANE_CLASSES = [
  ["301", "303"],
  ["302", "307"],
  ["310", "312", "313", "399"],
] as const;
export const PERSONNEL_CLASSES = ["301", "303"];
export const PUBLIC_CLASSES = ["302", "307", "310", "312", "313", "399"];

type EconEntry = (typeof catalog.codes)[number];
const inTemplate = (c: EconEntry) => c.henan2023;

function classRows(classCode: string): FixedRow[] {
  const members = catalog.codes.filter(
    (c) => inTemplate(c) && (c.code === classCode || c.parent === classCode),
  );
  return members.map((c) => ({
    key: c.code,
    code: c.code,
    label: c.name,
    indent: c.parent ? 1 : 0,
    total: !c.parent,
  }));
}

function pane(classes: readonly string[], footer?: FixedRow): Pane {
  return {
    codeHeader: "经济分类科目编码",
    nameHeader: "科目名称",
    columns: [{ key: V, label: "决算数" }],
    rows: classes.flatMap(classRows),
    ...(footer ? { footer } : {}),
  };
}

export const table06: TableTemplate = {
  id: "06",
  title: "一般公共预算财政拨款基本支出决算明细表",
  label: "公开06表",
  layout: {
    kind: "panes",
    laneRow: false,
    panes: [
      pane(PANE_CLASSES[0], { key: "人员经费合计", label: "人员经费合计", total: true }),
      pane(PANE_CLASSES[1], { key: "公用经费合计", label: "公用经费合计", total: true }),
      pane(PANE_CLASSES[2]),
    ],
  },
  notes: [
    "注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。本表金额转换为万元时，因四舍五入可能存在尾差。",
  ],
};

const cell = (row: string): CellRef => ({ table: "06", row, col: V });

export const formulas06: FormulaSpec[] = [
  { kind: "hierarchy", table: "06", columns: [V] },
  { kind: "sum", target: cell("人员经费合计"), terms: PERSONNEL_CLASSES.map(cell) },
  { kind: "sum", target: cell("公用经费合计"), terms: PUBLIC_CLASSES.map(cell) },
];
