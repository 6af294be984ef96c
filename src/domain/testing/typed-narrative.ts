/**
 * Documents with a 情况说明 as accountants write them: the generated text with some figures typed over
 * (right, off by a cent, truncated, with other decimals) and some names changed, so that every kind of
 * 表文一致 finding occurs. Deterministic: the same document and seed give the same text. Used by the
 * findings snapshot (scripts/findings-snapshot.ts).
 */
import type { JuesuanDocument } from "../document/model";
import type { Paragraph, Run } from "../document/publication-model";
import { evaluateFigure, type FigureContext } from "../narrative/figures";
import { generateNarrative } from "../narrative/generate";
import { Workbook } from "../workbook/workbook";

/** A small linear congruential generator: enough to vary the text, stable across platforms. */
function numbers(seed: number): () => number {
  let n = seed >>> 0;
  return () => {
    n = (Math.imul(n, 1103515245) + 12345) >>> 0;
    return n / 2 ** 32;
  };
}

/** A printed figure as someone might type it instead. */
function typed(text: string, random: () => number): string {
  const roll = random();
  if (roll < 0.5) return text;
  if (roll < 0.65) return text.replace(/\d$/, (d) => String((Number(d) + 1) % 10));
  if (roll < 0.8) return text.replace(/\.\d+$/, "");
  if (roll < 0.9) return text.replace(/(\.\d)\d$/, "$1");
  return `${text}0`;
}

function retype(runs: readonly Run[], ctx: FigureContext, random: () => number): Run[] {
  return runs.map((run) => {
    if (!("figure" in run) || random() < 0.6) return run;
    const text = evaluateFigure(run.figure, ctx).text;
    return text === null ? run : { text: typed(text, random) };
  });
}

/** Now and then a word of a text run changed, so that the list rules' name matching is exercised. */
function reword(runs: readonly Run[], random: () => number): Run[] {
  return runs.map((run) =>
    "text" in run && random() < 0.05 ? { text: run.text.replace(/支出/, "费用").replace(/万元/, "元") } : run,
  );
}

export function withTypedNarrative(doc: JuesuanDocument, seed: number): JuesuanDocument {
  const copy = structuredClone(doc);
  const random = numbers(seed);
  const supplement: Record<string, string> = {};
  if (random() < 0.5) supplement.上年收支总计 = "1234.56";
  if (random() < 0.5) supplement.机关运行经费 = "88.10";
  const ctx: FigureContext = { workbook: new Workbook(structuredClone(doc)), supplement };
  const narrative = generateNarrative(ctx).map((section) => ({
    ...section,
    paragraphs: section.paragraphs.map(
      (paragraph): Paragraph => ({ ...paragraph, runs: reword(retype(paragraph.runs, ctx, random), random) }),
    ),
  }));
  copy.publication = {
    overview: [],
    narrativeHeading: `第三部分 ${doc.meta.year} 年度部门决算情况说明`,
    narrative,
    glossary: [],
    attachments: [],
  };
  copy.supplement = supplement;
  return copy;
}
