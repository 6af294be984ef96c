/** 生成情况说明: the template's standard sentences written for the open document, every figure live. */
import { cellId } from "../engine/cell-id";
import { isZeroAtCents } from "../money";
import { bindSubject, changeDirection, evaluateFigure, type FigureContext } from "./figures";
import type { NarrativeSection, Paragraph, Run } from "./model";
import type { Condition, ParagraphTemplate, Part, SectionTemplate } from "./sentences";
import { listSubjects, type Subject, subjectPath } from "./subjects";
import { SECTIONS_2023 } from "./template-2023";

/** Where the accountant writes a reason; generated as this placeholder. */
export const REASON_PLACEHOLDER = "（请填写原因）";

const SECTIONS_BY_TEMPLATE: Readonly<Record<string, readonly SectionTemplate[]>> = {
  "2023": SECTIONS_2023,
  "2023-24": SECTIONS_2023,
};

/** The 情况说明 skeleton of a template (none for a template without one). */
export function narrativeTemplate(templateId: string): readonly SectionTemplate[] {
  return SECTIONS_BY_TEMPLATE[templateId] ?? [];
}

export function generateNarrative(ctx: FigureContext): NarrativeSection[] {
  return narrativeTemplate(ctx.workbook.template.id).map((section) => ({
    id: section.id,
    title: section.title,
    paragraphs: section.paragraphs.flatMap((paragraph) => generateParagraphs(paragraph, ctx)),
  }));
}

function generateParagraphs(template: ParagraphTemplate, ctx: FigureContext): Paragraph[] {
  if (template.heading !== undefined)
    return [{ role: template.role, heading: true, runs: [{ text: template.heading }] }];
  if (template.each === undefined)
    return [{ role: template.role, runs: mergeText(render(template.parts, ctx, null)) }];
  return listSubjects(template.each, ctx.workbook).map((subject, index) => ({
    role: template.role,
    subject: subject.subject,
    ...(template.title === undefined ? {} : { title: titleOf(template.title, subject, index, ctx) }),
    runs: mergeText(render(template.parts, ctx, subject)),
  }));
}

function titleOf(title: string, subject: Subject, index: number, ctx: FigureContext): string {
  return title
    .replace("$no", String(index + 1))
    .replace("$path", () => subjectPath(ctx.workbook, subject.subject))
    .replace("$name", () => subject.name);
}

/** The runs of `parts`, or null inside an optional group whose figure is not defined. */
function render(parts: readonly Part[], ctx: FigureContext, subject: Subject | null): Run[] {
  return parts.flatMap((part) => renderPart(part, ctx, subject) ?? []);
}

function renderPart(part: Part, ctx: FigureContext, subject: Subject | null): Run[] | null {
  if (typeof part === "string") return [{ text: part }];
  if ("slot" in part) {
    const figure = subject ? bindSubject(part.slot.figure, subject.subject) : part.slot.figure;
    return [{ figure }];
  }
  if ("year" in part) return [{ text: String(ctx.workbook.doc.meta.year) }];
  if ("name" in part) return [{ text: subject?.name ?? "" }];
  if ("reason" in part) return [{ text: REASON_PLACEHOLDER }];
  if ("direction" in part) {
    const expr = subject ? bindSubject(part.direction, subject.subject) : part.direction;
    const direction = changeDirection(expr as typeof part.direction, ctx);
    return [{ text: direction === "减少" ? part.words[1] : part.words[0] }];
  }
  if ("optional" in part) {
    const runs = render(part.optional, ctx, subject);
    const undefinedFigure = runs.some(
      (run) => "figure" in run && evaluateFigure(run.figure, ctx).value === null,
    );
    return undefinedFigure ? [] : runs;
  }
  if ("when" in part) return render(holds(part.when, ctx) ? part.whenTrue : part.whenFalse, ctx, subject);
  if ("each" in part) {
    const items = listSubjects(part.each, ctx.workbook).map((item) => render(part.parts, ctx, item));
    return items.flatMap((runs, index) => (index === 0 ? runs : [{ text: part.separator }, ...runs]));
  }
  return null;
}

/** A table is empty when every cell of it is blank or zero. */
export function tableIsEmpty(ctx: FigureContext, table: "07" | "08"): boolean {
  const { workbook } = ctx;
  const data = workbook.doc.tables[table];
  if (!data) return true;
  return Object.entries(data.rows).every(([row, cells]) =>
    Object.keys(cells).every((col) => {
      const value = workbook.shown(cellId(table, row, col));
      return value === null || isZeroAtCents(value);
    }),
  );
}

export function holds(condition: Condition, ctx: FigureContext): boolean {
  if ("emptyTable" in condition) return tableIsEmpty(ctx, condition.emptyTable);
  const value = ctx.supplement[condition.blankField];
  return value === undefined || value === "";
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
