/** Text quoted in a finding's message: nested quotes as ‘’, excerpts that never start inside a number. */

/** `“text”`, a quote inside it written ‘…’ as Chinese typesetting nests them (not “…“三公经费”…”). */
export function quote(text: string): string {
  return `“${text.replaceAll("“", "‘").replaceAll("”", "’")}”`;
}

const NUMBER_CHAR = /[\d.,，]/;

/**
 * The text from about `before` characters ahead of `start` up to `end`, marked "…" when cut. The cut moves
 * forward past a number it falls in ("…023 年度" would misquote 2023), a quotation it cuts, and punctuation.
 */
export function excerpt(text: string, start: number, end: number, before = 14): string {
  let from = Math.max(0, start - before);
  if (from > 0) {
    while (from < start && NUMBER_CHAR.test(text[from - 1] ?? "") && NUMBER_CHAR.test(text[from] ?? ""))
      from++;
    while (from < start && /[\s，。、；：,.]/.test(text[from] ?? "")) from++;
    // Nor inside a quotation: "…公”经费" starts after the quote it cut.
    const close = text.indexOf("”", from);
    const open = text.indexOf("“", from);
    if (close >= 0 && close < start && (open < 0 || close < open)) from = close + 1;
  }
  return `${from > 0 ? "…" : ""}${text.slice(from, end)}`;
}
