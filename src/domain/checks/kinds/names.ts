/** Printed names against the catalogs and the template (C-1, C-2, C-4) and across tables. */
import type { CatalogEdition } from "../../catalog/edition";
import { activeCatalog, economicCodeName, functionCodeName, HOW_TO_LOAD_CATALOG } from "../../catalog/lookup";
import { isFunctionCode } from "../../engine/code-tree";
import { fixedRows, isSubjectCode } from "../../templates/structure";
import type { ColumnDef, RowKey, TableId } from "../../templates/types";
import type { CheckContext } from "../context";
import { type Finding, type FindingCell, HEADER_ROW, NAME_COL, type NamesCheck, type Rule } from "../types";

const ORDINAL = /^[一二三四五六七八九十]+、/;
/** Anything `normaliseName` would change: whitespace, an ordinal's 、, full-width brackets. */
const NEEDS_NORMALISING = /[\s、（）]/;

/** Names compare without whitespace (line breaks in print), ordinals, or full/half-width brackets. */
export function normaliseName(name: string): string {
  if (!NEEDS_NORMALISING.test(name)) return name;
  return name.replace(/\s+/g, "").replace(ORDINAL, "").replace(/（/g, "(").replace(/）/g, ")");
}

const nameCell = (table: TableId, row: RowKey): FindingCell => ({ table, row, col: NAME_COL });
const tableList = (ctx: CheckContext, cells: readonly FindingCell[]) =>
  [...new Set(cells.map((c) => ctx.tableName(c.table)))].join("、");

function finding(rule: Rule, key: string, message: string, cells: FindingCell[]): Finding {
  return {
    key,
    rule: rule.id,
    severity: rule.severity,
    message: `${rule.id} ${rule.title}：${message}`,
    cells,
  };
}

/** Calls `fn` for every printed name of a row the table has. */
function eachName(
  ctx: CheckContext,
  tables: readonly TableId[],
  fn: (table: TableId, row: RowKey, printed: string) => void,
): void {
  for (const table of tables) {
    const { rows, names } = ctx.printedNames(table);
    for (let i = 0; i < rows.length; i++) fn(table, rows[i] as RowKey, names[i] as string);
  }
}

function printedNames(ctx: CheckContext, tables: readonly TableId[]): [TableId, RowKey, string][] {
  const out: [TableId, RowKey, string][] = [];
  eachName(ctx, tables, (table, row, printed) => {
    out.push([table, row, printed]);
  });
  return out;
}

/** At most this many unknown codes are named in C-1's message; the cells list them all. */
const UNKNOWN_LISTED = 8;

/**
 * Codes missing from the active edition when it is complete (an official one a user loaded): a code
 * missing from a partial shipped list says nothing, one missing from the official list is suspect.
 */
function unknownCodes(
  rule: Rule,
  edition: CatalogEdition,
  unknown: ReadonlyMap<string, FindingCell[]>,
): Finding[] {
  if (unknown.size === 0) return [];
  const codes = [...unknown.keys()];
  const listed = codes.slice(0, UNKNOWN_LISTED).join("、") + (codes.length > UNKNOWN_LISTED ? " 等" : "");
  const message = `${codes.length} 个功能分类科目不在“${edition.name}”中（${listed}）：请核对编码；目录年度不对时，请${HOW_TO_LOAD_CATALOG}。`;
  return [finding(rule, `${rule.id}|unknown`, message, [...unknown.values()].flat())];
}

function functionNames(rule: Rule, check: NamesCheck, ctx: CheckContext): Finding[] {
  const year = ctx.doc.meta.year;
  const active = activeCatalog(year);
  const complete = active?.complete ? active : undefined;
  const groups = new Map<string, { code: string; printed: string; official: string; cells: FindingCell[] }>();
  const unknown = new Map<string, FindingCell[]>();
  // Plain loops over every printed name (13,000 on a large document), not a callback per name.
  for (const table of check.tables) {
    const { rows, names } = ctx.printedNames(table);
    for (let i = 0; i < rows.length; i++) {
      const code = rows[i] as RowKey;
      if (!isFunctionCode(code)) continue;
      if (complete && !complete.names.has(code)) {
        const cells = unknown.get(code) ?? [];
        cells.push(nameCell(table, code));
        unknown.set(code, cells);
        continue;
      }
      const printed = names[i] as string;
      const official = functionCodeName(code, year);
      if (
        official === undefined ||
        printed === official ||
        normaliseName(printed) === normaliseName(official)
      )
        continue;
      const key = `${rule.id}|${code}|${normaliseName(printed)}`;
      const group = groups.get(key) ?? { code, printed, official, cells: [] };
      group.cells.push(nameCell(table, code));
      groups.set(key, group);
    }
  }
  const mismatches = [...groups].map(([key, g]) =>
    finding(
      rule,
      key,
      `${g.code} 印为“${g.printed}”（${tableList(ctx, g.cells)}），科目表名称为“${g.official}”。`,
      g.cells,
    ),
  );
  return complete ? [...mismatches, ...unknownCodes(rule, complete, unknown)] : mismatches;
}

