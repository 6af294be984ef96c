/** The rows of a table as printed, and their names: read from the template and the document alone. */
import type { JuesuanDocument } from "../document/model";
import { fixedRows, sortRowKeys, tableOf } from "../templates/structure";
import type { RowKey, TableId, Template } from "../templates/types";

/** Template rows, or the total row and the document's 科目 rows in code order. */
export function printedRows(template: Template, doc: JuesuanDocument, id: TableId): RowKey[] {
  const table = tableOf(template, id);
  if (table.layout.kind === "panes") return [...fixedRows(table).keys()];
  const data = doc.tables[id];
  const keys = new Set<RowKey>([table.layout.totalRow.key]);
  for (const key of Object.keys(data?.rows ?? {})) keys.add(key);
  for (const key of Object.keys(data?.names ?? {})) keys.add(key);
  return sortRowKeys(table, keys);
}

/** The name printed for a row: the document's name, else the template's label. */
export function printedRowName(template: Template, doc: JuesuanDocument, id: TableId, row: RowKey): string {
  const name = doc.tables[id]?.names?.[row];
  if (name !== undefined) return name;
  const table = tableOf(template, id);
  if (table.layout.kind === "subject")
    return row === table.layout.totalRow.key ? table.layout.totalRow.label : "";
  return fixedRows(table).get(row)?.row.label ?? row;
}
