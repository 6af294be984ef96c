/**
 * 结构图: how the nine tables hang together, generated from the template's formula specs and the rule
 * catalog (never written by hand, so it cannot drift from what the editor computes and checks). Nodes are
 * the tables; a relation is one cross-table formula spec (派生) or one cross-table rule (校验); relations are
 * grouped by the table pairs they join. On an open document each relation can list the cells it joins and
 * take a state from the 审核 findings.
 */

import type { CellPattern, Check, Rule, RuleSeverity } from "../checks";
import { rulesFor } from "../checks";
import { columnLabel, fixedRows, tableOf, tableOrder } from "../templates/structure";
import { namesAreIds, tableName } from "../templates/table-names";
import type { CellRef, FormulaSpec, RowKey, TableId, Template } from "../templates/types";

export type RelationKind = "派生" | "校验";

export interface TableRelation {
  /** "派生:<n>" (the n-th formula spec of the template) or "校验:<rule id>". */
  id: string;
  kind: RelationKind;
  /** The tables it joins, in 01…09 order. */
  tables: TableId[];
  /** The table pairs it joins ("01-03"): a rule may compare one table with two others. */
  pairs: string[];
  /** 校验: the rule id and severity. */
  rule?: string;
  severity?: RuleSeverity;
  /** 派生: the formula in words. */
  formula?: string;
  title: string;
  /** Chinese, for the detail panel. */
  description: string;
}

export interface TableNode {
  id: TableId;
  /** "公开03表", or the table's name where the layout prints no label (上海 "表三"). */
  label: string;
  title: string;
  /** Relations inside the table: formula specs and rules that only read this table. */
  within: { derivations: number; rules: string[] };
}

export interface TablePair {
  /** "01-03", the lower table first. */
  key: string;
  tables: readonly [TableId, TableId];
  /** The two tables as the template calls them ("01表", 上海 "表一"). */
  names: readonly [string, string];
  relations: TableRelation[];
  derivations: number;
  checks: number;
}

export interface StructureMap {
  template: Template;
  rules: readonly Rule[];
  nodes: TableNode[];
  /** Every cross-table relation once: the template's cross-table formula specs, then the rules. */
  relations: TableRelation[];
  /** Table pairs that have relations, in 01…09 order. */
  pairs: TablePair[];
  /** Rules that name no table and apply to every amount (the 2-decimals format rule R09-5). */
  general: string[];
}

const ORDINAL = /^[一二三四五六七八九十]+、/;

export function pairKey(a: TableId, b: TableId): string {
  return a < b ? `${a}-${b}` : `${b}-${a}`;
}

function rowText(template: Template, table: TableId, row: RowKey): string {
  const label = fixedRows(tableOf(template, table)).get(row)?.row.label;
  if (label !== undefined) return label.replace(ORDINAL, "");
  return row;
}

function refText(template: Template, ref: CellRef): string {
  return `${tableName(template, ref.table)} ${rowText(template, ref.table, ref.row)}·${columnLabel(tableOf(template, ref.table), ref.col)}`;
}

/** "02、03表" as the seed's texts list tables; each as its template calls it ("表二、表三" in 上海). */
function namedList(template: Template, tables: readonly TableId[]): string {
  return namesAreIds(template)
    ? `${tables.join("、")}表`
    : tables.map((table) => tableName(template, table)).join("、");
}

function specTables(spec: FormulaSpec): TableId[] {
  switch (spec.kind) {
    case "sum":
      return [spec.target.table, ...spec.terms.map((t) => t.table)];
    case "mirror":
      return [spec.target.table, spec.source.table];
    default:
      return [spec.table];
  }
}

function describeSpec(
  template: Template,
  spec: FormulaSpec,
): { title: string; formula: string; description: string } {
  if (spec.kind === "mirror") {
    const target = columnLabel(tableOf(template, spec.target.table), spec.target.col);
    const source = columnLabel(tableOf(template, spec.source.table), spec.source.col);
    const into = tableName(template, spec.target.table);
    const from = tableName(template, spec.source.table);
    return {
      title: `${into} 各类级行·${target} ← ${from} ${source}`,
      formula: `${into} [类级行]·${target} = ${from} [同一编码]·${source}`,
      description: `${into} ${spec.rows.length} 个支出功能分类类级行的“${target}”，逐行取自 ${from} 同一编码类级科目的“${source}”，不需重复填报。`,
    };
  }
  if (spec.kind === "sum") {
    const target = refText(template, spec.target);
    const terms = spec.terms.map((t) => refText(template, t));
    const sources = [...new Set(spec.terms.map((t) => t.table))];
    return {
      title: `${target} ← ${namedList(template, sources)}`,
      formula: `${target} = ${terms.join(" + ")}`,
      description:
        terms.length === 1
          ? `${target} 取自 ${terms[0]}，不需重复填报。`
          : `${target} 由 ${terms.join("、")} 相加得出。`,
    };
  }
  return { title: spec.kind, formula: spec.kind, description: "" };
}

