/**
 * Timing hooks for `npm run bench`: full evaluations (a new CheckSession) and incremental updates after
 * single-leaf edits, on any workbook (e.g. bench/large-document.ts, or `largeDocument()` here).
 */
import { cellId } from "../engine/cell-id";
import { rowColumns } from "../templates/structure";
import type { TableId } from "../templates/types";
import type { Workbook } from "../workbook/workbook";
import { CheckSession } from "./session";

export interface CheckTimings {
  /** Milliseconds per full evaluation. */
  full: number[];
  /** Milliseconds per `CheckSession.update` after one leaf edit (the edit itself not included). */
  incremental: number[];
  instances: number;
  findings: number;
}

export interface TimingOptions {
  fullRuns?: number;
  editRuns?: number;
  /** Untimed runs first (JIT warm-up). */
  warmup?: number;
  tables?: readonly TableId[];
}

/** Entered cells of the 项 rows of `tables`: where people type. */
function leafCells(workbook: Workbook, tables: readonly TableId[]) {
  return tables.flatMap((table) =>
    workbook
      .rows(table)
      .filter((row) => row.length === 7)
      .flatMap((row) =>
        rowColumns(workbook.template.tables[table], row)
          .filter((col) => !workbook.isDerived(cellId(table, row, col)))
          .map((col) => ({ table, row, col })),
      ),
  );
}

export function timeChecks(workbook: Workbook, options: TimingOptions = {}): CheckTimings {
  const { fullRuns = 20, editRuns = 200, warmup = 3, tables = ["02", "03", "05"] } = options;
  const full: number[] = [];
  let session = new CheckSession(workbook);
  for (let run = 0; run < warmup + fullRuns; run++) {
    const started = performance.now();
    session = new CheckSession(workbook);
    if (run >= warmup) full.push(performance.now() - started);
  }
  const cells = leafCells(workbook, tables);
  const incremental: number[] = [];
  for (let run = 0; run < warmup + editRuns && cells.length > 0; run++) {
    const cell = cells[(run * 7919) % cells.length] as (typeof cells)[number];
    const value = `${(run % 997) + 1}.${String(run % 100).padStart(2, "0")}`;
    const result = workbook.apply([{ kind: "set", ...cell, value }]);
    const started = performance.now();
    session.update(result.changed, { structural: result.structural });
    if (run >= warmup) incremental.push(performance.now() - started);
    const undo = workbook.apply(result.patch.inverse);
    session.update(undo.changed);
  }
  return { full, incremental, instances: session.instanceCount, findings: session.findings().length };
}

export { largeDocument } from "./consistent-document";
