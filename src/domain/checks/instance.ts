import type { CellId } from "../engine/cell-id";
import type { CheckContext } from "./context";
import type { Finding, Rule } from "./types";

/**
 * One check on concrete cells: the session re-evaluates it when a cell it `reads` may have changed.
 * `meta` instances also read names or notes.
 */
export interface Instance {
  key: string;
  rule: Rule;
  reads: readonly CellId[];
  meta?: boolean;
  evaluate(ctx: CheckContext): Finding | null;
}
