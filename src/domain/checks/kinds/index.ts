/**
 * The check kinds as registered objects: what a kind expands to, what it reads and when its findings are
 * evaluated again. The session (session.ts) and the list of instances (instances.ts) read this table and
 * nothing else about kinds: a new kind is a new entry here (and its `Check` type in types.ts).
 */
import type { Amount } from "../../document/model";
import type { CellId } from "../../engine/cell-id";
import type { CheckContext } from "../context";
import type { CheckPlan } from "../instance";
import type { Check, Finding, Rule } from "../types";
import { expandCoverage } from "./coverage";
import { expandEmptiness, expandEmptyNote } from "./emptiness";
import { badFormat, formatFinding } from "./format";
import { expandIdentity, expandTree } from "./identity";
import { nameFindings } from "./names";
import { expandRelation } from "./relation";
import { structureFindings } from "./structure";

/** How an instance compares: a target against its parts, two sides, or another kind of check. */
export type InstanceStyle = "identity" | "relation" | "other";

/**
 * Expands to instances over concrete cells (`plan`): comparisons of sums, or other instances with the
 * slots they read. An instance is evaluated again when a cell it reads may have changed, and when names
 * or notes changed if it reads those too (`Instance.meta`).
 */
export interface CellsKind<C extends Check> {
  readonly reads: "cells";
  /** How its instances compare, for training (which cells must agree with which). */
  readonly style: InstanceStyle;
  expand(rule: Rule, check: C, ctx: CheckContext, plan: CheckPlan): void;
}

/**
 * Findings over the whole document: over the rows present ("rows": evaluated when rows are added or
 * removed) or over names, labels and notes ("labels"). Both are evaluated again after a rename or a 说明
 * edit, since their messages name rows.
 */
export interface DocumentKind<C extends Check> {
  readonly reads: "rows" | "labels";
  findings(rule: Rule, check: C, ctx: CheckContext): Finding[];
}

/** One finding per stored amount: evaluated again for each cell written. */
export interface StoredKind<C extends Check> {
  readonly reads: "stored";
  /** Whether `text` breaks the check (cheap: no cell id needed). */
  breaks(check: C, ctx: CheckContext, text: Amount | undefined): boolean;
  finding(rule: Rule, check: C, ctx: CheckContext, id: CellId, text: Amount | undefined): Finding | null;
}

export type CheckKind<C extends Check = Check> = CellsKind<C> | DocumentKind<C> | StoredKind<C>;

type Registry = { readonly [K in Check["kind"]]: CheckKind<Extract<Check, { kind: K }>> };

export const CHECK_KINDS: Registry = {
  identity: { reads: "cells", style: "identity", expand: expandIdentity },
  tree: { reads: "cells", style: "identity", expand: expandTree },
  relation: { reads: "cells", style: "relation", expand: expandRelation },
  coverage: { reads: "cells", style: "other", expand: expandCoverage },
  sameEmptiness: { reads: "cells", style: "other", expand: expandEmptiness },
  emptyNote: { reads: "cells", style: "other", expand: expandEmptyNote },
  structure: { reads: "rows", findings: structureFindings },
  names: { reads: "labels", findings: nameFindings },
  format: { reads: "stored", breaks: badFormat, finding: formatFinding },
};

/** The registered kind of a check. */
export function kindOf<C extends Check>(check: C): CheckKind<C> {
  // The registry is keyed by `kind`, so the entry found is the one for C: TypeScript cannot follow that.
  return CHECK_KINDS[check.kind] as CheckKind<Check> as CheckKind<C>;
}
