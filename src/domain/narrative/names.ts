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

/** Dice similarity of character bigrams (1 = same text): "机关事业部门…缴费" and "机关事业单位…缴费" score 0.77. */
export function nameSimilarity(a: string, b: string): number {
  const x = bigrams(normaliseName(a));
  const y = bigrams(normaliseName(b));
  if (x.length === 0 || y.length === 0) return normaliseName(a) === normaliseName(b) ? 1 : 0;
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
