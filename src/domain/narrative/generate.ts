/** 生成情况说明: the template's standard sentences written for the open document, every figure live. */
import { cellId } from "../engine/cell-id";
import { isZeroAtCents, money } from "../money";
import type { TableId } from "../templates/types";
import {
  bindSubject,
  changeDirection,
  evaluateFigure,
  type FigureContext,
  type FigureExpr,
  figureText,
} from "./figures";
import { blankFields, isBlankField, missingPlaceholder } from "./missing-supplement";
import type { NarrativeSection, Paragraph, Run } from "./model";
import type { Condition, ParagraphTemplate, Part, SectionTemplate } from "./sentences";
import { listSubjects, type Subject, subjectPath } from "./subjects";
import { SECTIONS_2023 } from "./template-2023";
import { SECTIONS_SHANGHAI_2024 } from "./template-shanghai-2024";

/** Where the accountant writes a reason; generated as this placeholder. */
export const REASON_PLACEHOLDER = "（请填写原因）";

const SECTIONS_BY_TEMPLATE: Readonly<Record<string, readonly SectionTemplate[]>> = {
  "2023": SECTIONS_2023,
  "2023-24": SECTIONS_2023,
  "shanghai-2024": SECTIONS_SHANGHAI_2024,
  "shanghai-2024-24": SECTIONS_SHANGHAI_2024,
};

/** The 情况说明 skeleton of a template (none for a template without one). */
export function narrativeTemplate(templateId: string): readonly SectionTemplate[] {
  return SECTIONS_BY_TEMPLATE[templateId] ?? [];
}

/** What 生成情况说明 says on a layout whose standard sentences are not written yet (a template read from a file). */
export function noNarrativeTemplate(templateName: string): string {
  return `“${templateName}”格式尚无情况说明的模板句，不能自动生成第三部分；部门概况、名词解释和附件可照常编写`;
}

export function generateNarrative(ctx: FigureContext): NarrativeSection[] {
  return narrativeTemplate(ctx.workbook.template.id).map((section) => ({
    id: section.id,
    title: section.title,
    paragraphs: section.paragraphs.flatMap((paragraph) => generateParagraphs(paragraph, ctx)),
  }));
}

/** One paragraph being written: its subject, and the 补充数据 left blank that its figures would read. */
interface Rendering {
  ctx: FigureContext;
  subject: Subject | null;
  missing: Set<string>;
}

function generateParagraphs(template: ParagraphTemplate, ctx: FigureContext): Paragraph[] {
  if (template.shownIf !== undefined && !holds(template.shownIf, ctx)) return [];
  if (template.heading !== undefined)
    return [{ role: template.role, heading: true, runs: [{ text: template.heading }] }];
  if (template.each === undefined) {
    const runs = paragraphRuns(template, ctx, null);
    // A paragraph that is one optional sentence (上海's 三公 against last year) is left out with it.
    return runs.length === 0 ? [] : [{ role: template.role, runs }];
  }
  return listSubjects(template.each, ctx.workbook).map((subject, index) => ({
    role: template.role,
    subject: subject.subject,
    ...(template.title === undefined ? {} : { title: titleOf(template, subject, index, ctx) }),
    runs: paragraphRuns(template, ctx, subject),
  }));
}

/**
 * The paragraph's runs. A paragraph that would state nothing but blank 补充数据 (十一's 政府采购, 十二's
 * 车辆) is one placeholder naming the fields, rather than a sentence of placeholders.
 */
function paragraphRuns(template: ParagraphTemplate, ctx: FigureContext, subject: Subject | null): Run[] {
  const r: Rendering = { ctx, subject, missing: new Set() };
  const runs = mergeText(render(template.parts, r));
  if (r.missing.size > 0 && !runs.some((run) => "figure" in run))
    return [{ text: missingPlaceholder([...r.missing], ctx) }];
  return runs;
}

function titleOf(template: ParagraphTemplate, subject: Subject, index: number, ctx: FigureContext): string {
  const table = template.each && "rowsOf" in template.each ? template.each.rowsOf : "05";
  return (template.title ?? "")
    .replace("$no", String(index + 1))
    .replace("$path", () => subjectPath(ctx.workbook, subject.subject, table))
    .replace("$name", () => subject.name);
}

function render(parts: readonly Part[], r: Rendering): Run[] {
  return parts.flatMap((part) => renderPart(part, r) ?? []);
}

const bound = <T extends FigureExpr>(expr: T, r: Rendering): T =>
  (r.subject ? bindSubject(expr, r.subject.subject) : expr) as T;

