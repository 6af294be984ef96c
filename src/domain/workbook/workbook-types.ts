/** What `Workbook.apply` returns and how a workbook is opened. */
import type { CellId } from "../engine/cell-id";
import type { ChangeSet } from "./change-set";
import type { Patch } from "./edits";

/** The change set of one `apply`, with the patch that undoes it. */
export interface ApplyResult extends ChangeSet {
  patch: Patch;
  changed: Set<CellId>;
  /** `restructures(change)`: row lists and formulas were rebuilt (the checks start again). */
  structural: boolean;
}

export interface WorkbookOptions {
  /**
   * False: the formula graph and the derived values are built when first needed, not when the workbook
   * is made. The check command needs neither (the 审核 reads the formula plan and derives in integer units).
   */
  derive?: boolean;
}
