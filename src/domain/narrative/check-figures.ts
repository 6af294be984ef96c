/**
 * The figure rules: at every anchored slot of the template's sentences, the figure printed after the anchor
 * (typed, or a reference to another expression) must be the slot's figure.
 */
import { type Candidate, paragraphCandidates, templateParagraph } from "./candidates";
import { evaluateFigure, explainFigure, type FigureContext } from "./figures";
import { type NarrativeFinding, narrativeFinding } from "./findings";
import { judgeFigure } from "./judge";
import { layoutNumbers, layoutParagraph, type ParagraphLayout, type PlacedFigure } from "./layout";
import type { NarrativeSection } from "./model";
import type { TypedNumber } from "./numbers";
import { excerpt, quote } from "./quote";
import { narrativeRule } from "./rules";
import type { SectionTemplate } from "./sentences";

/**
 * An anchor (`…\s*$`) as a sticky look-behind: it tests whether the anchor ends at one offset of the text,
 * reading backwards from there, instead of scanning the text before every number.
 */
const endsAt = new WeakMap<RegExp, RegExp>();

function lookBehind(anchor: RegExp): RegExp {
  let expression = endsAt.get(anchor);
  if (expression === undefined) {
    expression = new RegExp(`(?<=${anchor.source.replace(/\$$/, "")})`, "y");
    endsAt.set(anchor, expression);
  }
  return expression;
}

/** The first figure printed right after the candidate's anchor, if the text has it. */
export function figureAfter(layout: ParagraphLayout, anchor: RegExp): TypedNumber | undefined {
  const numbers = layoutNumbers(layout);
  const before = lookBehind(anchor);
  for (const number of numbers) {
    before.lastIndex = number.start;
    if (before.test(layout.text)) return number;
  }
  return undefined;
}

/** Expressions as JSON, once per expression object (template slots and document runs are long-lived). */
const expressionKeys = new WeakMap<object, string>();

function expressionKey(expr: object): string {
  let key = expressionKeys.get(expr);
  if (key === undefined) {
    key = JSON.stringify(expr);
    expressionKeys.set(expr, key);
  }
  return key;
}

const sameExpression = (a: object, b: object): boolean => a === b || expressionKey(a) === expressionKey(b);

function figureAt(layout: ParagraphLayout, start: number): PlacedFigure | undefined {
  for (const figure of layout.figures) if (figure.start === start) return figure;
  return undefined;
}

/** The figure rules over one paragraph of 第三部分 (none for a heading or a paragraph the template lacks). */
export function checkParagraphFigures(
  sections: readonly SectionTemplate[],
  section: NarrativeSection,
  index: number,
  ctx: FigureContext,
): NarrativeFinding[] {
  const paragraph = section.paragraphs[index];
  if (paragraph === undefined || paragraph.heading) return [];
  const template = templateParagraph(sections, section.id, paragraph.role);
  if (template === undefined) return [];
  const layout = layoutParagraph(paragraph, ctx);
  const findings: NarrativeFinding[] = [];
  const at = { section: section.id, paragraph: index };
  for (const candidate of paragraphCandidates(template, paragraph, ctx.workbook)) {
    const finding = checkCandidate(candidate, layout, ctx, at);
    if (finding) findings.push(finding);
  }
  return findings;
}

function checkCandidate(
  candidate: Candidate,
  layout: ParagraphLayout,
  ctx: FigureContext,
  at: { section: string; paragraph: number },
): NarrativeFinding | null {
  if (candidate.anchor === undefined) return null;
  const printed = figureAfter(layout, candidate.anchor);
  if (printed === undefined) return null;
  const reference = figureAt(layout, printed.start);
  if (reference && sameExpression(reference.run.figure, candidate.figure)) return null;
  const rule = narrativeRule(candidate.rule);
  const verdict = judgeFigure(printed, candidate.check ?? candidate.figure, ctx, rule.severity);
  if (verdict.ok) return null;
  const { expected } = verdict;
  const explain = explainFigure(candidate.check ?? candidate.figure, ctx);
  const quoted = excerpt(layout.text, printed.start, printed.end + (printed.percent ? 1 : 0));
  const shownExpected =
    expected.text === null ? "无（基数为 0）" : `${expected.text}${expected.percent ? "%" : ""}`;
  return narrativeFinding({
    rule: rule.id,
    severity: verdict.severity,
    message: `${at.section}、文中${quote(quoted)}${verdict.problem}：应为 ${shownExpected}（${explain}）`,
    place: { ...at, start: printed.start, end: printed.end },
    keyPart: `${candidate.anchor.source}|${JSON.stringify(candidate.check ?? candidate.figure)}`,
    cells: expected.cells,
    // Checked against other printed figures (五(三)'s 完成率 over the printed 年初预算), the finding still
    // leads to the 补充数据 the slot's own figure reads: the 年初预算 of every 项.
    fields: candidate.check
      ? [...expected.fields, ...evaluateFigure(candidate.figure, ctx).fields]
      : expected.fields,
    values: {
      left: printed.digits,
      right: expected.text ?? "",
      difference: verdict.difference ?? "",
    },
  });
}