function economicNames(rule: Rule, check: NamesCheck, ctx: CheckContext): Finding[] {
  return printedNames(ctx, check.tables).flatMap(([table, code, printed]) => {
    if (!isSubjectCode(code, "economic")) return [];
    const official =
      economicCodeName(code, ctx.doc.meta.year) ?? fixedRows(ctx.table(table)).get(code)?.row.label;
    if (official === undefined || normaliseName(printed) === normaliseName(official)) return [];
    const message = `${ctx.tableName(table)} ${code} 印为“${printed}”，科目表名称为“${official}”。`;
    return [finding(rule, `${rule.id}|${table}|${code}`, message, [nameCell(table, code)])];
  });
}

function fixedLabels(rule: Rule, check: NamesCheck, ctx: CheckContext): Finding[] {
  return printedNames(ctx, check.tables).flatMap(([table, row, printed]) => {
    if (table === "06" && isSubjectCode(row, "economic")) return [];
    const label = fixedRows(ctx.table(table)).get(row)?.row.label;
    if (label === undefined || normaliseName(printed) === normaliseName(label)) return [];
    const message = `${ctx.tableName(table)} 行“${printed}”，模板为“${label}”。`;
    return [finding(rule, `${rule.id}|${table}|${row}`, message, [nameCell(table, row)])];
  });
}

function columnLabels(rule: Rule, check: NamesCheck, ctx: CheckContext): Finding[] {
  return check.tables.flatMap((table) => {
    const layout = ctx.table(table).layout;
    const columns: readonly ColumnDef[] =
      layout.kind === "subject" ? layout.columns : layout.panes.flatMap((p) => p.columns);
    return Object.entries(ctx.doc.tables[table]?.columnLabels ?? {}).flatMap(([col, printed]) => {
      const label = columns.find((c) => c.key === col)?.label;
      if (label === undefined || normaliseName(printed) === normaliseName(label)) return [];
      const message = `${ctx.tableName(table)} 栏目“${printed}”，模板为“${label}”。`;
      return [
        finding(rule, `${rule.id}|${table}|${HEADER_ROW}|${col}`, message, [{ table, row: HEADER_ROW, col }]),
      ];
    });
  });
}

function acrossTables(rule: Rule, check: NamesCheck, ctx: CheckContext): Finding[] {
  // Codes printed with more than one name (usually none): the first name of each code, then the others.
  const first = new Map<string, string>();
  const mixed = new Set<string>();
  for (const table of check.tables) {
    const { rows, names } = ctx.printedNames(table);
    for (let i = 0; i < rows.length; i++) {
      const code = rows[i] as RowKey;
      const printed = names[i] as string;
      if (!isFunctionCode(code) || printed.trim() === "") continue;
      const name = first.get(code);
      if (name === undefined) first.set(code, printed);
      else if (name !== printed) mixed.add(code);
    }
  }
  const findings: Finding[] = [];
  for (const code of first.keys()) {
    if (!mixed.has(code)) continue;
    const names: [TableId, string][] = [];
    for (const table of check.tables) {
      const printed = ctx.hasRow(table, code) ? ctx.doc.tables[table]?.names?.[code] : undefined;
      if (printed !== undefined && printed.trim() !== "") names.push([table, printed]);
    }
    if (new Set(names.map(([, name]) => normaliseName(name))).size < 2) continue;
    const listed = names.map(([table, name]) => `${ctx.tableName(table)}为“${name}”`).join("，");
    const cells = names.map(([table]) => nameCell(table, code));
    findings.push(finding(rule, `${rule.id}|${code}`, `${code} 在${listed}。`, cells));
  }
  return findings;
}

const SOURCES = { function: functionNames, economic: economicNames, fixedLabels, columnLabels, acrossTables };

export function nameFindings(rule: Rule, check: NamesCheck, ctx: CheckContext): Finding[] {
  return SOURCES[check.source](rule, check, ctx);
}
