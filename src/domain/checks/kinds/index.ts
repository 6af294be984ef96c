/** Dispatch from check kinds to their evaluators. */
import type { CheckContext } from "../context";
import type { Instance } from "../instance";
import type { Check, Finding, Rule } from "../types";
import { expandCoverage } from "./coverage";
import { expandEmptiness, expandEmptyNote } from "./emptiness";
import { expandIdentity, expandTree } from "./identity";
import { nameFindings } from "./names";
import { expandRelation } from "./relation";
import { structureFindings } from "./structure";

/** Checks on amounts become instances: concrete cells, re-evaluated when one of them changes. */
export function instancesOf(rule: Rule, check: Check, ctx: CheckContext): Instance[] {
  switch (check.kind) {
    case "identity":
      return expandIdentity(rule, check, ctx);
    case "tree":
      return expandTree(rule, check, ctx);
    case "relation":
      return expandRelation(rule, check, ctx);
    case "coverage":
      return expandCoverage(rule, check, ctx);
    case "sameEmptiness":
      return expandEmptiness(rule, check, ctx);
    case "emptyNote":
      return expandEmptyNote(rule, check, ctx);
    default:
      return [];
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
