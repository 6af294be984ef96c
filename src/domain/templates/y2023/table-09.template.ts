import type { CellRef, ColumnDef, FormulaSpec, TableTemplate } from "../types";

export const HALVES = ["预算数", "决算数"] as const;
export const CAR = "公务用车购置及运行维护费";
export const SANGONG_ROW = "三公经费";

function halfColumns(half: string, firstLane: number): ColumnDef[] {
  const lane = (i: number) => String(firstLane + i);
  return [
    { key: `${half}·合计`, label: "合计", groups: [half], lane: lane(0) },
    { key: `${half}·因公出国（境）费`, label: "因公出国（境）费", groups: [half], lane: lane(1) },
    { key: `${half}·${CAR}·小计`, label: "小计", groups: [half, CAR], lane: lane(2) },
    { key: `${half}·${CAR}·公务用车购置费`, label: "公务用车购置费", groups: [half, CAR], lane: lane(3) },
    {
      key: `${half}·${CAR}·公务用车运行维护费`,
      label: "公务用车运行维护费",
      groups: [half, CAR],
      lane: lane(4),
    },
    { key: `${half}·公务接待费`, label: "公务接待费", groups: [half], lane: lane(5) },
  ];
}

export const table09: TableTemplate = {
  id: "09",
  title: "财政拨款“三公”经费支出决算表",
  label: "公开09表",
  layout: {
    kind: "panes",
    laneRow: true,
    panes: [
      {
        columns: [...halfColumns("预算数", 1), ...halfColumns("决算数", 7)],
        rows: [{ key: SANGONG_ROW, label: "“三公”经费" }],
      },
    ],
  },
  notes: [
    "注：本表反映部门本年度财政拨款“三公”经费支出预决算情况。其中，预算数为“三公”经费全年预算数，反映按规定程序调整后的预算数；决算数是包括当年财政拨款和以前年度结转资金安排的实际支出。本表金额转换为万元时，因四舍五入可能存在尾差。",
  ],
};

const cell = (col: string): CellRef => ({ table: "09", row: SANGONG_ROW, col });

export const formulas09: FormulaSpec[] = HALVES.flatMap((half): FormulaSpec[] => [
  {
    kind: "sum",
    target: cell(`${half}·${CAR}·小计`),
    terms: [cell(`${half}·${CAR}·公务用车购置费`), cell(`${half}·${CAR}·公务用车运行维护费`)],
  },
  {
    kind: "sum",
    target: cell(`${half}·合计`),
    terms: [cell(`${half}·因公出国（境）费`), cell(`${half}·${CAR}·小计`), cell(`${half}·公务接待费`)],
  },
]);
