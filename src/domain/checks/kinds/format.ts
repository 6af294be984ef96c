/** R09-5: amounts of a 万元 document are written with two decimals (a cell-local check). */

import type { Amount } from "../../document/model";
import { type CellId, parseCellId } from "../../engine/cell-id";
import { writtenDecimals } from "../../money";
import type { CheckContext } from "../context";
import type { Finding, FormatCheck } from "../types";

/** Whether `text` breaks the check (cheap: no cell id needed). */
export function badFormat(check: FormatCheck, ctx: CheckContext, text: Amount | undefined): boolean {
  return (
    ctx.unit === check.unit && text !== undefined && text !== null && writtenDecimals(text) !== check.decimals
  );
}

export function formatFinding(
  rule: { id: string; title: string; severity: Finding["severity"] },
  check: FormatCheck,
  ctx: CheckContext,
  id: CellId,
  text: Amount | undefined,
): Finding | null {
  if (!badFormat(check, ctx, text)) return null;
  const written = text as string;
  const { table, row, col } = parseCellId(id);
  const should =
    writtenDecimals(written) < check.decimals
      ? `应写作“${ctx.amount(ctx.shown.toUnits(written))}”`
      : `应四舍五入保留 ${check.decimals} 位小数`;
  return {
    key: `${rule.id}|${id}`,
    rule: rule.id,
    severity: rule.severity,
    message: `${rule.id} ${rule.title}：${ctx.cellLabel(table, row, col)} 写作“${written}”，${should}。`,
    cells: [{ table, row, col }],
  };
}
