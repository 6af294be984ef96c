/** Dispatch from check kinds to their evaluators. */
import type { CheckContext } from "../context";
import type { Plan } from "../instance";
import type { Check, Finding, Rule } from "../types";
import { expandCoverage } from "./coverage";
import { expandEmptiness, expandEmptyNote } from "./emptiness";
import { expandIdentity, expandTree } from "./identity";
import { nameFindings } from "./names";
import { expandRelation } from "./relation";
import { structureFindings } from "./structure";

/** Checks on amounts become instances in `plan`: concrete cells, re-evaluated when one of them changes. */
export function expand(rule: Rule, check: Check, ctx: CheckContext, plan: Plan): void {
  switch (check.kind) {
    case "identity":
      expandIdentity(rule, check, ctx, plan);
      return;
    case "tree":
      expandTree(rule, check, ctx, plan);
      return;
    case "relation":
      expandRelation(rule, check, ctx, plan);
      return;
    case "coverage":
      expandCoverage(rule, check, ctx, plan);
      return;
    case "sameEmptiness":
      expandEmptiness(rule, check, ctx, plan);
      return;
    case "emptyNote":
      expandEmptyNote(rule, check, ctx, plan);
      return;
    default:
      return;
  }
}

/** Checks on the rows present (structure): evaluated when rows are added or removed. */
export function structuralFindings(rule: Rule, check: Check, ctx: CheckContext): Finding[] {
  return check.kind === "structure" ? structureFindings(rule, check, ctx) : [];
}

/** Checks on names and labels: evaluated again whenever a name or label may have changed. */
export function labelFindings(rule: Rule, check: Check, ctx: CheckContext): Finding[] {
  return check.kind === "names" ? nameFindings(rule, check, ctx) : [];
}
