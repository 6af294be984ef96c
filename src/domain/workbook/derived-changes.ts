import type { CellId } from "../engine/cell-id";
import type { PlanValues } from "../engine/unit-values";
import { sameAmount } from "../money";

/**
 * Adds to `changed` every derived cell whose value differs between two sets of values (new rows, a new
 * scale or bigint units): a cell derived in only one of them counts as changed.
 */
export function addChangedDerived(before: PlanValues, after: PlanValues, changed: Set<CellId>): void {
  const comparable = before.scale === after.scale && before.exact === after.exact;
  const old = new Map<CellId, number>();
  const { plan } = before;
  for (let f = 0; f < plan.count; f++) old.set(plan.cells.idOf(plan.targets[f] as number), f);
  const next = after.plan;
  for (let f = 0; f < next.count; f++) {
    const id = next.cells.idOf(next.targets[f] as number);
    const g = old.get(id);
    old.delete(id);
    if (g === undefined) changed.add(id);
    else if (comparable ? before.derived(g) !== after.derived(f) : !sameMoney(before, g, after, f))
      changed.add(id);
  }
  for (const id of old.keys()) changed.add(id);
}

function sameMoney(before: PlanValues, g: number, after: PlanValues, f: number): boolean {
  return sameAmount(before.derivedMoney(g), after.derivedMoney(f));
}
