/**
 * The N-rules that read lists and words rather than one figure (check-items.ts, check-statements.ts), in
 * their order; units.ts evaluates them paragraph by paragraph.
 */
import { classList, ITEMS_05, type ItemList, itemCoverage, itemNames } from "./check-items";
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

function fundCheck(role: string, section: string, table: "07" | "08"): ListCheck {
  return { role, paragraph: (at, ctx) => fundStatement(at, ctx, section, table) };
}

/** N-8 over the whole text, N-9 item by item. */
function itemChecks(list: ItemList): ListCheck[] {
  return [{ whole: itemCoverage(list) }, { role: list.item, paragraph: itemNames(list) }];
}

export const LIST_CHECKS: readonly ListCheck[] = [
  { role: "五.结构", paragraph: classList },
  ...itemChecks(ITEMS_05),
  { role: "六", paragraph: economicLists },
  { role: "七", paragraph: (at, ctx) => fundStatement(at, ctx, "七", "07") },
  { role: "八", paragraph: (at, ctx) => fundStatement(at, ctx, "八", "08") },
  // 上海 prints 三公 as 七: its funds are 八 and 九, each a statement or "无…".
  ...(["八.收支", "八.无"] as const).map((role) => fundCheck(role, "八", "07")),
  ...(["九.收支", "九.无"] as const).map((role) => fundCheck(role, "九", "08")),
  ...itemChecks({ anchor: "八.收支", item: "八.支出项", table: "07", label: "八、", col: "本年支出小计" }),
  ...itemChecks({ anchor: "九.收支", item: "九.支出项", table: "08", label: "九、", col: "合计" }),
  { role: "十", paragraph: (at, ctx) => runningCosts(at, ctx, "十") },
  { role: "十一.机关运行", paragraph: (at, ctx) => runningCosts(at, ctx, "十一") },
  { role: null, paragraph: unitsAndDecimals },
  { role: null, paragraph: missingSupplement },
  { whole: headings },
];
