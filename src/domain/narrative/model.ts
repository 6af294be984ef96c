/**
 * The parts of a 部门决算公开 besides the nine tables. The shapes are the document file's
 * (`document/publication-model.ts`); this module adds what the narrative computes over them.
 */
import type { FigureRun, Paragraph } from "../document/publication-model";

export type {
  Attachment,
  FigureRun,
  GlossaryEntry,
  NarrativeSection,
  Paragraph,
  Publication,
  Run,
  SelfEvaluationBudgetRow,
  SelfEvaluationIndicator,
  SelfEvaluationTable,
  SelfEvaluationTask,
  TextRun,
} from "../document/publication-model";
export { isFigureRun } from "../document/publication-model";

/** A paragraph's text as printed, with figure runs given by `figureText`. */
export function paragraphText(paragraph: Paragraph, figureText: (run: FigureRun) => string): string {
  return paragraph.runs.map((run) => ("figure" in run ? figureText(run) : run.text)).join("");
}
