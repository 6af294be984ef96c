/** Test helpers: read back what `exportHtml` wrote, without a DOM. Only tests import this module. */

export interface Cell {
  tag: "th" | "td";
  text: string;
  colspan: number;
  rowspan: number;
  attributes: string;
}

const ENTITIES: Record<string, string> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
};

export function unescapeHtml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] as string);
}

/** The HTML of each table section by table id. */
export function sections(html: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of html.matchAll(/<section class="table-page[^"]*" id="table-(\d\d)"[\s\S]*?<\/section>/g))
    found.set(match[1] as string, match[0]);
  return found;
}

export function section(html: string, table: string): string {
  const found = sections(html).get(table);
  if (found === undefined) throw new Error(`no section for table ${table}`);
  return found;
}

function cellsOf(rowHtml: string): Cell[] {
  return [...rowHtml.matchAll(/<(th|td)([^>]*)>([\s\S]*?)<\/\1>/g)].map((m) => {
    const attributes = m[2] as string;
    const span = (name: string) => Number(new RegExp(`${name}="(\\d+)"`).exec(attributes)?.[1] ?? 1);
    return {
      tag: m[1] as "th" | "td",
      text: unescapeHtml(m[3] as string),
      colspan: span("colspan"),
      rowspan: span("rowspan"),
      attributes,
    };
  });
}

/** The rows of a section's `<thead>` or `<tbody>`, each as its cells. */
export function rowsOf(sectionHtml: string, part: "thead" | "tbody"): Cell[][] {
  const inner = new RegExp(`<${part}>([\\s\\S]*?)</${part}>`).exec(sectionHtml)?.[1] ?? "";
  return [...inner.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((m) => cellsOf(m[1] as string));
}

/** Every amount cell of a section: cell id → text as printed. */
export function amountCells(sectionHtml: string): Map<string, string> {
  const cells = new Map<string, string>();
  for (const m of sectionHtml.matchAll(/<td class="value" data-cell="([^"]*)">([^<]*)<\/td>/g))
    cells.set(unescapeHtml(m[1] as string), unescapeHtml(m[2] as string));
  return cells;
}

/** A published figure as the editor displays it: two decimals ("4" → "4.00"). */
export function twoDecimals(printed: string): string {
  const [whole = "0", fraction = ""] = printed.split(".");
  return `${whole}.${fraction.padEnd(2, "0")}`;
}
