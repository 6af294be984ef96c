/**
 * Changes to the publication's text as new values (the document keeps the old one for undo): a text run
 * rewritten, the 情况说明 generated or its typed figures linked, 补充数据 set or merged.
 */
import type { Workbook } from "../workbook/workbook";
import { narrativeContext } from "./check-narrative";
import { documentNarrative } from "./document-narrative";
import { generateNarrative, narrativeTemplate, REASON_PLACEHOLDER } from "./generate";
import { linkFigures } from "./link-figures";
import type { NarrativeSection, Publication, Run } from "./model";
import { startingPublication } from "./publication-template";
import type { SupplementValues } from "./supplement";

/** Where a text run is: 部门概况 (section -1) or a 情况说明 section, its paragraph and run. */
export interface RunPlace {
  section: number;
  paragraph: number;
  run: number;
}

/** The document's publication, or the template's starting one when nothing has been written yet. */
export function publicationOf(workbook: Workbook): Publication {
  const { doc } = workbook;
  return (
    doc.publication ??
    startingPublication({
      templateId: workbook.template.id,
      year: doc.meta.year,
      department: doc.meta.department,
    })
  );
}

/** What 生成情况说明 would replace: the sections and paragraphs written, those giving reasons by hand. */
export interface NarrativeReplaced {
  sections: number;
  paragraphs: number;
  reasons: number;
}

export function narrativeReplaced(publication: Publication): NarrativeReplaced {
  const paragraphs = publication.narrative.flatMap((section) => section.paragraphs);
  const reasons = paragraphs.filter((paragraph) =>
    paragraph.runs.some(
      (run) => "text" in run && run.text.includes("原因") && !run.text.includes(REASON_PLACEHOLDER),
    ),
  ).length;
  return { sections: publication.narrative.length, paragraphs: paragraphs.length, reasons };
}

/** The publication with one text run rewritten; null when the place holds no text run. */
export function withRunText(publication: Publication, place: RunPlace, text: string): Publication | null {
  const paragraphs =
    place.section < 0 ? publication.overview : publication.narrative[place.section]?.paragraphs;
  const paragraph = paragraphs?.[place.paragraph];
  const run = paragraph?.runs[place.run];
  if (!paragraph || !run || !("text" in run)) return null;
  const runs = paragraph.runs.map((r, i) => (i === place.run ? { text } : r));
  const edited = paragraphs.map((p, i) => (i === place.paragraph ? { ...p, runs } : p));
  if (place.section < 0) return { ...publication, overview: edited };
  const narrative = publication.narrative.map((s, i) =>
    i === place.section ? { ...s, paragraphs: edited } : s,
  );
  return { ...publication, narrative };
}

/**
 * A figure reference turned into text as it prints now (to be rewritten by hand, and then checked as a
 * typed figure); the text around it is joined into one run. Null when the place holds no figure.
 */
export function withFigureAsText(
  publication: Publication,
  place: RunPlace,
  shown: string,
): Publication | null {
  const paragraph = publication.narrative[place.section]?.paragraphs[place.paragraph];
  const run = paragraph?.runs[place.run];
  if (!paragraph || !run || !("figure" in run)) return null;
  const runs: Run[] = [];
  paragraph.runs.forEach((r, i) => {
    const text = i === place.run ? shown : "text" in r ? r.text : null;
    const last = runs.at(-1);
    if (text === null) runs.push(r);
    else if (last && "text" in last) runs[runs.length - 1] = { text: last.text + text };
    else runs.push({ text });
  });
  const narrative = publication.narrative.map((s, i) =>
    i === place.section
      ? { ...s, paragraphs: s.paragraphs.map((p, j) => (j === place.paragraph ? { ...p, runs } : p)) }
      : s,
  );
  return { ...publication, narrative };
}

export type ChartKind = "none" | "bar" | "pie";

/** The kind of chart a section draws. */
export function chartKindOf(section: NarrativeSection): ChartKind {
  if (section.chart === "pie") return "pie";
  return section.chart ? "bar" : "none";
}

/** A section's chart chosen (bar or pie) or switched off. */
export function withSectionChart(publication: Publication, section: number, kind: ChartKind): Publication {
  const narrative = publication.narrative.map((s, i) => {
    if (i !== section) return s;
    const { chart: _, ...rest } = s;
    if (kind === "none") return rest;
    return { ...rest, chart: kind === "pie" ? ("pie" as const) : true };
  });
  return { ...publication, narrative };
}

/** 生成情况说明: the template's standard sentences for this document; the other parts are kept. */
export function withGeneratedNarrative(workbook: Workbook): Publication {
  const publication = publicationOf(workbook);
  const ctx = narrativeContext({ publication, workbook, supplement: workbook.doc.supplement ?? {} });
  return { ...publication, narrative: generateNarrative(ctx) };
}

/** 把文中数字改为引用: typed figures that match a table value become references. */
export function withLinkedFigures(workbook: Workbook): { publication: Publication; linked: number } {
  const input = documentNarrative(workbook);
  if (!input) return { publication: publicationOf(workbook), linked: 0 };
  const sections = narrativeTemplate(workbook.template.id);
  const { narrative, linked } = linkFigures(input.publication.narrative, sections, narrativeContext(input));
  return { publication: { ...input.publication, narrative }, linked };
}

/** 补充数据 with `values` merged in; an empty value removes the field. */
export function withSupplement(current: SupplementValues | undefined, values: SupplementValues) {
  const next: Record<string, string> = { ...current };
  for (const [key, value] of Object.entries(values)) {
    if (value.trim() === "") delete next[key];
    else next[key] = value.trim();
  }
  return next;
}
