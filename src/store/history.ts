import type { Patch } from "../domain/workbook/edits";

export interface HistoryEntry {
  patch: Patch;
  label: string;
}

export interface History {
  past: HistoryEntry[];
  future: HistoryEntry[];
}

export const MAX_HISTORY = 500;

export function emptyHistory(): History {
  return { past: [], future: [] };
}

export function recorded(history: History, entry: HistoryEntry): History {
  const past = [...history.past, entry];
  return { past: past.length > MAX_HISTORY ? past.slice(past.length - MAX_HISTORY) : past, future: [] };
}
