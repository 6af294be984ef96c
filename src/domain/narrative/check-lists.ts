/**
 * The N-rules that read lists and words rather than one figure (check-items.ts, check-statements.ts), in
 * their order; units.ts evaluates them paragraph by paragraph.
 */
import { classList, itemCoverage, itemNames } from "./check-items";
import { economicLists, fundStatement, headings, runningCosts, unitsAndDecimals } from "./check-statements";
import type { FigureContext } from "./figures";
import type { FindingInput } from "./findings";
import type { Located } from "./located";
import { missingSupplement } from "./missing-supplement";
import type { Publication } from "./model";

export { type Located, locate } from "./located";

/**
 * The list rules in their order, each over every paragraph of its role on its own (`role` null: every
 * paragraph) or over the whole text: an incremental 审核 re-evaluates one paragraph's check alone.
 */
export type ListCheck =
  | { role: string | null; paragraph: (at: Located, ctx: FigureContext) => FindingInput[] }
  | { whole: (publication: Publication, ctx: FigureContext) => FindingInput[] };

export const LIST_CHECKS: readonly ListCheck[] = [
  { role: "五.结构", paragraph: classList },
  { whole: itemCoverage },
  { role: "五.具体.项", paragraph: itemNames },
  { role: "六", paragraph: economicLists },
  { role: "七", paragraph: (at, ctx) => fundStatement(at, ctx, "七", "07") },
  { role: "八", paragraph: (at, ctx) => fundStatement(at, ctx, "八", "08") },
  { role: "十", paragraph: runningCosts },
  { role: null, paragraph: unitsAndDecimals },
  { role: null, paragraph: missingSupplement },
  { whole: headings },
];
