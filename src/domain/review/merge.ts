/**
 * 批注回传: merging a reviewer's returned file into the open draft. Threads are merged by
 * `mergeComments`; values are never taken here: `planMerge` lists where the file's values differ and
 * `mergeEdits` turns the ones the user picks into edits.
 */
import type { Amount, JuesuanDocument } from "../document/model";
import { parseDocumentText } from "../document/parse";
import type { Problem } from "../document/validate";
import { isSubjectCode } from "../templates/structure";
import type { RowKey, TableId } from "../templates/types";
import type { Edit } from "../workbook/edits";
import { Workbook } from "../workbook/workbook";
import { parseComments } from "./comments";
import { type DocumentDiff, diffDocuments } from "./diff";
import { type CommentMerge, mergeComments } from "./merge-comments";

export {
  type CommentMerge,
  type MergeConflict,
  type MergeSummary,
  mergeComments,
} from "./merge-comments";

import { errorReason } from "../error-reason";

// ── merging a returned file ──────────────────────────────────────────────────────────────────────

export type Refusal = { ok: false; reason: string; problems: Problem[] };

/** The document in `text`, if it is a valid file of the same document (department, year, template, unit). */
export function readSameDocument(
  local: JuesuanDocument,
  text: string,
): { ok: true; document: JuesuanDocument } | Refusal {
  const parsed = parseDocumentText(text);
  if (!parsed.ok) {
    return { ok: false, reason: "文件格式不正确，未作任何更改。", problems: parsed.problems };
  }
  const incoming = parsed.document;
  const mine = local.meta;
  const theirs = incoming.meta;
  const mismatch: Problem[] = [];
  if (mine.department !== theirs.department)
    mismatch.push({
      path: "meta.department",
      message: `部门为“${theirs.department}”（当前文档为“${mine.department}”）`,
    });
  if (mine.year !== theirs.year)
    mismatch.push({ path: "meta.year", message: `年度为 ${theirs.year}（当前文档为 ${mine.year}）` });
  if (mine.template !== theirs.template)
    mismatch.push({
      path: "meta.template",
      message: `模板为“${theirs.template}”（当前文档为“${mine.template}”）`,
    });
  if (mine.unit !== theirs.unit)
    mismatch.push({ path: "meta.unit", message: `单位为${theirs.unit}（当前文档为${mine.unit}）` });
  if (mismatch.length > 0) {
    return {
      ok: false,
      reason: `该文件不是本文档的版本：${mismatch.map((p) => p.message).join("，")}。未作任何更改。`,
      problems: mismatch,
    };
  }
  return { ok: true, document: incoming };
}

function unreadable(what: string, error: unknown): Refusal {
  const detail = errorReason(error);
  return {
    ok: false,
    reason: `无法读取${what}中的表格：${detail}。未作任何更改。`,
    problems: [{ path: "（文件）", message: detail }],
  };
}

/**
 * 版本对比 with a file: what changed from the version in `earlierText` (e.g. the draft sent out for the
 * last round of review) to the open document. Refuses a malformed or foreign file, saying why.
 */
export function compareWithFile(
  current: Workbook,
  earlierText: string,
): { ok: true; diff: DocumentDiff } | Refusal {
  const read = readSameDocument(current.doc, earlierText);
  if (!read.ok) return read;
  try {
    return { ok: true, diff: diffDocuments(new Workbook(read.document), current) };
  } catch (error) {
    return unreadable("文件", error);
  }
}

export interface MergePlan {
  ok: true;
  /** The returned file's document (not applied). */
  incoming: JuesuanDocument;
  /** The merged thread list and what came in. */
  comments: CommentMerge;
  /** Where the file's values differ from the open draft (old = draft, new = file). None is applied. */
  values: DocumentDiff;
  /** The draft's 说明 when planned (the base for taking notes from the file). */
  localNotes: JuesuanDocument["notes"];
  /** Chinese: what came in, and how many values differ. */
  message: string;
}

/**
 * Plans merging a returned file into the open draft. Changes nothing: refuses a malformed file, a file
 * of another department/year/template/unit, or comments that clash with the draft's, saying why; else
 * gives the merged threads and the value differences, of which the caller takes the ones the user picks
 * (`mergeEdits`).
 */
