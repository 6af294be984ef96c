/**
 * The rule catalog expanded over the open document into concrete check instances (which cells each check
 * compares). It reuses the evaluator's own expansion (kinds/) and keeps each instance's own cells, not the
 * cells the evaluator also reads to suggest a likely cause (those are not "must agree with").
 */
import { type CellId, parseCellId } from "../engine/cell-id";
import type { Workbook } from "../workbook/workbook";
import { CheckContext } from "./context";
import type { CheckPlan } from "./instance";
import { type InstanceStyle, kindOf } from "./kinds/index";
import { SumChecks } from "./kinds/sums";
import type { Check, Relation, Rule } from "./types";

export type { InstanceStyle };

export interface CheckInstance {
  /** The same key as the finding this instance produces when it fires. */
  key: string;
  rule: Rule;
  check: Check;
  style: InstanceStyle;
  /** "=", "≤", "≥" for comparisons of sums; null for coverage and emptiness checks. */
  rel: Relation | null;
  /**
   * identity: [target]; relation: the left side; emptiness: the cells of its left tables; coverage
   * the spending cell.
   */
  left: readonly CellId[];
  /** identity: the parts; relation: the right side; other: the remaining cells. */
  right: readonly CellId[];
}

/**
 * The rule catalog expanded over the workbook into concrete check instances: the same expansion the
 * evaluator makes, so that training shows exactly the comparisons the 审核 makes.
 */
export function checkInstances(workbook: Workbook, rules: readonly Rule[]): CheckInstance[] {
  const ctx = new CheckContext(workbook);
  const instances: CheckInstance[] = [];
  for (const rule of rules) {
    for (const check of rule.checks) {
      const kind = kindOf(check);
      if (kind.reads !== "cells") continue;
      // One plan per catalog check, so every instance is known to come from this check (its kind, its rel).
      const plan: CheckPlan = { sums: new SumChecks(), others: [] };
      kind.expand(rule, check, ctx, plan);
      const { sums } = plan;
      for (let i = 0; i < sums.count; i++) {
        const cells = sums.reads(i).map((slot) => ctx.idOf(slot));
        const key = sums.key(i, ctx);
        if (check.kind === "relation") {
          // The key is rule|first left cell|first right cell (or 0): it tells where the right side starts.
          const firstLeft = cells[0] ?? "";
          const firstRight = key.slice(`${rule.id}|${firstLeft}|`.length);
          const mid = firstRight === "0" ? cells.length : cells.indexOf(firstRight, 1);
          const split = mid < 0 ? cells.length : mid;
          instances.push({
            key,
            rule,
            check,
            style: "relation",
            rel: check.rel,
            left: cells.slice(0, split),
            right: cells.slice(split),
          });
        } else {
          instances.push({
            key,
            rule,
            check,
            style: kind.style,
            rel: "=",
            left: cells.slice(0, 1),
            right: cells.slice(1),
          });
        }
      }
      for (const instance of plan.others) {
        const cells = instance.reads.map((slot) => ctx.idOf(slot));
        // Emptiness compares two sets of cells (07 合计 against 04's 政府性基金 cells): split by the check's
        // left tables. Coverage reads the spending cell first, then the income and the excusing cell.
        const leftTables =
          check.kind === "sameEmptiness" ? new Set(check.left.map((set) => set.table)) : null;
        const left = leftTables
          ? cells.filter((id) => leftTables.has(parseCellId(id).table))
          : cells.slice(0, 1);
        const right = leftTables
          ? cells.filter((id) => !leftTables.has(parseCellId(id).table))
          : cells.slice(1);
        instances.push({ key: instance.key(ctx), rule, check, style: "other", rel: null, left, right });
      }
    }
  }
  return instances;
}
