/**
 * Reads a template file: its shape against the schema, then what the shape cannot say — the nine canonical
 * tables are there, each table under its own id, the order lists each table once, and each formula names columns and rows its tables have.
 * Never throws; problems come back with the path and the reason in Chinese.
 */
import { parseJson } from "../document/json-syntax";
import type { Problem } from "../document/validate";
import { chineseIssueMessage, issueToProblem } from "../document/zod-issues";
import { isKnownRow, tableColumns } from "./structure";
import { templateSchema } from "./template-schema";
import { CANONICAL_TABLE_IDS, type CellRef, type FormulaSpec, type TableId, type Template } from "./types";

export type TemplateParseResult = { ok: true; template: Template } | { ok: false; problems: Problem[] };

export function parseTemplateText(text: string): TemplateParseResult {
  const json = parseJson(text);
  return json.ok ? parseTemplateValue(json.value) : { ok: false, problems: [json.problem] };
}

export function parseTemplateValue(json: unknown): TemplateParseResult {
  const result = templateSchema.safeParse(json, { error: chineseIssueMessage });
  if (!result.success) {
    return {
      ok: false,
      problems: result.error.issues.slice(0, 50).map((i) => issueToProblem(i, "（模板根）")),
    };
  }
  const { format: _f, version: _v, $schema: _s, description: _d, ...template } = result.data;
  const problems = semanticProblems(template);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, template };
}

function semanticProblems(template: Template): Problem[] {
  const problems: Problem[] = [];
  for (const id of CANONICAL_TABLE_IDS) {
    if (!template.tables[id]) problems.push({ path: `tables.${id}`, message: `缺少${id}表的表式` });
  }
  for (const [id, table] of Object.entries(template.tables)) {
    if (table.id !== id) problems.push({ path: `tables.${id}.id`, message: `表号应为 ${id}` });
  }
  const ids = Object.keys(template.tables).sort();
  if (template.order && [...template.order].sort().join() !== ids.join()) {
    problems.push({ path: "order", message: `印刷顺序应把 ${ids.join("、")} 每张表各列一次` });
  }
  if (problems.length > 0) return problems;
  template.formulas.forEach((formula, i) => {
    for (const message of formulaProblems(template, formula))
      problems.push({ path: `formulas.${i}`, message });
  });
  return problems;
}

function formulaProblems(template: Template, f: FormulaSpec): string[] {
  const column = (table: TableId, col: string) => {
    const t = template.tables[table];
    if (!t) return [`公式引用了模板没有的${table}表`];
    return tableColumns(t).includes(col) ? [] : [`${table}表没有栏目“${col}”`];
  };
  const row = (table: TableId, key: string) => {
    const t = template.tables[table];
    if (!t) return [`公式引用了模板没有的${table}表`];
    return isKnownRow(t, key) ? [] : [`${table}表没有行“${key}”`];
  };
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