const tablesOf = (patterns: readonly CellPattern[]) => patterns.map((p) => p.table);

function cross(left: readonly TableId[], right: readonly TableId[]): string[] {
  const pairs: string[] = [];
  for (const a of new Set(left)) for (const b of new Set(right)) if (a !== b) pairs.push(pairKey(a, b));
  return pairs;
}

/** The table pairs one catalog check compares, and every table it reads. */
function checkShape(check: Check): { pairs: string[]; tables: TableId[] } {
  switch (check.kind) {
    case "identity": {
      const terms = tablesOf(check.terms);
      return { pairs: cross([check.target.table], terms), tables: [check.target.table, ...terms] };
    }
    case "relation": {
      const left = tablesOf(check.left);
      const right = tablesOf(check.right);
      return { pairs: cross(left, right), tables: [...left, ...right] };
    }
    case "tree":
    case "emptyNote":
      return { pairs: [], tables: [check.table] };
    case "coverage": {
      const { source, target, excusedBy } = check;
      return {
        pairs: cross([source.table], [target, excusedBy.table]),
        tables: [source.table, target, excusedBy.table],
      };
    }
    case "sameEmptiness": {
      const left = check.left.map((s) => s.table);
      const right = check.right.map((s) => s.table);
      return { pairs: cross(left, right), tables: [...left, ...right] };
    }
    case "structure":
      return { pairs: [], tables: [...check.tables] };
    case "names":
      return {
        pairs:
          check.source === "acrossTables"
            ? check.tables.flatMap((a, i) => check.tables.slice(i + 1).map((b) => pairKey(a, b)))
            : [],
        tables: [...check.tables],
      };
    case "format":
      return { pairs: [], tables: [] };
  }
}

const byTableOrder = (tables: Iterable<TableId>) => [...new Set(tables)].sort();

/** The structure map of a template with a rule catalog. Pure: no document is needed. */
export function buildStructureMap(
  template: Template,
  rules: readonly Rule[] = rulesFor(template),
): StructureMap {
  const relations: TableRelation[] = [];
  const withinDerivations = new Map<TableId, number>();
  const withinRules = new Map<TableId, string[]>();
  const general: string[] = [];

  template.formulas.forEach((spec, index) => {
    const tables = byTableOrder(specTables(spec));
    if (tables.length === 1) {
      const table = tables[0] as TableId;
      withinDerivations.set(table, (withinDerivations.get(table) ?? 0) + 1);
      return;
    }
    const target =
      spec.kind === "sum" ? spec.target.table : spec.kind === "mirror" ? spec.target.table : null;
    const pairs =
      target === null ? [] : [...new Set(tables.filter((t) => t !== target).map((t) => pairKey(target, t)))];
    relations.push({ id: `派生:${index}`, kind: "派生", tables, pairs, ...describeSpec(template, spec) });
  });

  for (const rule of rules) {
    const shapes = rule.checks.map(checkShape);
    const pairs = [...new Set(shapes.flatMap((s) => s.pairs))].sort();
    const tables = byTableOrder(shapes.flatMap((s) => s.tables));
    if (pairs.length > 0) {
      relations.push({
        id: `校验:${rule.id}`,
        kind: "校验",
        tables,
        pairs,
        rule: rule.id,
        severity: rule.severity,
        title: `${rule.id} ${rule.title}`,
        description: rule.description,
      });
    } else if (tables.length === 0) general.push(rule.id);
    else
      for (const table of tables) {
        const list = withinRules.get(table);
        if (list) list.push(rule.id);
        else withinRules.set(table, [rule.id]);
      }
  }

  const pairs = new Map<string, TablePair>();
  for (const relation of relations) {
    for (const key of relation.pairs) {
      let pair = pairs.get(key);
      if (!pair) {
        const [a, b] = key.split("-") as [TableId, TableId];
        pair = {
          key,
          tables: [a, b],
          names: [tableName(template, a), tableName(template, b)],
          relations: [],
          derivations: 0,
          checks: 0,
        };
        pairs.set(key, pair);
      }
      pair.relations.push(relation);
      if (relation.kind === "派生") pair.derivations++;
      else pair.checks++;
    }
  }

  return {
    template,
    rules,
    nodes: tableOrder(template).map((id) => ({
      id,
      label: tableOf(template, id).label || tableName(template, id),
      title: tableOf(template, id).title,
      within: { derivations: withinDerivations.get(id) ?? 0, rules: withinRules.get(id) ?? [] },
    })),
    relations,
    pairs: [...pairs.values()].sort((a, b) => a.key.localeCompare(b.key)),
    general,
  };
}

/** How many cross-table relations of each kind the map has (each counted once, however many pairs). */
export function relationCount(map: StructureMap): { 派生: number; 校验: number; total: number } {
  const derived = map.relations.filter((r) => r.kind === "派生").length;
  const checked = map.relations.length - derived;
  return { 派生: derived, 校验: checked, total: map.relations.length };
}

/** One concrete comparison or derivation of a relation on the open document. */
