/**
 * How 科目 tables show their codes: one 科目编码 column (2010301) or 类/款/项 columns (201 | 03 | 01), as
 * some published documents print them. Only the display changes: files always store the joined code.
 */
import type { Template } from "./types";

export const CODE_DISPLAYS = ["joined", "split"] as const;
export type CodeDisplay = (typeof CODE_DISPLAYS)[number];

/** The headers of the split columns, and how many digits each part of a code takes. */
export const CODE_PARTS = ["类", "款", "项"] as const;
const PART_BOUNDS = [
  [0, 3],
  [3, 5],
  [5, 7],
] as const;

export function isCodeDisplay(value: unknown): value is CodeDisplay {
  return (CODE_DISPLAYS as readonly unknown[]).includes(value);
}

/** The document's own choice (meta.codeDisplay) wins over its template's; joined when neither says. */
export function effectiveCodeDisplay(template: Template, documentChoice: unknown): CodeDisplay {
  if (isCodeDisplay(documentChoice)) return documentChoice;
  return template.codeDisplay ?? "joined";
}

/** "2010301" → ["201", "03", "01"]; a 类 or 款 code leaves the later parts empty. */
export function splitCode(code: string): [string, string, string] {
  const [lei, kuan, xiang] = PART_BOUNDS.map(([from, to]) => code.slice(from, to));
  return [lei ?? "", kuan ?? "", xiang ?? ""];
}

/** A code typed as printed split ("201 03 01", full-width spaces too) as the joined code; else as typed. */
export function joinTypedCode(typed: string): string {
  const text = typed.trim();
  return /^\d{3}(?:[ \u3000]+\d{2}){1,2}$/.test(text) ? text.replace(/[ \u3000]+/g, "") : text;
}
