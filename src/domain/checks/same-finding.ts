import type { Finding } from "./types";

/** A re-evaluated finding that says exactly what the previous one said (its object can be kept). */
export function sameFinding(a: Finding | undefined, b: Finding | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return (
    a.key === b.key &&
    a.severity === b.severity &&
    a.message === b.message &&
    a.likelyCause === b.likelyCause &&
    a.values?.left === b.values?.left &&
    a.values?.right === b.values?.right &&
    a.cells.length === b.cells.length
  );
}
