/**
 * narrative_generate_ms: 生成情况说明 (the whole 第三部分, every figure evaluated to its printed text) on the
 * large document. Imported by domain.bench.ts; a separate file so that the narrative's bench stays apart.
 */
import type { JuesuanDocument } from "../src/domain/document/model";
import { checkDocumentNarrative } from "../src/domain/narrative/document-narrative";
import { evaluateFigure, type FigureContext } from "../src/domain/narrative/figures";
import { generateNarrative } from "../src/domain/narrative/generate";
import { isFigureRun } from "../src/domain/narrative/model";
import { Workbook } from "../src/domain/workbook/workbook";
import { type Summary, summarise, time } from "./stats";

export interface NarrativeBench {
  generate: Summary;
  /** 表文一致 (every N-rule, stateless) over the generated text: what `npm run check` runs. */
  check: Summary;
  findings: number;
  paragraphs: number;
  figures: number;
}

/** The document with 生成情况说明's text as its publication: what the 审核 figures are measured on. */
export function withGeneratedText(doc: JuesuanDocument): JuesuanDocument {
  const copy = structuredClone(doc);
  const ctx: FigureContext = { workbook: new Workbook(structuredClone(doc)), supplement: {} };
  copy.publication = {
    overview: [],
    narrativeHeading: `第三部分 ${doc.meta.year} 年度部门决算情况说明`,
    narrative: generateNarrative(ctx),
    glossary: [],
    attachments: [],
  };
  return copy;
}

/** Generates the text and prints every figure, as the editor does to show it. */
export function benchNarrative(doc: JuesuanDocument): NarrativeBench {
  const ctx: FigureContext = { workbook: new Workbook(structuredClone(doc)), supplement: {} };
  let paragraphs = 0;
  let figures = 0;
  const generate = summarise(
    time(10, 2, () => {
      const sections = generateNarrative(ctx);
      paragraphs = 0;
      figures = 0;
      for (const paragraph of sections.flatMap((s) => s.paragraphs)) {
        paragraphs++;
        for (const run of paragraph.runs.filter(isFigureRun)) {
          evaluateFigure(run.figure, ctx);
          figures++;
        }
      }
    }),
  );
  const workbook = new Workbook(withGeneratedText(doc));
  let findings = 0;
  const check = summarise(
    time(10, 2, () => {
      findings = checkDocumentNarrative(workbook).length;
    }),
  );
  return { generate, check, findings, paragraphs, figures };
}