function renderPart(part: Part, r: Rendering): Run[] | null {
  const { ctx } = r;
  if (typeof part === "string") return [{ text: part }];
  if ("slot" in part) {
    const figure = bound(part.slot.figure, r);
    const missing = blankFields(figure, ctx);
    if (missing.length === 0) return [{ figure }];
    for (const key of missing) r.missing.add(key);
    return [{ text: missingPlaceholder(missing, ctx) }];
  }
  if ("year" in part) return [{ text: String(ctx.workbook.doc.meta.year) }];
  if ("previousYear" in part) return [{ text: String(ctx.workbook.doc.meta.year - 1) }];
  if ("department" in part) return [{ text: ctx.workbook.doc.meta.department }];
  if ("name" in part) return [{ text: r.subject?.name ?? "" }];
  if ("reason" in part) return [{ text: REASON_PLACEHOLDER }];
  if ("direction" in part) {
    const direction = changeDirection(bound(part.direction, r), ctx);
    return [{ text: direction === "减少" ? part.words[1] : part.words[0] }];
  }
  if ("optional" in part)
    return requiredFigures(part.optional, r).every((figure) => stated(figure, r))
      ? render(part.optional, r)
      : [];
  if ("when" in part) return render(chosen(part, r), r);
  if ("each" in part) {
    const items = listSubjects(part.each, ctx.workbook).map((item) =>
      render(part.parts, { ...r, subject: item }),
    );
    // An empty list is left out with its lead-in ("，其中：" before nothing).
    if (items.length === 0) return [];
    const list = items.flatMap((runs, index) => (index === 0 ? runs : [{ text: part.separator }, ...runs]));
    return part.lead === undefined ? list : [{ text: part.lead }, ...list];
  }
  return null;
}

/**
 * A table is empty when every cell of it is blank or zero. Row keys are 科目 codes, which objects keep as
 * integer-indexed elements: `for…in` stops at the first figure, where `Object.entries` first copies every
 * row (a large 07 has hundreds of blank rows).
 */
export function tableIsEmpty(ctx: FigureContext, table: TableId): boolean {
  const { workbook } = ctx;
  const rows = workbook.doc.tables[table]?.rows;
  for (const row in rows)
    for (const col in rows[row]) {
      const value = workbook.shown(cellId(table, row, col));
      if (value !== null && !isZeroAtCents(value)) return false;
    }
  return true;
}

/** The branch of a `when` part the document picks. */
function chosen(part: Extract<Part, { when: Condition }>, r: Rendering): readonly Part[] {
  const { when } = part;
  const condition: Condition =
    "same" in when ? { same: [bound(when.same[0], r), bound(when.same[1], r)] } : when;
  return holds(condition, r.ctx) ? part.whenTrue : part.whenFalse;
}

/**
 * The figures an optional part needs: those it prints, through the branches the document picks, and those
 * that pick them (持平 against a blank 上年数 is not known either); not those of optional parts inside it
 * (a change is stated without its rate over a 上年数 of 0).
 */
function requiredFigures(parts: readonly Part[], r: Rendering): FigureExpr[] {
  return parts.flatMap((part): FigureExpr[] => {
    if (typeof part === "string") return [];
    if ("slot" in part) return [part.slot.figure];
    if ("when" in part)
      return [...("same" in part.when ? part.when.same : []), ...requiredFigures(chosen(part, r), r)];
    if ("each" in part) return requiredFigures(part.parts, r);
    return [];
  });
}

/**
 * Whether an optional part may state the figure. Not a figure that is not defined (a rate over 0)
 * or would read blank 补充数据: a rate or a change against a blank 年初预算 or 上年数 is not stated at all.
 * Nor a share of a part of 0: "占…的 0.00%" says nothing (不涉及的不列).
 */
function stated(expr: FigureExpr, r: Rendering): boolean {
  const figure = bound(expr, r);
  if (blankFields(figure, r.ctx).length > 0 || evaluateFigure(figure, r.ctx).value === null) return false;
  return (
    figure.kind !== "share" ||
    !isZeroAtCents(money(figureText({ kind: "amount", of: figure.part }, r.ctx) ?? "0"))
  );
}

function holds(condition: Condition, ctx: FigureContext): boolean {
  if ("emptyTable" in condition) return tableIsEmpty(ctx, condition.emptyTable);
  if ("filledTable" in condition) return !tableIsEmpty(ctx, condition.filledTable);
  if ("listed" in condition) return listSubjects(condition.listed, ctx.workbook).length > 0;
  if ("same" in condition) return figureText(condition.same[0], ctx) === figureText(condition.same[1], ctx);
  if (isBlankField(condition.zeroField, ctx)) return false;
  return isZeroAtCents(money(ctx.supplement[condition.zeroField] ?? "0"));
}

function mergeText(runs: Run[]): Run[] {
  const merged: Run[] = [];
  for (const run of runs) {
    const last = merged.at(-1);
    if (last && "text" in last && "text" in run) merged[merged.length - 1] = { text: last.text + run.text };
    else merged.push(run);
  }
  return merged;
}
