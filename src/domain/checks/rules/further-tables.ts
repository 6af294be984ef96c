/**
 * The rules of a template's further tables (四川's 10 财政拨款支出决算明细表): each of its formulas checked as
 * the nine tables' 表内 rules check theirs (a stated total against its parts), and the catalog's generic
 * rules (科目层级, 科目名称, 栏目名) extended to it by its layout. The nine tables' rules are unchanged.
 */
import { tableOf, tableOrder } from "../../templates/structure";
import { namesAreIds, nameTables, tableName } from "../../templates/table-names";
import { type FormulaSpec, isCanonicalTableId, type TableId, type Template } from "../../templates/types";
import type { Check, Rule } from "../types";
import { codesOfChildren, rowSum, totalOfClasses } from "./build";
import { RULES } from "./index";

/** Rules whose checks name the 科目 tables of the 功能分类 (02/03/05/07/08) extend to further ones. */
const FUNCTION_TABLE_RULES = new Set(["C-1", "X-19", "R02-4"]);
/** Rules that compare every table's printed column labels with the template's. */
const ALL_TABLE_RULES = new Set(["C-4"]);

const cache = new WeakMap<Template, readonly Rule[]>();

/**
 * The rule catalog for documents of `template`: RULES itself when it has only the nine tables and calls
 * them by their ids; the titles say the tables as the template prints them (上海's 三公 is 表七).
 */
export function rulesFor(template: Template): readonly Rule[] {
  let rules = cache.get(template);
  if (!rules) {
    rules = namedTables(template, withFurtherTables(template));
    cache.set(template, rules);
  }
  return rules;
}

function withFurtherTables(template: Template): readonly Rule[] {
  const further = tableOrder(template).filter((id) => !isCanonicalTableId(id));
  if (further.length === 0) return RULES;
  const functionTables = further.filter((id) => {
    const layout = tableOf(template, id).layout;
    return layout.kind === "subject" && layout.classification === "function";
  });
  return [
    ...RULES.map((rule) => extended(rule, functionTables, further)),
    ...further.flatMap((id) => withinRules(template, id)),
  ];
}

function namedTables(template: Template, rules: readonly Rule[]): readonly Rule[] {
  if (namesAreIds(template)) return rules;
  return rules.map((rule) => ({
    ...rule,
    title: nameTables(template, rule.title),
    description: nameTables(template, rule.description),
  }));
}

function extended(rule: Rule, functionTables: readonly TableId[], further: readonly TableId[]): Rule {
  const added = FUNCTION_TABLE_RULES.has(rule.id)
    ? functionTables
    : ALL_TABLE_RULES.has(rule.id)
      ? further
      : [];
  if (added.length === 0) return rule;
  const checks = rule.checks.map((check): Check => {
    if (check.kind === "structure") return { ...check, tables: [...check.tables, ...added] };
    if (check.kind === "names" && check.source !== "economic" && check.source !== "fixedLabels")
      return { ...check, tables: [...check.tables, ...added] };
    return check;
  });
  return { ...rule, checks };
}

/** One 表内 rule per formula of the table (rowSum, hierarchy, columnSum), numbered R10-1, R10-2 … */
function withinRules(template: Template, id: TableId): Rule[] {
  const table = tableOf(template, id);
  const own = template.formulas.flatMap((f) => ("table" in f && f.table === id ? [ruleOf(f, id)] : []));
  return own
    .filter((rule) => rule !== null)
    .map((rule, i) => ({
      id: `R${id}-${i + 1}`,
      severity: "error",
      group: "表内",
      title: `${tableName(template, id)} ${rule.title}`,
      description: `${table.title}${rule.description}`,
      checks: rule.checks,
    }));
}

function ruleOf(
  formula: FormulaSpec,
  id: TableId,
): { title: string; description: string; checks: Check[] } | null {
  switch (formula.kind) {
    case "rowSum": {
      const check = rowSum(id, formula.target, formula.terms);
      const rows = formula.rows;
      return {
        title: `每行：${formula.target} = ${formula.terms.join(" + ")}`,
        description: `${rows ? "所列各行" : "每一行"}，${formula.target}等于${formula.terms.join("、")}之和。`,
        checks: [rows ? { ...check, forEach: { table: id, rows: { pattern: anyOf(rows) } } } : check],
      };
    }
    case "hierarchy":
      return {
        title: `${formula.totalRow ? `${formula.totalRow} = Σ 类，` : ""}类 = Σ 款，款 = Σ 项`,
        description: `中，${formula.totalRow ? `${formula.totalRow}等于各类之和，` : ""}类等于其下款之和，款等于其下项之和（各栏）。`,
        checks: [
          ...(formula.totalRow ? [{ ...totalOfClasses(id), columns: formula.columns }] : []),
          { ...codesOfChildren(id), columns: formula.columns },
        ],
      };
    case "columnSum":
      return {
        title: `${formula.target} = ${formula.rows.join(" + ")}`,
        description: `中，${formula.target}等于${formula.rows.join("、")}之和（各栏）。`,
        checks: formula.columns.map((col) => ({
          kind: "identity",
          target: { table: id, row: formula.target, col },
          terms: formula.rows.map((row) => ({ table: id, row, col })),
        })),
      };
    default:
      return null;
  }
}

const anyOf = (keys: readonly string[]) =>
  `^(${keys.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})$`;
