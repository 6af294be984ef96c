/** R09-5: amounts of a 万元 document are written with two decimals (a cell-local check). */

import type { Amount } from "../../document/model";
import { type CellId, parseCellId } from "../../engine/cell-id";
import { writtenDecimals } from "../../money";
import type { CheckContext } from "../context";
import type { Finding, FormatCheck, Rule } from "../types";

export function formatFinding(
  rule: Rule,
  check: FormatCheck,
  ctx: CheckContext,
  id: CellId,
  text: Amount | undefined,
): Finding | null {
  if (ctx.unit !== check.unit || text === undefined || text === null) return null;
  if (writtenDecimals(text) === check.decimals) return null;
  const { table, row, col } = parseCellId(id);
  const should =
    writtenDecimals(text) < check.decimals
      ? `应写作“${ctx.amount(ctx.shown.toUnits(text))}”`
      : `应四舍五入保留 ${check.decimals} 位小数`;
  return {
    key: `${rule.id}|${id}`,
    rule: rule.id,
    severity: rule.severity,
    message: `${rule.id} ${rule.title}：${ctx.cellLabel(table, row, col)} 写作“${text}”，${should}。`,
    cells: [{ table, row, col }],
  };
}
