/**
 * The guided tour (导览) on the sample document: an ordered list of steps, each with a title, an explanation
 * in Chinese, the table to open, the cell to select and the cells to highlight. The explanations quote the
 * sample's figures; every quoted figure names the cells it comes from, so `verifyTour` can prove the text
 * still matches the document (and the UI can offer the tour only where it does).
 */
import type { Finding } from "../checks";
import { type CellId, parseCellId } from "../engine/cell-id";
import { abs, type Money, subtract, sumOrBlank, ZERO } from "../money";
import { rowColumns, tableOf } from "../templates/structure";
import type { TableId } from "../templates/types";
import { displayMoney } from "../workbook/display";
import type { Workbook } from "../workbook/workbook";
import { type RelationState, stateOfFinding, worstState } from "./check-index";

/** Where a quoted figure comes from: the sum of cells as shown, or one derived cell's computed value. */
export type FigureSource = { shown: readonly CellId[] } | { derived: CellId };

/** A figure quoted in an explanation ("空白" for blank), with its source on the document. */
export type TourFigure = { text: string } & (
  | FigureSource
  /** The absolute difference of two sources (a 尾差, or the amount a missing row would explain). */
  | { difference: readonly [FigureSource, FigureSource] }
);

export interface TourStep {
  id: string;
  title: string;
  explanation: string;
  /** The table to open. */
  table: TableId;
  /** The cell to select (in `table`). */
  select: CellId;
  /** Cells to highlight in `table` (the selected cell included). */
  highlight: readonly CellId[];
  /** Cells in other tables the step talks about (offered as jumps). */
  related?: readonly CellId[];
  /** The check the step is about and its state on the selected cell. */
  check?: { rule: string; state: RelationState };
  figures: readonly TourFigure[];
}

const S = "09|三公经费|";
const CAR = "公务用车购置及运行维护费";

