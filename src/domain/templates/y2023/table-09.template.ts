import type { CellRef, ColumnDef, FormulaSpec, TableTemplate } from "../types";

export const HALVES = ["预算数", "决算数"] as const;
export const CAR = "公务用车购置及运行维护费";
export const SANGONG_ROW = "三公经费";

/** The items of 09 in printed order: the column key after its half ("预算数·…"), label, under 公务用车…. */
const ITEMS: readonly { item: string; label: string; car?: true }[] = [
  { item: "合计", label: "合计" },
  { item: "因公出国（境）费", label: "因公出国（境）费" },
  { item: `${CAR}·小计`, label: "小计", car: true },
  { item: `${CAR}·公务用车购置费`, label: "公务用车购置费", car: true },
  { item: `${CAR}·公务用车运行维护费`, label: "公务用车运行维护费", car: true },
  { item: "公务接待费", label: "公务接待费" },
];

/** The column keys of 09 after the half, in printed order (the rules read them too). */
export const ITEMS_09: readonly string[] = ITEMS.map(({ item }) => item);

function halfColumns(half: string, firstLane: number): ColumnDef[] {
  return ITEMS.map(({ item, label, car }, i) => ({
    key: `${half}·${item}`,
    label,
    groups: car ? [half, CAR] : [half],
    lane: String(firstLane + i),
  }));
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
