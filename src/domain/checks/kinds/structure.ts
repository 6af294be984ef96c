/** R02-4: every 款/项 code row has its 类 and 款 rows (checked on structural changes only). */
import { eachCodeWithParents } from "../../engine/code-tree";
import type { CheckContext } from "../context";
import { type Finding, NAME_COL, type Rule, type StructureCheck } from "../types";

export function structureFindings(rule: Rule, check: StructureCheck, ctx: CheckContext): Finding[] {
  const findings: Finding[] = [];
  for (const table of check.tables) {
    eachCodeWithParents(ctx.cells.block(table).rows, (code, cls, kuan) => {
      if (code.length === 3 || (cls !== undefined && (code.length === 5 || kuan !== undefined))) return;
      const parents = code.length === 7 ? [code.slice(0, 3), code.slice(0, 5)] : [code.slice(0, 3)];
      const missing = parents.filter((parent) => !ctx.hasRow(table, parent));
      findings.push({
        key: `${rule.id}|${table}|${code}`,
        rule: rule.id,
        severity: rule.severity,
        message: `${rule.id} ${rule.title}：${ctx.tableName(table)} ${ctx.rowLabel(table, code)} 缺少上级科目 ${missing.join("、")} 行。`,
        cells: [{ table, row: code, col: NAME_COL }],
      });
    });
  }
  return findings;
}