export const SAMPLE_TOUR: readonly TourStep[] = [
  {
    id: "entered-derived",
    title: "填报数与计算数",
    explanation:
      "白色单元格是填报数：03表 2010301 行政运行 的基本支出 17.11 是会计直接录入的。灰色单元格是计算数：同一行的本年支出合计 = 基本支出 + 项目支出 + 上缴上级支出 + 经营支出 + 对附属单位补助支出，由编辑器算出 17.11，不能手工修改。每个数只录入一次，其余由公式得出。",
    table: "03",
    select: "03|2010301|基本支出",
    highlight: ["03|2010301|基本支出", "03|2010301|本年支出合计"],
    figures: [
      { text: "17.11", shown: ["03|2010301|基本支出"] },
      { text: "17.11", derived: "03|2010301|本年支出合计" },
    ],
  },
  {
    id: "hierarchy",
    title: "项 → 款 → 类 → 合计",
    explanation:
      "功能分类科目分三级：类（3 位编码）、款（5 位）、项（7 位）。有下级的行由下级相加：项 2010301 行政运行 17.11 与 2010350 事业运行 67.47 相加，得到款 20103 的基本支出 84.58；款相加得到类 201 一般公共服务支出 84.58；各类相加得到合计行，基本支出算得 104.38。",
    table: "03",
    select: "03|20103|基本支出",
    highlight: [
      "03|2010301|基本支出",
      "03|2010350|基本支出",
      "03|20103|基本支出",
      "03|201|基本支出",
      "03|合计|基本支出",
    ],
    check: { rule: "R03-3", state: "ok" },
    figures: [
      { text: "17.11", shown: ["03|2010301|基本支出"] },
      { text: "67.47", shown: ["03|2010350|基本支出"] },
      { text: "84.58", derived: "03|20103|基本支出" },
      { text: "84.58", derived: "03|201|基本支出" },
      { text: "104.38", derived: "03|合计|基本支出" },
    ],
  },
  {
    id: "mirror",
    title: "表间取数：01 ← 03/04，04 ← 05",
    explanation:
      "总表不重复填报明细表已有的数。01表支出方的类级行取自 03表：201 一般公共服务支出 84.58 就是 03表 201 的本年支出合计 84.58。收入方的一般公共预算财政拨款收入 507.92 取自 04表的一般公共预算财政拨款 507.92。04表同理，支出方一般公共预算财政拨款一栏取自 05表：04表 201 的 84.58 是 05表 201 的小计 84.58。改动 03表、04表或 05表，01表随之更新。",
    table: "01",
    select: "01|201|决算数",
    highlight: ["01|201|决算数"],
    related: [
      "03|201|本年支出合计",
      "04|一般公共预算财政拨款|金额",
      "04|201|一般公共预算财政拨款",
      "05|201|小计",
    ],
    check: { rule: "X-05", state: "ok" },
    figures: [
      { text: "84.58", shown: ["01|201|决算数"] },
      { text: "84.58", shown: ["03|201|本年支出合计"] },
      { text: "507.92", shown: ["01|一般公共预算财政拨款收入|决算数"] },
      { text: "507.92", shown: ["04|一般公共预算财政拨款|金额"] },
      { text: "84.58", shown: ["04|201|一般公共预算财政拨款"] },
      { text: "84.58", shown: ["05|201|小计"] },
    ],
  },
  {
    id: "failing-check",
    title: "审核发现的错误：02表漏列一行",
    explanation:
      "02表款 21011 行政事业单位医疗 印的是 5.97，但它下面只有 2101101 行政单位医疗 0.71 和 2101102 事业单位医疗 2.61，合计 3.32，相差 2.65。03表和 05表都有 2101103 公务员医疗补助 2.65：02表漏列了这一行。审核规则 R02-3（款 = 各项之和）报错，并指出可能的原因；X-17 也指出该科目有支出却没有收入。",
    table: "02",
    select: "02|21011|本年收入合计",
    highlight: ["02|21011|本年收入合计", "02|2101101|本年收入合计", "02|2101102|本年收入合计"],
    related: ["03|2101103|本年支出合计", "05|2101103|小计"],
    check: { rule: "R02-3", state: "error" },
    figures: [
      { text: "5.97", shown: ["02|21011|本年收入合计"] },
      { text: "0.71", shown: ["02|2101101|本年收入合计"] },
      { text: "2.61", shown: ["02|2101102|本年收入合计"] },
      { text: "3.32", shown: ["02|2101101|本年收入合计", "02|2101102|本年收入合计"] },
      {
        text: "2.65",
        difference: [
          { shown: ["02|21011|本年收入合计"] },
          { shown: ["02|2101101|本年收入合计", "02|2101102|本年收入合计"] },
        ],
      },
      { text: "2.65", shown: ["03|2101103|本年支出合计"] },
      { text: "2.65", shown: ["05|2101103|小计"] },
    ],
  },
  {
    id: "stated-total",
    title: "印出的合计数与尾差",
    explanation:
      "从外部导入的公开表本身印有合计数，编辑器保留为“填报的合计”（橙色角标），并与计算值核对。01表本年支出合计印的是 507.92，而五个类 84.58 + 7.08 + 5.97 + 403.55 + 6.75 算得 507.93，相差 0.01。每个数都已四舍五入到万元两位小数，这样的差额在容差以内，属于尾差，只作提示，不算错误（R01-2）。",
    table: "01",
    select: "01|本年支出合计|决算数",
    highlight: [
      "01|201|决算数",
      "01|208|决算数",
      "01|210|决算数",
      "01|215|决算数",
      "01|221|决算数",
      "01|本年支出合计|决算数",
    ],
    check: { rule: "R01-2", state: "尾差" },
    figures: [
      { text: "507.92", shown: ["01|本年支出合计|决算数"] },
      { text: "84.58", shown: ["01|201|决算数"] },
      { text: "7.08", shown: ["01|208|决算数"] },
      { text: "5.97", shown: ["01|210|决算数"] },
      { text: "403.55", shown: ["01|215|决算数"] },
      { text: "6.75", shown: ["01|221|决算数"] },
      { text: "507.93", derived: "01|本年支出合计|决算数" },
      {
        text: "0.01",
        difference: [{ derived: "01|本年支出合计|决算数" }, { shown: ["01|本年支出合计|决算数"] }],
      },
    ],
  },
  {
    id: "basic-06-05",
    title: "06表明细与 05表基本支出",
    explanation:
      "06表是一般公共预算财政拨款基本支出按经济分类的明细：30101 基本工资 44.51 等款相加得到 301 工资福利支出 98.13；301 与 303 相加是人员经费合计 98.13，其余各类相加是公用经费合计 6.24。两者之和 104.37 必须等于 05表合计行的基本支出 104.37（X-12）。本例一致。",
    table: "06",
    select: "06|人员经费合计|决算数",
    highlight: ["06|30101|决算数", "06|301|决算数", "06|人员经费合计|决算数", "06|公用经费合计|决算数"],
    related: ["05|合计|基本支出"],
    check: { rule: "X-12", state: "ok" },
    figures: [
      { text: "44.51", shown: ["06|30101|决算数"] },
      { text: "98.13", derived: "06|301|决算数" },
      { text: "98.13", shown: ["06|人员经费合计|决算数"] },
      { text: "6.24", shown: ["06|公用经费合计|决算数"] },
      { text: "104.37", shown: ["06|人员经费合计|决算数", "06|公用经费合计|决算数"] },
      { text: "104.37", shown: ["05|合计|基本支出"] },
    ],
  },
  {
    id: "sangong",
    title: "09表“三公”经费",
    explanation:
      "09表分预算数、决算数两半，每半：合计 = 因公出国（境）费 + 公务用车购置及运行维护费 + 公务接待费，公务用车购置及运行维护费的小计 = 购置费 + 运行维护费。样本的预算数合计为 4.00，公务接待费 1.00，公务用车运行维护费 3.00，但小计一栏为空白，于是合计不等于各项之和（R09-1），小计也不等于运行维护费（R09-2）。预算数还印成了整数“4”“3”“1”（R09-5）。",
    table: "09",
    select: `${S}预算数·合计`,
    highlight: [
      `${S}预算数·合计`,
      `${S}预算数·因公出国（境）费`,
      `${S}预算数·${CAR}·小计`,
      `${S}预算数·${CAR}·公务用车运行维护费`,
      `${S}预算数·公务接待费`,
    ],
    check: { rule: "R09-1", state: "error" },
    figures: [
      { text: "4.00", shown: [`${S}预算数·合计`] },
      { text: "1.00", shown: [`${S}预算数·公务接待费`] },
      { text: "3.00", shown: [`${S}预算数·${CAR}·公务用车运行维护费`] },
      { text: "空白", shown: [`${S}预算数·${CAR}·小计`] },
    ],
  },
];

