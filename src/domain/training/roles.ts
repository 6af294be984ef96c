/**
 * Training mode: the role of every cell of a table. 填报 cells are typed; 计算 cells are derived by the
 * template; 校验 cells (typed or derived) are compared by a check that is not a derivation restated, i.e. a
 * check that can actually fail on a document prepared in the editor (X-12, R04-8, X-16 …).
 */

import type { Rule } from "../checks";
import { rulesFor } from "../checks";
import type { JuesuanDocument } from "../document/model";
import { type CellId, cellId } from "../engine/cell-id";
import { rowColumns, tableOf, tableOrder } from "../templates/structure";
import type { ColKey, RowKey, TableId, Template } from "../templates/types";
import { Workbook } from "../workbook/workbook";
import { checkIndex, comparesCells, isActive } from "./check-index";

export type CellRole = "填报" | "计算" | "校验";

export interface CellRoleInfo {
  id: CellId;
  row: RowKey;
  col: ColKey;
  role: CellRole;
  /** Computed by the template (a 校验 cell may be either). */
  derived: boolean;
  /** Ids of the rules that check the cell on this document (active checks only), in catalog order. */
  rules: string[];
}

/** An empty document of a template: fixed rows only, no 科目 rows, nothing entered. */
export function blankWorkbook(template: Template): Workbook {
  const tables: JuesuanDocument["tables"] = {};
  for (const id of tableOrder(template)) tables[id] = { rows: {} };
  return new Workbook({
    format: "juesuan",
    version: 1,
    meta: { department: "", year: 2023, unit: "万元", template: template.id },
    tables,
  });
}

/** One blank workbook per template for `cellRoles`: never edited, so its check index is built once. */
const blanks = new WeakMap<Template, Workbook>();

function blankOf(template: Template): Workbook {
  let workbook = blanks.get(template);
  if (!workbook) {
    workbook = blankWorkbook(template);
    blanks.set(template, workbook);
  }
  return workbook;
}

/**
 * The role of every cell of a table, in printed order (rows, then columns). Given a template, the roles on
 * its blank document (科目 tables then have only their 合计 row); given a workbook, on the open document.
 */
export function cellRoles(
  source: Workbook | Template,
  table: TableId,
  rules: readonly Rule[] = rulesFor(source instanceof Workbook ? source.template : source),
): Map<CellId, CellRoleInfo> {
  const workbook = source instanceof Workbook ? source : blankOf(source);
  const index = checkIndex(workbook, rules);
  const order = new Map(rules.map((rule, i) => [rule.id, i]));
  const template = tableOf(workbook.template, table);
  const roles = new Map<CellId, CellRoleInfo>();
  for (const row of workbook.rows(table)) {
    for (const col of rowColumns(template, row)) {
      const id = cellId(table, row, col);
      const derived = workbook.isDerived(id);
      const checking = new Set(
        index
          .ofCell(id)
          .filter((instance) => isActive(workbook, instance) && comparesCells(instance))
          .map((instance) => instance.rule.id),
      );
      const ruleIds = [...checking].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
      roles.set(id, {
        id,
        row,
        col,
        role: ruleIds.length > 0 ? "校验" : derived ? "计算" : "填报",
        derived,
        rules: ruleIds,
      });
    }
  }
  return roles;
}

/** How many cells of each role a table has (for a legend). */
export function roleCounts(roles: ReadonlyMap<CellId, CellRoleInfo>): Record<CellRole, number> {
  const counts: Record<CellRole, number> = { 填报: 0, 计算: 0, 校验: 0 };
  for (const info of roles.values()) counts[info.role]++;
  return counts;
}
