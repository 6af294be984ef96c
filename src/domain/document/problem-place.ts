/**
 * A problem's JSON path (tables.02.rows.2010301.财政拨款收入) said in words for the user
 * (表 02 · 第 2010301 行 · 财政拨款收入). Field names keep their JSON key in brackets, so the place can
 * also be found in the file.
 */
import type { Problem } from "./validate";

const DOCUMENT_WORDS: Record<string, string> = {
  format: "文档格式标记",
  version: "格式版本",
  meta: "文档信息",
  department: "部门名称",
  year: "年度",
  unit: "金额单位",
  template: "模板编号",
  codeDisplay: "科目编码显示方式",
  tables: "表格数据",
  notes: "表下说明",
  comments: "批注",
  publication: "公开文字",
  overview: "部门概况",
  narrativeHeading: "情况说明标题",
  narrative: "情况说明",
  glossary: "名词解释",
  attachments: "附件",
  supplement: "补充数据",
  acknowledgements: "提示的说明",
  derived: "计算值",
  runs: "文字段",
  text: "文字",
  figure: "数字引用",
  anchor: "批注位置",
  replies: "回复",
  at: "时间",
  note: "说明",
};

const TEMPLATE_WORDS: Record<string, string> = {
  format: "模板格式标记",
  version: "模板版本",
  id: "编号",
  name: "名称",
  tables: "表式",
  formulas: "公式",
  order: "印刷顺序",
  rows: "行",
  columns: "栏目",
  codeDisplay: "科目编码显示方式",
};

/** A segment in words: an index counts from 1, a known key gets its Chinese name. */
function word(segment: string, words: Record<string, string>): string {
  if (/^\d+$/.test(segment) && Number(segment) < 10000) return `第 ${Number(segment) + 1} 项`;
  return words[segment] ?? segment;
}

/** tables.ID[.rows.ROW[.COLUMN]] / names / columnLabels: the table, row and column a reader sees. */
function tablePlace([id, part, key, column]: string[]): string {
  const table = `表 ${id}`;
  if (part === "rows" && key !== undefined) {
    return [table, `第 ${key} 行`, ...(column === undefined ? [] : [column])].join(" · ");
  }
  if (part === "names" && key !== undefined) return `${table} · 第 ${key} 行的名称`;
  if (part === "columnLabels" && key !== undefined) return `${table} · 栏目“${key}”的标题`;
  return part === undefined ? table : `${table} · ${part}`;
}

function documentPlace(segments: string[], path: string): string {
  const [top, ...rest] = segments;
  if (top === "tables" && rest.length > 0) return tablePlace(rest);
  if (top === "notes" && rest.length === 1) return `表 ${rest[0]} 的表下说明（${path}）`;
  if (top === "comments" && rest[0] !== undefined && /^\d+$/.test(rest[0])) {
    const more = rest.slice(1).map((s) => word(s, DOCUMENT_WORDS));
    const place = [`第 ${Number(rest[0]) + 1} 条批注`, ...more].join(" · ");
    return `${place}（${path}）`;
  }
  return `${segments.map((s) => word(s, DOCUMENT_WORDS)).join(" · ")}（${path}）`;
}

/**
 * The place of a problem in words. Paths that are already words (（文件）, 第 3 行第 5 列) stay as they are.
 */
export function problemPlace(path: string, kind: "document" | "template" = "document"): string {
  if (!/^[\w$]/.test(path) || /^第 /.test(path)) return path;
  const segments = path.split(".");
  if (kind === "document") return documentPlace(segments, path);
  return `${segments.map((s) => word(s, TEMPLATE_WORDS)).join(" · ")}（${path}）`;
}

/**
 * Problems as lines “where：what”, the place in words. Only a failure needs it: the app imports this
 * module when one happens, so the words stay out of the first load.
 */
export function describeProblems(
  problems: readonly Problem[],
  kind: "document" | "template" = "document",
): string {
  return problems.map((p) => `${problemPlace(p.path, kind)}：${p.message}`).join("\n");
}
