/**
 * The slots a paragraph of the text can hold, bound to its subject and to every subject of its lists: what
 * "把文中数字改为引用" and the N-rules look for in a paragraph of a given role.
 */
import type { Workbook } from "../workbook/workbook";
import { bindSubject, type FigureExpr } from "./figures";
import type { Paragraph } from "./model";
import type { ParagraphTemplate, Part, SectionTemplate } from "./sentences";
import { listSubjects, type Subject, subjectOf } from "./subjects";

export interface Candidate {
  rule: string;
  figure: FigureExpr;
  /** The bound anchor as a regular expression that must end right before the figure. */
  anchor?: RegExp;
  check?: FigureExpr;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Compiled anchors by source and subject name: the same few dozen serve every paragraph of a role. */
const anchors = new Map<string, RegExp>();

function anchorExpression(anchor: string, name: string): RegExp {
  const key = `${anchor}|${name}`;
  let expression = anchors.get(key);
  if (expression === undefined) {
    expression = new RegExp(`(?:${anchor.replaceAll("$name", escapeRegExp(name))})\\s*$`);
    anchors.set(key, expression);
  }
  return expression;
}

export function templateParagraph(
  sections: readonly SectionTemplate[],
  sectionId: string,
  role: string | undefined,
): ParagraphTemplate | undefined {
  return sections.find((s) => s.id === sectionId)?.paragraphs.find((p) => p.role === role);
}

/** Whether a template's slots depend on the workbook's rows (lists of subjects): those are not kept. */
const listing = new WeakMap<ParagraphTemplate, boolean>();

function templateLists(template: ParagraphTemplate): boolean {
  let lists = listing.get(template);
  if (lists === undefined) {
    lists = listsSubjects(template.parts);
    listing.set(template, lists);
  }
  return lists;
}

const listsSubjects = (parts: readonly Part[]): boolean =>
  parts.some(
    (part) =>
      typeof part !== "string" &&
      ("each" in part ||
        ("optional" in part && listsSubjects(part.optional)) ||
        ("when" in part && (listsSubjects(part.whenTrue) || listsSubjects(part.whenFalse)))),
  );

/**
 * Bound slots of templates without lists, by subject and its name: the same for every paragraph of that
 * subject (the 400 items of 五(三) in a large document are each checked on every full 审核).
 */
const bound = new WeakMap<ParagraphTemplate, Map<string, Candidate[]>>();

export function paragraphCandidates(
  template: ParagraphTemplate,
  paragraph: Paragraph,
  workbook: Workbook,
): readonly Candidate[] {
  let subject: Subject | null = null;
  if (template.each !== undefined) {
    if (paragraph.subject === undefined) return [];
    subject = subjectOf(template.each, paragraph.subject, workbook);
  }
  if (templateLists(template)) return collect(template.parts, workbook, subject);
  let known = bound.get(template);
  if (known === undefined) {
    known = new Map();
    bound.set(template, known);
  }
  const key = subject === null ? "" : `${subject.subject}|${subject.name}`;
  let candidates = known.get(key);
  if (candidates === undefined) {
    candidates = collect(template.parts, workbook, subject);
    known.set(key, candidates);
  }
  return candidates;
}

function collect(parts: readonly Part[], workbook: Workbook, subject: Subject | null): Candidate[] {
  const out: Candidate[] = [];
  for (const part of parts) {
    if (typeof part === "string") continue;
    if ("slot" in part) {
      const { rule, figure, anchor, check } = part.slot;
      const bind = (expr: FigureExpr) => (subject ? bindSubject(expr, subject.subject) : expr);
      out.push({
        rule,
        figure: bind(figure),
        ...(anchor === undefined ? {} : { anchor: anchorExpression(anchor, subject?.name ?? "") }),
        ...(check === undefined ? {} : { check: bind(check) }),
      });
    } else if ("optional" in part) out.push(...collect(part.optional, workbook, subject));
    else if ("when" in part)
      out.push(...collect(part.whenTrue, workbook, subject), ...collect(part.whenFalse, workbook, subject));
    else if ("each" in part)
      for (const item of listSubjects(part.each, workbook, true))
        out.push(...collect(part.parts, workbook, item));
  }
  return out;
}
