/** Text as recognised: widths, spaces, quotes, ordinals and known printed variants do not matter. */

/** Printed variants of template words (the seed prints 附属部门 where the template says 附属单位). */
const VARIANTS: readonly [RegExp, string][] = [[/附属部门/g, "附属单位"]];

/** Full-width to half-width, no whitespace, no quotes, one kind of brackets. */
export function compact(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\s\u00a0\u3000]/g, "")
    .replace(/[“”"'‘’「」『』]/g, "");
}

const ORDINAL =
  /^(?:[一二三四五六七八九十]+[、.．]|\(?[一二三四五六七八九十]+\)|\d+[、.．)](?!\d)|[(（]\d+[)）])/;

/** Compact, without a leading ordinal ("七、", "(一)", "1."): the label as printed, numbering aside. */
export function plainLabel(text: string): string {
  let out = compact(text);
  for (let previous = ""; previous !== out; ) {
    previous = out;
    out = out.replace(ORDINAL, "");
  }
  return out;
}

/** For matching labels: `plainLabel` with known printed variants resolved. */
export function labelKey(text: string): string {
  let out = plainLabel(text);
  for (const [pattern, replacement] of VARIANTS) out = out.replace(pattern, replacement);
  return out;
}

/** A 科目 code written with spaces, dots or as a number ("201 03 01", 2010301). */
export function codeText(text: string): string {
  return compact(text).replace(/[.．·]/g, "");
}
