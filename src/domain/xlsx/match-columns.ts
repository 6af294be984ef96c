import type { ColKey, ColumnDef } from "../templates/types";
import type { HeaderColumn } from "./header";
import { compact, labelKey } from "./normalise";

export interface MatchedColumn {
  col: number;
  key: ColKey;
  /** The printed header when it differs from the template's label (kept as `columnLabels`). */
  printed?: string;
}

/**
 * Matches the figure columns of one pane to the template's columns: a column's lowest header text is the
 * template label, and every header group of the template column appears above it. The most specific match
 * wins (09's 预算数·合计 vs 决算数·合计); a template column is matched once.
 */
export function matchColumns(
  header: readonly HeaderColumn[],
  columns: readonly ColumnDef[],
): { matched: MatchedColumn[]; unmatched: HeaderColumn[] } {
  const matched: MatchedColumn[] = [];
  const unmatched: HeaderColumn[] = [];
  const used = new Set<ColKey>();
  for (const column of header) {
    if (column.role !== "value") continue;
    const last = column.path.at(-1) ?? "";
    const candidates = columns
      .filter((c) => !used.has(c.key) && labelKey(c.label) === last)
      .filter((c) => (c.groups ?? []).every((g) => column.path.includes(labelKey(g))))
      .sort((a, b) => (b.groups?.length ?? 0) - (a.groups?.length ?? 0));
    const found = candidates[0];
    if (!found) {
      unmatched.push(column);
      continue;
    }
    used.add(found.key);
    const printed = compact(column.printed) === compact(found.label) ? {} : { printed: column.printed };
    matched.push({ col: column.col, key: found.key, ...printed });
  }
  return { matched, unmatched };
}
