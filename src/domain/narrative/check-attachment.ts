/**
 * N-19 and N-20: the attached 部门整体支出绩效自评表 against the tables and the text — 年初预算数 = 五(三)'s
 * 年初预算, 全年执行数 = 01 本年支出合计, 执行率 = 执行数 ÷ 全年预算数, Σ 分值 = 100, Σ 得分 = the score in
 * 十三; and the indicators that can be recomputed (“三公经费”控制率, 结转结余率, 预算调整率).
 */

import { cellId } from "../engine/cell-id";
import { add, equals, formatAmount, type Money, money, percent, roundTo, subtract, ZERO } from "../money";
import { tableName } from "../templates/table-names";
import type { CellRef } from "../templates/types";
import type { FigureContext, FigureExpr } from "./figures";
import { type FindingInput, type NarrativeFinding, narrativeFinding } from "./findings";
import { judgeFigure } from "./judge";
import { layoutParagraph } from "./layout";
import type { Publication, SelfEvaluationTable } from "./model";
import { type TypedNumber, typedAmount, typedNumbers } from "./numbers";
import { quote } from "./quote";

const SECTION = "附件";
// Every finding on the table points at the attachment as a whole (place start 0): each names the figure it
// is about in its key (keyPart), so that two findings on one table never share a key.
const EXECUTED: CellRef = { table: "01", row: "本年支出合计", col: "决算数" };

/** The figure in a cell of the attached table, read like a typed number ("97.3 %", "508.72"). */
function numberIn(text: string): TypedNumber | undefined {
  return typedNumbers(text)[0];
}

export function checkAttachment(publication: Publication, ctx: FigureContext): NarrativeFinding[] {
  const out: FindingInput[] = [];
  publication.attachments.forEach((attachment, index) => {
    if (attachment.table) out.push(...checkTable(attachment.table, index, publication, ctx));
  });
  return out.map(narrativeFinding);
}

function checkTable(table: SelfEvaluationTable, index: number, publication: Publication, ctx: FigureContext) {
  const out: FindingInput[] = [];
  const at = (label: string) => ({ section: SECTION, paragraph: index, start: 0, end: label.length });
  const total = table.budget[0];
  if (total) {
    const executed = numberIn(total.executed);
    const executedExpr: FigureExpr = { kind: "amount", of: { cell: EXECUTED } };
    if (executed) {
      const verdict = judgeFigure(executed, executedExpr, ctx, "error");
      if (!verdict.ok)
        out.push({
          rule: "N-19",
          severity: verdict.severity,
          message: `附件自评表全年执行数 ${total.executed} 与${tableName(ctx.workbook.template, "01")}本年支出合计 ${verdict.expected.text} 不符，相差 ${verdict.difference}`,
          place: at(total.executed),
          keyPart: "全年执行数",
          cells: [EXECUTED],
          values: {
            left: executed.digits,
            right: verdict.expected.text ?? "",
            difference: verdict.difference ?? "",
          },
        });
    }
    const initial = numberIn(total.initial);
    const stated = ctx.printed?.("五.具体|年初预算为") ?? null;
    if (initial && stated !== null && !equals(typedAmount(initial), stated))
      out.push({
        rule: "N-19",
        severity: "error",
        message: `附件自评表年初预算数 ${total.initial} 与五、（三）所列年初预算 ${formatAmount(stated)} 不符`,
        place: at(total.initial),
        keyPart: "年初预算数",
      });
    out.push(...executionRate(total.rate, total.executed, total.full, at(total.rate)));
  }
  out.push(...scores(table, publication, ctx, at("总分")));
  out.push(...indicators(table, ctx, index));
  return out;
}

function executionRate(
  rateText: string,
  executedText: string,
  fullText: string,
  where: FindingInput["place"],
) {
  const rate = numberIn(rateText);
  const executed = numberIn(executedText);
  const full = numberIn(fullText);
  if (!rate || !executed || !full) return [];
  const expected = percent(typedAmount(executed), typedAmount(full));
  const out: FindingInput[] = [];
  if (expected !== null && !equals(roundTo(expected, rate.decimals), typedAmount(rate)))
    out.push({
      rule: "N-19",
      severity: "error",
      message: `附件自评表执行率 ${rateText} 应为 ${formatAmount(expected)}%（${executedText} ÷ ${fullText}）`,
      place: where,
      keyPart: "执行率",
    });
  if (rate.decimals !== 2)
    out.push({
      rule: "N-22",
      severity: "warning",
      message: `附件自评表执行率${quote(rateText)}应保留两位小数`,
      place: where,
      keyPart: "执行率",
    });
  return out;
}