export function planMerge(local: JuesuanDocument | Workbook, incomingText: string): MergePlan | Refusal {
  let localWb: Workbook;
  try {
    localWb = local instanceof Workbook ? local : new Workbook(structuredClone(local));
  } catch (error) {
    return unreadable("当前文档", error);
  }
  const read = readSameDocument(localWb.doc, incomingText);
  if (!read.ok) return read;
  const incoming = read.document;
  const mine = parseComments(localWb.doc.comments);
  if (!mine.ok) {
    return { ok: false, reason: "当前文档的批注格式不正确，无法合并。", problems: mine.problems };
  }
  const theirs = parseComments(incoming.comments);
  if (!theirs.ok) {
    return { ok: false, reason: "文件中的批注格式不正确，未作任何更改。", problems: theirs.problems };
  }
  const comments = mergeComments(mine.threads, theirs.threads);
  if (comments.summary.conflicts.length > 0) {
    return {
      ok: false,
      reason: "文件中有与本文档编号相同、内容来源不同的批注，可能不是本文档的审阅文件。未作任何更改。",
      problems: comments.summary.conflicts.map((c) => ({
        path: c.replyId ? `comments.${c.threadId}.replies.${c.replyId}` : `comments.${c.threadId}`,
        message: c.message,
      })),
    };
  }
  let incomingWb: Workbook;
  try {
    incomingWb = new Workbook(structuredClone(incoming));
  } catch (error) {
    return unreadable("文件", error);
  }
  const values = diffDocuments(localWb, incomingWb);
  const valueText =
    values.changes.length === 0
      ? "数值与当前文档一致。"
      : `文件中有 ${values.changes.length} 处与当前文档不同（未采用，可逐项选择）。`;
  return {
    ok: true,
    incoming,
    comments,
    values,
    localNotes: structuredClone(localWb.doc.notes),
    message: `${comments.summary.message}${valueText}`,
  };
}

/**
 * The edits that take the file's version of the chosen changes (ids from `plan.values.changes`).
 * Taking an added 科目 row takes its added parent rows too; taking a removed row removes its removed
 * child rows too. Document information (meta) is never taken. The caller applies these with the merged
 * comments in one batch.
 */
export function mergeEdits(plan: MergePlan, chosen: Iterable<string>): Edit[] {
  const byId = new Map(plan.values.changes.map((c) => [c.id, c]));
  const picked = new Set<string>();
  for (const id of chosen) {
    const change = byId.get(id);
    if (!change) continue;
    picked.add(id);
    if (change.kind === "rowAdded") {
      for (const parent of ancestors(change.row)) {
        if (byId.has(`row+|${change.table}|${parent}`)) picked.add(`row+|${change.table}|${parent}`);
      }
    } else if (change.kind === "rowRemoved") {
      for (const other of plan.values.changes) {
        if (other.kind === "rowRemoved" && other.table === change.table && other.row.startsWith(change.row))
          picked.add(other.id);
      }
    }
  }
  const incoming = plan.incoming;
  const adds: Edit[] = [];
  const sets: Edit[] = [];
  const removes: Edit[] = [];
  const notes: Partial<Record<TableId, string>> = { ...plan.localNotes };
  let notesChanged = false;
  for (const change of plan.values.changes) {
    if (!picked.has(change.id)) continue;
    switch (change.kind) {
      case "cell":
        sets.push({
          kind: "set",
          table: change.table,
          row: change.row,
          col: change.col,
          value: change.newStored,
        });
        break;
      case "rowAdded": {
        const data = incoming.tables[change.table];
        const cells = data?.rows[change.row];
        adds.push({
          kind: "putRow",
          table: change.table,
          row: change.row,
          snapshot: {
            name: data?.names?.[change.row],
            cells: cells ? ({ ...cells } as Record<string, Amount>) : undefined,
          },
        });
        break;
      }
      case "rowRemoved":
        removes.unshift({ kind: "putRow", table: change.table, row: change.row, snapshot: undefined });
        break;
      case "rowRenamed":
        sets.push({
          kind: "rename",
          table: change.table,
          row: change.row,
          name: incoming.tables[change.table]?.names?.[change.row],
        });
        break;
      case "note":
        notesChanged = true;
        if (change.new === undefined) delete notes[change.table];
        else notes[change.table] = change.new;
        break;
      case "meta":
        break;
    }
  }
  const edits = [...adds, ...sets, ...removes];
  if (notesChanged) {
    edits.push({ kind: "field", field: "notes", value: Object.keys(notes).length > 0 ? notes : undefined });
  }
  return edits;
}

function ancestors(row: RowKey): RowKey[] {
  if (!isSubjectCode(row)) return [];
  return [3, 5].filter((n) => n < row.length).map((n) => row.slice(0, n));
}