function sourceValue(workbook: Workbook, source: FigureSource): Money | null {
  if ("derived" in source) return workbook.derivedValue(source.derived);
  return sumOrBlank(source.shown.map((id) => workbook.shown(id)));
}

/** A figure's value on the document, as the grid displays it (万元, two decimals), or "空白". */
export function figureValue(workbook: Workbook, figure: TourFigure): string {
  let value: Money | null;
  if ("difference" in figure) {
    const [a, b] = figure.difference;
    value = abs(subtract(sourceValue(workbook, a) ?? ZERO, sourceValue(workbook, b) ?? ZERO));
  } else value = sourceValue(workbook, figure);
  return displayMoney(value) || "空白";
}

function figureCells(figure: TourFigure): CellId[] {
  const of = (source: FigureSource) => ("derived" in source ? [source.derived] : [...source.shown]);
  return "difference" in figure ? figure.difference.flatMap(of) : of(figure);
}

/** Every cell a step names: selected, highlighted, related and quoted. */
export function stepCells(step: TourStep): CellId[] {
  return [
    ...new Set([
      step.select,
      ...step.highlight,
      ...(step.related ?? []),
      ...step.figures.flatMap(figureCells),
    ]),
  ];
}

/** The state of a rule on a cell: the worst finding of that rule that names the cell ("ok" if none). */
export function ruleStateAt(findings: readonly Finding[], rule: string, id: CellId): RelationState {
  const { table, row, col } = parseCellId(id);
  return worstState(
    findings
      .filter(
        (f) => f.rule === rule && f.cells.some((c) => c.table === table && c.row === row && c.col === col),
      )
      .map(stateOfFinding),
  );
}

/**
 * Whether the tour fits the open document: every cell exists, every quoted figure is in the text and has
 * the value quoted, every step's check is in the state the step describes. Returns the problems in
 * Chinese (none: the tour can be shown on this document).
 */
export function verifyTour(
  workbook: Workbook,
  findings: readonly Finding[],
  steps: readonly TourStep[] = SAMPLE_TOUR,
): string[] {
  const problems: string[] = [];
  for (const step of steps) {
    const where = `导览“${step.title}”`;
    for (const id of stepCells(step)) {
      const { table, row, col } = parseCellId(id);
      if (!workbook.hasRow(table, row) || !rowColumns(tableOf(workbook.template, table), row).includes(col))
        problems.push(`${where}：单元格 ${id} 不存在`);
    }
    for (const id of [step.select, ...step.highlight])
      if (!id.startsWith(`${step.table}|`)) problems.push(`${where}：${id} 不在 ${step.table}表`);
    if (!step.highlight.includes(step.select)) problems.push(`${where}：选中的单元格未高亮`);
    for (const figure of step.figures) {
      if (!step.explanation.includes(figure.text)) problems.push(`${where}：说明中没有 ${figure.text}`);
      const actual = figureValue(workbook, figure);
      if (actual !== figure.text) problems.push(`${where}：说明写 ${figure.text}，文档为 ${actual}`);
    }
    if (step.check) {
      const state = ruleStateAt(findings, step.check.rule, step.select);
      if (state !== step.check.state)
        problems.push(`${where}：${step.check.rule} 应为 ${step.check.state}，文档为 ${state}`);
    }
  }
  return problems;
}
