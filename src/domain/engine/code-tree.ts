/**
 * The 科目 tree: which rows are 功能分类 codes, and each code's parent row. One definition for the formula
 * plan (hierarchy sums), the checks (R-rules on 类/款/项) and the UI.
 */
import type { RowKey } from "../templates/types";

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

/** The nearest existing ancestor of a code (7 → 5 → 3 digits), if any. */
export function parentCode(code: string, exists: (code: string) => boolean): string | undefined {
  for (let length = code.length - 2; length >= 3; length -= 2) {
    const candidate = code.slice(0, length);
    if (exists(candidate)) return candidate;
  }
  return undefined;
}

/**
 * Calls `fn` for every code row with its 类 and 款 rows, where present (the 款 only for a 项). The rows
 * are in code order, a parent before its children: a code's 类 is the last 3-digit code seen if that is
 * its prefix, its 款 likewise (no substrings to make and look up).
 */
export function eachCodeWithParents(
  rows: readonly RowKey[],
  fn: (code: RowKey, cls: RowKey | undefined, kuan: RowKey | undefined) => void,
): void {
  let cls = "";
  let kuan = "";
  for (const code of rows) {
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
 * Child rows of each row in a code tree: each code under its nearest present ancestor, top-level codes
 * under `totalRow` when there is one. `rows` in code order (a 科目 table as printed); `has` for rows in
 * another order (06's fixed rows, in template order), whose ancestors are then looked up.
 */
export function codeChildren(
  rows: readonly RowKey[],
  totalRow: RowKey | undefined,
  has?: (row: RowKey) => boolean,
): Map<RowKey, RowKey[]> {
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
  if (has === undefined) eachCodeWithParents(rows, (code, cls, kuan) => add(kuan ?? cls ?? totalRow, code));
  else for (const code of rows) if (isFunctionCode(code)) add(parentCode(code, has) ?? totalRow, code);
  return found;
}

/** Children of each row in a 科目 tree (`rows` in code order); top-level codes hang under the total row. */
export function subjectChildren(rows: readonly RowKey[], totalRow?: RowKey): Map<RowKey, RowKey[]> {
  return codeChildren(rows, totalRow);
}
