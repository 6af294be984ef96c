import type { StateCreator } from "zustand";
import type { CellId } from "../domain/engine/cell-id";
import type { CellChange, DocumentDiff } from "../domain/review";
import type { Workbook } from "../domain/workbook/workbook";
import { afterPaintOrNow } from "./after-paint";
import { NO_CELLS } from "./comments-slice";
import type { CompareTools } from "./review-tools";
import type { EditorState } from "./store";

export interface CompareState {
  /** The other version (read only); the open document is the newer side. */
  base: Workbook;
  /** The open workbook the diff was taken against (a new document ends the comparison). */
  against: Workbook;
  /** What the other version is, in words ("文件 a.json", "本机文档 …"). */
  label: string;
  diff: DocumentDiff;
  /** The diff's code, loaded when the comparison started. */
  tools: CompareTools;
  /** The change being looked at, walked with ↑/↓. */
  index: number;
}

export interface CompareSlice {
  compare: CompareState | null;
  /** Changed cells while comparing (old → new). */
  compareCells: ReadonlyMap<CellId, CellChange>;
  /** Added 科目 rows while comparing, as `table|row`. */
  compareAddedRows: ReadonlySet<string>;
}

const NO_ROWS: ReadonlySet<string> = new Set();
export const NO_COMPARE = { compare: null, compareCells: NO_CELLS, compareAddedRows: NO_ROWS };

export function compareMarks(diff: DocumentDiff) {
  const rows = new Set<string>();
  for (const change of diff.changes) {
    if (change.kind === "rowAdded") rows.add(`${change.table}|${change.row}`);
  }
  return { compareCells: diff.byCell, compareAddedRows: rows };
}

/** 对比: the open document against another version of it, following later edits. */
export const createCompareSlice: StateCreator<EditorState, [], [], CompareSlice> = () => ({
  ...NO_COMPARE,
});

/** The comparison after the document changed: followed, or ended when another document was opened. */
function comparePatch(state: EditorState): Partial<CompareSlice> {
  const { compare, workbook } = state;
  if (!compare) return {};
  if (workbook !== compare.against || !workbook) return NO_COMPARE;
  const diff = compare.tools.diffDocuments(compare.base, workbook);
  const index = Math.min(compare.index, Math.max(0, diff.changes.length - 1));
  return { compare: { ...compare, diff, index }, ...compareMarks(diff) };
}

/** Stores with a comparison update waiting for the next frame. */
const pending = new WeakSet<object>();

/**
 * Keeps the comparison in step with the document. Another document ends it at once; an edit is diffed
 * again after the frame that shows it (a diff of a large document takes milliseconds the keystroke
 * should not wait for), once for all the edits of that frame.
 */
export function followCompare(get: () => EditorState, set: (patch: Partial<CompareSlice>) => void): void {
  const { compare, workbook } = get();
  if (!compare) return;
  if (workbook !== compare.against) {
    set(NO_COMPARE);
    return;
  }
  if (pending.has(get)) return;
  pending.add(get);
  afterPaintOrNow(() => {
    pending.delete(get);
    const patch = comparePatch(get());
    if (Object.keys(patch).length > 0) set(patch);
  });
}
