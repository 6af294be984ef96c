import { isSubjectCode } from "../templates/structure";
import type { Pane, RowKey, SubjectLayout } from "../templates/types";
import type { HeaderColumn } from "./header";
import { codeText, labelKey } from "./normalise";
import type { SheetCell } from "./sheet-model";

/** Reads the item cells of one row (code, name, label columns) into a row key and a printed name. */
export type RowKeyReader = (cell: (col: number) => SheetCell | undefined) => {
  key: RowKey | null;
  name?: string;
  /** The text that named the row, for the report when it matches nothing. */
  label?: string;
};

const TOTAL_WORDS = new Set(["合计", "总计"]);
const itemColumns = (columns: readonly HeaderColumn[]) =>
  columns.filter((c) => c.role === "code" || c.role === "name" || c.role === "label");
const text = (cell: SheetCell | undefined) => cell?.text.trim() ?? "";

/** "2010301 行政运行" or "201 03 01行政运行" in one cell: the code and the name. */
function codeAndName(text: string): { code: string; name: string } | null {
  const match = /^(\d{3}(?:[\s.]*\d{2}){0,2})[\s\u3000]*(\D.*)$/.exec(text.normalize("NFKC").trim());
  return match ? { code: codeText(match[1] ?? ""), name: (match[2] ?? "").trim() } : null;
}

/** 科目 rows: by a code (one column, or 类/款/项 columns joined), or the total row by 合计. */
export function subjectRowKeys(layout: SubjectLayout, columns: readonly HeaderColumn[]): RowKeyReader {
  const items = itemColumns(columns);
  const parts = (["类", "款", "项"] as const).map((part) => columns.find((c) => c.part === part));
  const names = columns.filter((c) => c.role === "name");
  return (cell) => {
    const texts = items.map((c) => text(cell(c.col)));
    if (texts.some((t) => TOTAL_WORDS.has(labelKey(t)))) return { key: layout.totalRow.key };
    let code: string | undefined;
    if (parts[0]) code = parts.map((c) => (c ? codeText(text(cell(c.col))) : "")).join("");
    else code = texts.map(codeText).find((t) => isSubjectCode(t, layout.classification));
    const label = texts.find((t) => t !== "");
    if (code === undefined) {
      const joined = codeAndName(label ?? "");
      if (joined && isSubjectCode(joined.code, layout.classification))
        return { key: joined.code, name: joined.name };
    }
    if (code === undefined || !isSubjectCode(code, layout.classification)) return { key: null, label };
    const name =
      names.map((c) => text(cell(c.col))).find((t) => t !== "") ??
      texts.find((t) => t !== "" && codeText(t) !== code && !parts.some((p) => p && text(cell(p.col)) === t));
    return { key: code, ...(name ? { name } : {}) };
  };
}

interface PaneDictionary {
  byCode: Map<string, RowKey>;
  byLabel: Map<string, RowKey[]>;
}

export function paneDictionary(pane: Pane): PaneDictionary {
  const byCode = new Map<string, RowKey>();
  const byLabel = new Map<string, RowKey[]>();
  const add = (label: string, key: RowKey) => {
    const list = byLabel.get(label) ?? [];
    if (!list.includes(key)) list.push(key);
    byLabel.set(label, list);
  };
  for (const row of pane.footer ? [...pane.rows, pane.footer] : pane.rows) {
    if (row.key === null) continue;
    if (row.code !== undefined) byCode.set(row.code, row.key);
    add(labelKey(row.label), row.key);
    add(labelKey(row.key.replace(/·/g, "")), row.key);
  }
  return { byCode, byLabel };
}

/** How many of the given label texts a pane knows: which pane a printed pane is. */
export function paneScore(dictionary: PaneDictionary, labels: readonly string[]): number {
  return labels.filter((l) => dictionary.byCode.has(codeText(l)) || dictionary.byLabel.has(labelKey(l)))
    .length;
}

/**
 * Fixed rows: by the code column (06) or by the label, ordinals and spacing ignored. Two rows with the
 * same printed label (04's fund rows under 年初财政拨款结转和结余) are taken in printed order.
 */
export function paneRowKeys(pane: Pane, columns: readonly HeaderColumn[]): RowKeyReader {
  const dictionary = paneDictionary(pane);
  const items = itemColumns(columns);
  const used = new Set<RowKey>();
  return (cell) => {
    const texts = items.map((c) => text(cell(c.col)));
    const label = texts.find((t) => t !== "");
    for (const t of texts) {
      const byCode = dictionary.byCode.get(codeText(t));
      const byLabel = dictionary.byLabel.get(labelKey(t)) ?? [];
      const key = byCode ?? byLabel.find((k) => !used.has(k)) ?? byLabel[0];
      if (key === undefined) continue;
      used.add(key);
      const named = columns.find((c) => c.role === "name" || c.role === "label");
      const name = named ? text(cell(named.col)) : t;
      return { key, ...(name ? { name } : {}) };
    }
    return { key: null, label };
  };
}
