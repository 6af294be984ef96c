/**
 * Reads a template file: its shape against the schema, then what the shape cannot say — every table is
 * there once, the order lists each table once, and each formula names columns and rows its tables have.
 * Never throws; problems come back with the path and the reason in Chinese.
 */
import type { Problem } from "../document/validate";
import { isKnownRow, tableColumns } from "./structure";
import { templateSchema } from "./template-schema";
import { type CellRef, type FormulaSpec, TABLE_IDS, type TableId, type Template } from "./types";

export type TemplateParseResult = { ok: true; template: Template } | { ok: false; problems: Problem[] };

export function parseTemplateText(text: string): TemplateParseResult {
  try {
    return parseTemplateValue(JSON.parse(text));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ path: "（文件）", message: `不是有效的 JSON 文件：${detail}` }] };
  }
}

export function parseTemplateValue(json: unknown): TemplateParseResult {
  const result = templateSchema.safeParse(json);
  if (!result.success) {
    const problems = result.error.issues.slice(0, 50).map((issue) => ({
      path: issue.path.map(String).join(".") || "（模板根）",
      message: issue.code === "invalid_type" && issue.input === undefined ? "缺少必填字段" : issue.message,
    }));
    return { ok: false, problems };
  }
  const { format: _f, version: _v, $schema: _s, description: _d, ...template } = result.data;
  const problems = semanticProblems(template);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, template };
}

function semanticProblems(template: Template): Problem[] {
  const problems: Problem[] = [];
  for (const id of TABLE_IDS) {
    const table = template.tables[id];
    if (!table) problems.push({ path: `tables.${id}`, message: `缺少${id}表的表式` });
    else if (table.id !== id) problems.push({ path: `tables.${id}.id`, message: `表号应为 ${id}` });
  }
  if (template.order && [...template.order].sort().join() !== TABLE_IDS.join()) {
    problems.push({ path: "order", message: "印刷顺序应把 01 至 09 每张表各列一次" });
  }
  if (problems.length > 0) return problems;
  template.formulas.forEach((formula, i) => {
    for (const message of formulaProblems(template, formula))
      problems.push({ path: `formulas.${i}`, message });
  });
  return problems;
}

function formulaProblems(template: Template, f: FormulaSpec): string[] {
  const column = (table: TableId, col: string) =>
    tableColumns(template.tables[table]).includes(col) ? [] : [`${table}表没有栏目“${col}”`];
  const row = (table: TableId, key: string) =>
    isKnownRow(template.tables[table], key) ? [] : [`${table}表没有行“${key}”`];
  const cell = (ref: CellRef) => [...row(ref.table, ref.row), ...column(ref.table, ref.col)];
  switch (f.kind) {
    case "sum":
      return [...cell(f.target), ...f.terms.flatMap(cell)];
    case "rowSum":
      return [f.target, ...f.terms].flatMap((c) => column(f.table, c));
    case "hierarchy":
      return f.columns.flatMap((c) => column(f.table, c));
    case "columnSum":
      return [
        ...[f.target, ...f.rows].flatMap((r) => row(f.table, r)),
        ...f.columns.flatMap((c) => column(f.table, c)),
      ];
    case "mirror":
      return [...column(f.target.table, f.target.col), ...column(f.source.table, f.source.col)];
  }
}
