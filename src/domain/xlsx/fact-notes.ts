import type { DocumentMeta } from "../document/model";
import type { Tally, WorkbookFacts } from "./workbook-facts";

const MAX_LISTED = 3;

function listed<T>(tallies: readonly Tally<T>[], show: (value: T) => string): string {
  return tallies
    .slice(0, MAX_LISTED)
    .map((t) => `${show(t.value)}（${t.count} 处，首见 ${t.first}）`)
    .join("、");
}

/** How the first of several was chosen: by count, or (a tie) as the one written first. */
function taken<T>(tallies: readonly Tally<T>[]): string {
  return tallies[0]?.count === tallies[1]?.count ? "次数相同，已取最先写的" : "已取出现最多的";
}

/**
 * What the import preview says about the year and department it took: where the workbook is silent
 * (a default was used) or where it writes several (the most frequent was taken), so the user checks them.
 */
export function factNotes(facts: WorkbookFacts, meta: Pick<DocumentMeta, "year" | "department">): string[] {
  const notes: string[] = [];
  const year = (y: number) => `${y} 年`;
  if (facts.years.length === 0) notes.push(`工作簿中未写年度，暂取 ${meta.year} 年，请核对`);
  else if (facts.years.length > 1)
    notes.push(
      `工作簿中写有不同的年度：${listed(facts.years, year)}，${taken(facts.years)} ${meta.year} 年，请核对`,
    );
  const name = (d: string) => `“${d}”`;
  if (facts.departments.length === 0)
    notes.push(
      meta.department ? `工作簿中未写部门名称，暂取“${meta.department}”` : "工作簿中未写部门名称，请填写",
    );
  else if (facts.departments.length > 1)
    notes.push(
      `工作簿中写有不同的部门名称：${listed(facts.departments, name)}，${taken(facts.departments)}“${meta.department}”，请核对`,
    );
  return notes;
}
