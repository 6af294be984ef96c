/** Multi-level table headers: columns described by their label paths become rows of spanning cells. */

export interface HeaderColumn {
  /** Header labels from the outermost group down to the column's own label. */
  path: readonly string[];
}

export interface HeaderCell {
  text: string;
  colspan: number;
  rowspan: number;
  /** Index of the first column the cell covers. */
  column: number;
}

function samePrefix(a: readonly string[], b: readonly string[], length: number): boolean {
  for (let i = 0; i < length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * One array of cells per header row. Neighbouring columns that share a group at a level share one cell
 * (colspan); a column's own label reaches down to the last header row (rowspan). Own labels never merge,
 * even when two neighbours print the same text.
 */
export function headerRows(columns: readonly HeaderColumn[]): HeaderCell[][] {
  const depth = Math.max(0, ...columns.map((c) => c.path.length));
  const rows: HeaderCell[][] = [];
  for (let level = 0; level < depth; level++) {
    const row: HeaderCell[] = [];
    let i = 0;
    while (i < columns.length) {
      const path = (columns[i] as HeaderColumn).path;
      if (path.length <= level) {
        i++;
        continue;
      }
      const text = path[level] as string;
      if (level === path.length - 1) {
        row.push({ text, colspan: 1, rowspan: depth - level, column: i });
        i++;
        continue;
      }
      let j = i + 1;
      while (j < columns.length) {
        const next = (columns[j] as HeaderColumn).path;
        if (next.length <= level + 1 || !samePrefix(next, path, level + 1)) break;
        j++;
      }
      row.push({ text, colspan: j - i, rowspan: 1, column: i });
      i = j;
    }
    rows.push(row);
  }
  return rows;
}
