/**
 * Splits text/plain copied from Excel or WPS into rows of cells: tab-separated, CRLF or LF line ends,
 * cells quoted with "" when they hold tabs, newlines or quotes. A trailing newline ends the last row.
 */
export function parseClipboardTable(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let i = 0;
  let atCellStart = true;
  while (i < text.length) {
    const ch = text[i] as string;
    if (atCellStart && ch === '"') {
      const end = readQuoted(text, i + 1);
      if (end !== null) {
        cell = end.value;
        i = end.next;
        atCellStart = false;
        continue;
      }
    }
    atCellStart = false;
    if (ch === "\t") {
      row.push(cell);
      cell = "";
      atCellStart = true;
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      atCellStart = true;
    } else cell += ch;
    i++;
  }
  if (cell !== "" || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** Reads a quoted cell starting after its opening quote; null when it is not a well-formed quoted cell. */
function readQuoted(text: string, from: number): { value: string; next: number } | null {
  let value = "";
  let i = from;
  while (i < text.length) {
    const ch = text[i] as string;
    if (ch === '"') {
      if (text[i + 1] === '"') {
        value += '"';
        i += 2;
        continue;
      }
      const after = text[i + 1];
      if (after === undefined || after === "\t" || after === "\n" || after === "\r")
        return { value, next: i + 1 };
      return null;
    }
    value += ch;
    i++;
  }
  return null;
}
