import { tableOf, tableOrder } from "../templates/structure";
import type { TableId, Template } from "../templates/types";
import { compact, labelKey } from "./normalise";
import { key, type SheetModel } from "./sheet-model";

/** Where one table sits: the rows from its title (or the sheet's top) to the row before the next title. */
export interface TableRegion {
  table: TableId;
  sheet: SheetModel;
  top: number;
  bottom: number;
}

const LABEL = /公开(\d{2})表/;
/** Text before a title: the department, the year ("2023年度") — never a long sentence. */
const MAX_PREFIX = 40;
const MAX_TITLE = 80;

/** The table a title cell names: by its 公开NN表 label, else by the longest template title it ends with. */
export function titleTable(text: string, template: Template): TableId | null {
  const flat = compact(text);
  if (flat.startsWith("注") || flat.startsWith("说明")) return null;
  const label = LABEL.exec(flat)?.[1];
  if (label !== undefined && template.tables[label]) return label;
  const body = labelKey(flat.replace(/[(（]?公开\d{2}表[)）]?/, ""));
  let best: { id: TableId; length: number } | null = null;
  for (const id of tableOrder(template)) {
    const title = labelKey(tableOf(template, id).title);
    if (!body.endsWith(title) || body.length > title.length + MAX_PREFIX) continue;
    if (!best || title.length > best.length) best = { id, length: title.length };
  }
  return best?.id ?? null;
}

interface TitleHit {
  table: TableId;
  row: number;
}

function titleHits(sheet: SheetModel, template: Template): TitleHit[] {
  const hits: TitleHit[] = [];
  for (let row = 1; row <= sheet.rowCount; row++) {
    for (let col = 1; col <= sheet.colCount; col++) {
      const cell = sheet.cells.get(key(row, col));
      // Titles end in 表 and are short: most cells are figures and names, rejected at once.
      if (!cell || cell.number !== undefined || cell.text.length > MAX_TITLE || !cell.text.includes("表"))
        continue;
      const table = titleTable(cell.text, template);
      if (table === null) continue;
      // A label beside or under its title (公开01表 in its own cell) belongs to the same table.
      const last = hits.at(-1);
      if (!last || last.table !== table || row - last.row > 3) hits.push({ table, row });
      break;
    }
  }
  return hits;
}

/** The export's sheet of 审核 findings and comments: its texts quote table names but hold no table. */
export const NOTES_SHEET = "审核与批注";

/** Every table region of every sheet; a sheet without a title is matched by its name. */
export function findTables(sheets: readonly SheetModel[], template: Template): TableRegion[] {
  const regions: TableRegion[] = [];
  for (const sheet of sheets) {
    if (sheet.name === NOTES_SHEET) continue;
    const hits = titleHits(sheet, template);
    if (hits.length === 0) {
      const table = titleTable(sheet.name, template);
      if (table !== null) regions.push({ table, sheet, top: 1, bottom: sheet.rowCount });
      continue;
    }
    hits.forEach((hit, i) => {
      const next = hits[i + 1];
      regions.push({
        table: hit.table,
        sheet,
        top: hit.row,
        bottom: next ? next.row - 1 : sheet.rowCount,
      });
    });
  }
  return regions;
}
