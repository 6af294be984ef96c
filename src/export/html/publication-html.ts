/**
 * The publication's text parts as printed: 第一部分 部门概况 before the tables, then 第三部分 情况说明
 * (section headings, paragraphs indented, bold item titles, figures as computed now), 第四部分 名词解释
 * and 第五部分 附件 (the 自评表 as a table).
 */
import { sectionChart } from "../../domain/narrative/chart";
import { narrativeContext } from "../../domain/narrative/check-narrative";
import { documentNarrative } from "../../domain/narrative/document-narrative";
import { evaluateFigure, type FigureContext } from "../../domain/narrative/figures";
import type { Paragraph, Publication } from "../../domain/narrative/model";
import { narrativePartHeading, overviewPartHeading } from "../../domain/narrative/part-headings";
import type { Workbook } from "../../domain/workbook/workbook";
import { chartSvg, pieSvg } from "./chart-svg";
import { escapeHtml } from "./escape";
import { selfEvaluationHtml } from "./self-evaluation-html";

export const PART_IDS = {
  overview: "part-overview",
  narrative: "part-narrative",
  glossary: "part-glossary",
  attachments: "part-attachments",
} as const;

function paragraphHtml(paragraph: Paragraph, ctx: FigureContext): string {
  const text = paragraph.runs
    .map((run) => escapeHtml("text" in run ? run.text : (evaluateFigure(run.figure, ctx).text ?? "")))
    .join("");
  if (paragraph.heading) return `<h4 class="pub-subheading">${text}</h4>`;
  const title = paragraph.title ? `<strong>${escapeHtml(paragraph.title)}</strong>` : "";
  return `<p class="pub-p">${title}${text}</p>`;
}

function contextOf(workbook: Workbook): { publication: Publication; ctx: FigureContext } | null {
  const input = documentNarrative(workbook);
  return input ? { publication: input.publication, ctx: narrativeContext(input) } : null;
}

/** 第一部分 部门概况 (empty for a document without the publication's text). */
export function overviewHtml(workbook: Workbook): string {
  const parts = contextOf(workbook);
  if (!parts) return "";
  return [
    `<section class="text-page" id="${PART_IDS.overview}">`,
    `<h2 class="part-title">${escapeHtml(overviewPartHeading(workbook.doc.meta))}</h2>`,
    ...parts.publication.overview.map((p) => paragraphHtml(p, parts.ctx)),
    "</section>",
  ].join("");
}

/** 第三、四、五部分 after the tables (empty for a document without the publication's text). */
export function narrativePartsHtml(workbook: Workbook): string {
  const parts = contextOf(workbook);
  if (!parts) return "";
  const { publication, ctx } = parts;
  const sections = publication.narrative.map((section) =>
    [
      `<h3 class="pub-section">${escapeHtml(section.id)}、${escapeHtml(section.title)}</h3>`,
      ...section.paragraphs.map((p) => paragraphHtml(p, ctx)),
      section.chart
        ? `<figure class="pub-figure-chart">${(section.chart === "pie" ? pieSvg : chartSvg)(sectionChart(section, ctx))}</figure>`
        : "",
    ].join(""),
  );
  const glossary = publication.glossary.map(
    (e, i) =>
      `<p class="pub-p">${i + 1}. <strong>${escapeHtml(e.term)}：</strong>${escapeHtml(e.definition)}</p>`,
  );
  const attachments = publication.attachments.map(
    (a) =>
      `<p class="pub-p">${escapeHtml(a.listed)}</p>${a.table ? selfEvaluationHtml(a.table, workbook.doc.meta.unit) : ""}`,
  );
  return [
    `<section class="text-page" id="${PART_IDS.narrative}" data-part="narrative">`,
    `<h2 class="part-title">${escapeHtml(publication.narrativeHeading)}</h2>`,
    ...sections,
    "</section>",
    `<section class="text-page" id="${PART_IDS.glossary}">`,
    '<h2 class="part-title">第四部分 名词解释</h2>',
    ...glossary,
    "</section>",
    `<section class="text-page" id="${PART_IDS.attachments}">`,
    '<h2 class="part-title">第五部分 附件</h2>',
    ...attachments,
    "</section>",
  ].join("");
}

/** A part's line in the 目录 with the lines under it, kept on one page together. */
export const tocGroup = (...lines: string[]) => `<div class="toc-group">${lines.join("")}</div>`;

/**
 * The 目录's groups for the text parts around 第二部分 (none for a document without them), and how many
 * lines they print.
 */
export function contentsParts(workbook: Workbook): { before: string; after: string; lines: number } {
  const publication = workbook.doc.publication;
  if (!publication) return { before: "", after: "", lines: 0 };
  const line = (id: string, text: string) =>
    `<p class="toc-part"><a href="#${id}">${escapeHtml(text)}</a></p>`;
  const sections = publication.narrative
    .map(
      (s) =>
        `<li><a href="#${PART_IDS.narrative}"><span class="toc-title">${escapeHtml(s.id)}、${escapeHtml(s.title)}</span></a></li>`,
    )
    .join("");
  return {
    before: tocGroup(line(PART_IDS.overview, overviewPartHeading(workbook.doc.meta))),
    after: [
      tocGroup(
        line(PART_IDS.narrative, narrativePartHeading(workbook.doc.meta)),
        `<ol class="toc">${sections}</ol>`,
      ),
      tocGroup(line(PART_IDS.glossary, "第四部分 名词解释")),
      tocGroup(
        line(PART_IDS.attachments, "第五部分 附件"),
        ...publication.attachments.map((a) => `<p class="toc-attachment">${escapeHtml(a.listed)}</p>`),
      ),
    ].join(""),
    lines: 4 + publication.narrative.length + publication.attachments.length,
  };
}

export const PUBLICATION_STYLES = `
.text-page { break-before: page; }
.part-title { text-align: center; font-size: 16pt; margin: 6mm 0 6mm; }
.pub-section { font-size: 12.5pt; margin: 5mm 0 2mm; }
.pub-subheading { font-size: 12pt; font-weight: normal; margin: 2mm 0 1mm; text-indent: 2em; }
.pub-p { font-size: 12pt; line-height: 1.9; text-indent: 2em; margin: 0 0 1.5mm; text-align: justify; }
.pub-attachment-title { text-align: center; font-size: 14pt; margin: 6mm 0 2mm; }
.pub-attachment-line { text-align: center; font-size: 11pt; }
.self-evaluation { margin: 3mm 0; }
/* The form's cells hold sentences, not figures: room around them, as the seed's form has. */
table.report.self-evaluation th, table.report.self-evaluation td { padding: 1.5pt 3pt; line-height: 1.35; }
.pub-figure-chart { margin: 2mm 0 4mm 2em; break-inside: avoid; }
.toc-attachment { font-size: 11pt; padding-left: 2em; margin: 0 0 1mm; }
@media screen {
  .text-page {
    box-sizing: border-box;
    width: 210mm;
    margin: 0 auto 8mm;
    padding: 16mm 15mm;
    background: #fff;
    box-shadow: 0 1px 4px rgb(0 0 0 / 30%);
  }
}
`;
