import type { CommentThread, ReviewEntry } from "../domain/review";
import { isResolved, isVisible } from "../domain/review/thread-basics";
import type { TableId } from "../domain/templates/types";
import type { CommentFilter } from "./comments-slice";

/** Whether a listed thread passes the 批注 panel's filter ("mine": written or replied to by `me`). */
export function matchesFilter(entry: ReviewEntry, filter: CommentFilter, me: string): boolean {
  if (filter === "open") return !entry.resolved;
  if (filter === "resolved") return entry.resolved;
  if (filter === "mine") {
    const name = me.trim();
    if (!name) return false;
    const { thread } = entry;
    return (
      (!thread.deleted && thread.author === name) ||
      thread.replies.some((r) => !r.deleted && r.author === name)
    );
  }
  return true;
}

/** The filtered threads by table, tables in order 01…09; threads without a table (some findings) last, under "". */
export function groupThreads(
  entries: readonly ReviewEntry[],
  filter: CommentFilter,
  me: string,
): [TableId | "", ReviewEntry[]][] {
  const byTable = new Map<TableId | "", ReviewEntry[]>();
  for (const entry of entries) {
    if (!matchesFilter(entry, filter, me)) continue;
    const table = entry.thread.anchor.table ?? "";
    const list = byTable.get(table);
    if (list) list.push(entry);
    else byTable.set(table, [entry]);
  }
  // By table id; threads on the document as a whole last.
  const tables = [...byTable.keys()].filter((t) => t !== "").sort();
  return [...tables, "" as const].flatMap((t) => {
    const list = byTable.get(t);
    return list ? [[t, list] as [TableId | "", ReviewEntry[]]] : [];
  });
}

/** How many listed threads are still open (the 批注 tab's count). */
export function openThreadCount(threads: readonly CommentThread[] | undefined): number {
  let count = 0;
  for (const thread of threads ?? []) if (isVisible(thread) && !isResolved(thread)) count++;
  return count;
}
