/**
 * Chart labels broken into lines that fit a width, so a long 科目 name is never clipped by the SVG's edge
 * (in the editor and in the printed page alike, which draw the same layout). SVG text does not wrap by
 * itself; widths are estimated from the character kinds at the chart's font size.
 */

/** The charts' font size (px), used by the editor and the export. */
export const CHART_FONT = 12;
/** Distance between two lines of one label (px). */
export const LINE_HEIGHT = 15;

/** A CJK or full-width character is one em wide; Latin letters, digits and punctuation about 0.6 em. */
function charWidth(ch: string): number {
  return (ch.codePointAt(0) ?? 0) <= 0xff ? CHART_FONT * 0.6 : CHART_FONT;
}

export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += charWidth(ch);
  return width;
}

/** Runs of Latin text ("100.00%", "2023") stay whole, so a line never ends inside a number. */
function tokens(text: string): string[] {
  return text.match(/[\u0021-\u00ff]+|\s+|[^\s\u0021-\u00ff]/g) ?? [];
}

/** `text` as lines no wider than `maxWidth` (a single token wider than that gets a line of its own). */
export function wrapText(text: string, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const token of tokens(text)) {
    const next = line + token;
    if (line.trim() !== "" && textWidth(next.trimEnd()) > maxWidth) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else {
      line = next;
    }
  }
  if (line.trim() !== "") lines.push(line.trimEnd());
  return lines.length > 0 ? lines : [""];
}
