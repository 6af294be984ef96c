import type { CheckKind, DocumentKind, StoredKind } from "./kinds/index";
import { kindOf } from "./kinds/index";
import type { Check, Rule } from "./types";

interface Registered<K> {
  rule: Rule;
  check: Check;
  kind: K;
}

/** The catalog's checks grouped by what their kind reads, in catalog order. */
export interface KindsByReads {
  cells: Registered<Extract<CheckKind, { reads: "cells" }>>[];
  rows: Registered<DocumentKind<Check>>[];
  labels: Registered<DocumentKind<Check>>[];
  stored: Registered<StoredKind<Check>>[];
}

export function kindsByReads(rules: readonly Rule[]): KindsByReads {
  const out: KindsByReads = { cells: [], rows: [], labels: [], stored: [] };
  for (const rule of rules) {
    for (const check of rule.checks) {
      const kind = kindOf(check);
      if (kind.reads === "cells") out.cells.push({ rule, check, kind });
      else if (kind.reads === "stored") out.stored.push({ rule, check, kind });
      else out[kind.reads].push({ rule, check, kind });
    }
  }
  return out;
}
