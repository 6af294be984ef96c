/** Comparing names as typed in the text with names in the tables. */

/** Without spaces, the "（类）/（款）/（项）" markers and a leading ordinal ("一、"). */
export function normaliseName(name: string): string {
  return name
    .replace(/[\s\u3000]/g, "")
    .replace(/（[类款项]）/g, "")
    .replace(/^[一二三四五六七八九十]+、/, "");
}

function bigrams(text: string): string[] {
  const grams: string[] = [];
  for (let i = 0; i + 1 < text.length; i++) grams.push(text.slice(i, i + 2));
  return grams;
}

/** A name prepared for comparing with many others (shared: do not modify). */
export interface ComparableName {
  readonly normal: string;
  readonly grams: readonly string[];
  /**
   * Names of similarity 1 share this key: Dice is 1 exactly when both bigram multisets are equal (names
   * of one character: when the names are equal). Finds the perfect match without scoring every name.
   */
  readonly perfectKey: string;
}

/**
 * Prepared names by text: the 06 names a 明细 list is compared with are the same on every 审核 run, and
 * preparing one sorts its bigrams. Cleared if unusual texts ever make it large.
 */
const prepared = new Map<string, ComparableName>();
const MAX_PREPARED = 10_000;

export function comparableName(name: string): ComparableName {
  let known = prepared.get(name);
  if (known === undefined) {
    const normal = normaliseName(name);
    const grams = bigrams(normal);
    const perfectKey = grams.length === 0 ? `=${normal}` : [...grams].sort().join("|");
    known = { normal, grams, perfectKey };
    if (prepared.size >= MAX_PREPARED) prepared.clear();
    prepared.set(name, known);
  }
  return known;
}

/** Dice similarity of character bigrams (1 = same text): "机关事业部门…缴费" and "机关事业单位…缴费" score 0.77. */
export function nameSimilarity(a: string, b: string): number {
  return similarity(comparableName(a), comparableName(b));
}

export function similarity(a: ComparableName, b: ComparableName): number {
  const x = a.grams;
  const y = b.grams;
  if (x.length === 0 || y.length === 0) return a.normal === b.normal ? 1 : 0;
  const pool = [...y];
  let common = 0;
  for (const gram of x) {
    const at = pool.indexOf(gram);
    if (at >= 0) {
      common++;
      pool.splice(at, 1);
    }
  }
  return (2 * common) / (x.length + y.length);
}

/** Names close enough to be the same 科目 typed differently. */
export const SAME_NAME = 0.7;