const sumOf = (texts: readonly string[]): Money =>
  texts.reduce((sum, text) => {
    const number = numberIn(text);
    return number ? add(sum, typedAmount(number)) : sum;
  }, ZERO);

/** Σ 分值 = 100 and = the printed total; Σ 得分 = the printed total = the score stated in 十三. */
function scores(
  table: SelfEvaluationTable,
  publication: Publication,
  ctx: FigureContext,
  where: FindingInput["place"],
) {
  const out: FindingInput[] = [];
  const weights = sumOf([...table.budget.map((b) => b.weight), ...table.indicators.map((i) => i.weight)]);
  const scoreSum = sumOf([...table.budget.map((b) => b.score), ...table.indicators.map((i) => i.score)]);
  if (formatAmount(weights) !== "100.00" || formatAmount(weights) !== formatAmount(money(table.total.weight)))
    out.push({
      rule: "N-19",
      severity: "warning",
      message: `附件自评表各项分值之和 ${formatAmount(weights)} 应为 100，总分栏为 ${table.total.weight}`,
      place: where,
      keyPart: "分值",
    });
  if (!equals(scoreSum, money(table.total.score)))
    out.push({
      rule: "N-19",
      severity: "warning",
      message: `附件自评表各项得分之和 ${formatAmount(scoreSum)} 与总分 ${table.total.score} 不符`,
      place: where,
      keyPart: "得分",
    });
  for (const section of publication.narrative)
    section.paragraphs.forEach((paragraph, index) => {
      const text = layoutParagraph(paragraph, ctx).text;
      const stated = /自评结果为\s*(\d+(?:\.\d+)?)\s*分/.exec(text);
      if (stated?.[1] === undefined || equals(money(stated[1]), money(table.total.score))) return;
      out.push({
        rule: "N-19",
        severity: "error",
        message: `${section.id}、自评得分 ${stated[1]} 分与附件自评表总分 ${table.total.score} 不符`,
        place: {
          section: section.id,
          paragraph: index,
          start: stated.index,
          end: stated.index + stated[0].length,
        },
      });
    });
  return out;
}

const value = (ctx: FigureContext, ref: CellRef): Money =>
  ctx.workbook.shown(cellId(ref.table, ref.row, ref.col)) ?? ZERO;

/** N-20: indicators whose value follows from the tables. */
function indicators(table: SelfEvaluationTable, ctx: FigureContext, attachment: number): FindingInput[] {
  const out: FindingInput[] = [];
  const total = table.budget[0];
  const initial = total ? numberIn(total.initial) : undefined;
  const full = total ? numberIn(total.full) : undefined;
  const adjust =
    initial && full ? percent(subtract(typedAmount(full), typedAmount(initial)), typedAmount(initial)) : null;
  const sangongBudget: CellRef = { table: "09", row: "三公经费", col: "预算数·合计" };
  const sangongActual: CellRef = { table: "09", row: "三公经费", col: "决算数·合计" };
  const carry: CellRef = { table: "01", row: "年末结转和结余", col: "决算数" };
  const computed: Record<string, { value: Money | null; cells: CellRef[] }> = {
    "“三公经费”控制率": {
      value: percent(value(ctx, sangongActual), value(ctx, sangongBudget)),
      cells: [sangongActual, sangongBudget],
    },
    结转结余率: { value: percent(value(ctx, carry), value(ctx, EXECUTED)), cells: [carry, EXECUTED] },
    预算调整率: { value: adjust, cells: [] },
  };
  table.indicators.forEach((indicator, index) => {
    const expected = computed[indicator.level3];
    const printed = numberIn(indicator.actual);
    if (!expected || expected.value === null || !printed) return;
    if (equals(roundTo(expected.value, printed.decimals), typedAmount(printed))) return;
    out.push({
      rule: "N-20",
      severity: "warning",
      message: `附件自评表${quote(indicator.level3)}实际完成值 ${indicator.actual}，按表计算为 ${formatAmount(expected.value)}%`,
      place: { section: SECTION, paragraph: attachment, start: index, end: index },
      keyPart: `指标|${index}`,
      cells: expected.cells,
    });
  });
  return out;
}
