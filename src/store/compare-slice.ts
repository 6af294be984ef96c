import type { StateCreator } from "zustand";
import type { JuesuanDocument } from "../domain/document/model";
import type { CellId } from "../domain/engine/cell-id";
import type { CellChange, DocumentDiff } from "../domain/review";
import { rowColumns } from "../domain/templates/structure";
import { Workbook } from "../domain/workbook/workbook";
import { afterPaintOrNow } from "./after-paint";
import { NO_CELLS } from "./comments-slice";
import { documentTextOf } from "./review-file";
import { type CompareTools, loadVersionTools } from "./review-tools";
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
  /** Compares the open document with another version of it; refuses another document, saying why. */
  startCompare: (other: JuesuanDocument | string, label: string) => Promise<boolean>;
  stopCompare: () => void;
  /** Selects change `index` in the list (keyboard walking), without leaving the list. */
  selectChange: (index: number) => void;
  /** Selects change `index` and shows it in its table. */
  showChange: (index: number) => void;
}

const NO_ROWS: ReadonlySet<string> = new Set();
const NO_COMPARE = { compare: null, compareCells: NO_CELLS, compareAddedRows: NO_ROWS };

function compareMarks(diff: DocumentDiff) {
  const rows = new Set<string>();
  for (const change of diff.changes) {
    if (change.kind === "rowAdded") rows.add(`${change.table}|${change.row}`);
  }
  return { compareCells: diff.byCell, compareAddedRows: rows };
}

/** 对比: the open document against another version of it, following later edits. */
export const createCompareSlice: StateCreator<EditorState, [], [], CompareSlice> = (set, get) => ({
  ...NO_COMPARE,

  startCompare: async (other, label) => {
    const tools = await loadVersionTools();
    const { workbook, notify } = get();
    if (!workbook) return false;
    const file =
      typeof other === "string"
        ? documentTextOf(label, other)
        : { ok: true as const, text: JSON.stringify(other) };
    if (!file.ok) {
      notify({ kind: "error", text: `无法对比：${file.reason}` });
      return false;
    }
    const read = tools.readSameDocument(workbook.doc, file.text);
    if (!read.ok) {
      notify({ kind: "error", text: `无法对比：${read.reason}` });
      return false;
    }
    let base: Workbook;
    try {
      base = new Workbook(read.document);
    } catch (error) {
      notify({ kind: "error", text: `无法读取要对比的版本：${String(error)}` });
      return false;
    }
    const diff = tools.diffDocuments(base, workbook);
    set({
      compare: { base, against: workbook, label, diff, tools, index: 0 },
      ...compareMarks(diff),
      sideTab: "compare",
      checksOpen: true,
    });
    notify({ kind: "info", text: `与${label}对比：${diff.summary}` });
    return true;
  },
  stopCompare: () => set({ compare: null, compareCells: NO_CELLS, compareAddedRows: NO_ROWS }),
  selectChange: (index) => {
    const { compare } = get();
    if (!compare || compare.diff.changes.length === 0) return;
    const clamped = Math.max(0, Math.min(index, compare.diff.changes.length - 1));
    if (clamped !== compare.index) set({ compare: { ...compare, index: clamped } });
  },
  showChange: (index) => {
    const { compare, workbook } = get();
    const change = compare?.diff.changes[index];
    if (!compare || !change || !workbook) return;
    set({ compare: { ...compare, index } });
    if (change.kind === "cell") get().focusCell(change.table, change.row, change.col);
    else if (change.kind === "meta") return;
    else if (
      change.kind !== "note" &&
      change.kind !== "rowRemoved" &&
      workbook.hasRow(change.table, change.row)
    ) {
      const col = rowColumns(workbook.template.tables[change.table], change.row)[0];
      if (col) get().focusCell(change.table, change.row, col);
    } else get().showTable(change.table);
  },
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
