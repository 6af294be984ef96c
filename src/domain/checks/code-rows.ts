/** 功能分类 code rows of a table: which rows are codes, and each code's parent rows. */
import type { RowKey } from "../templates/types";
import type { Block } from "./cells";

/** 3, 5 or 7 ASCII digits: a 功能分类 code (the same test as `isSubjectCode(code, "function")`). */
export function isFunctionCode(row: string): boolean {
  const n = row.length;
  if (n !== 3 && n !== 5 && n !== 7) return false;
  for (let i = 0; i < n; i++) {
    const c = row.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * Calls `fn` for every 功能分类 code row of a 科目 table with its 类 and 款 rows, where the table has them
 * (the 款 only for a 项). The rows are in code order, a parent before its children: a code's 类 is the
 * last 3-digit code seen if that is its prefix, its 款 likewise (no substrings to make and look up).
 */
export function eachCodeWithParents(
  block: Block,
  fn: (code: RowKey, cls: RowKey | undefined, kuan: RowKey | undefined) => void,
): void {
  let cls = "";
  let kuan = "";
  for (const code of block.rows) {
    if (!isFunctionCode(code)) continue;
    const length = code.length;
    if (length === 3) {
      fn(code, undefined, undefined);
      cls = code;
      continue;
    }
    const hasClass = cls !== "" && code.startsWith(cls);
    if (length === 5) {
      fn(code, hasClass ? cls : undefined, undefined);
      kuan = code;
    } else fn(code, hasClass ? cls : undefined, kuan !== "" && code.startsWith(kuan) ? kuan : undefined);
  }
}

/**
 * Child rows of each row in a table's code tree, as `subjectChildren` (engine/expand.ts) makes them for
 * `totalRow`: each 功能分类 code under its nearest present ancestor (or the total row).
 */
export function codeChildren(block: Block, totalRow: RowKey | undefined): Map<RowKey, RowKey[]> {
  const found = new Map<RowKey, RowKey[]>();
  // Codes come in code order: most share the previous code's parent (项 of one 款), so its list is kept.
  let lastParent: RowKey | undefined;
  let lastList: RowKey[] = [];
  const add = (parent: RowKey | undefined, code: RowKey) => {
    if (parent === undefined) return;
    if (parent !== lastParent) {
      let list = found.get(parent);
      if (!list) {
        list = [];
        found.set(parent, list);
      }
      lastList = list;
      lastParent = parent;
    }
    lastList.push(code);
  };
  if (block.subject) eachCodeWithParents(block, (code, cls, kuan) => add(kuan ?? cls ?? totalRow, code));
  else {
    // Fixed rows (06) are in template order: look the ancestors up.
    for (const code of block.rows) {
      if (!isFunctionCode(code)) continue;
      let parent: RowKey | undefined;
      for (let length = code.length - 2; length >= 3 && parent === undefined; length -= 2) {
        const candidate = code.slice(0, length);
        if (block.rowIndex.has(candidate)) parent = candidate;
      }
      add(parent ?? totalRow, code);
    }
  }
  return found;
}
