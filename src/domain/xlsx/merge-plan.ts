import type { DocumentMeta, JuesuanDocument } from "../document/model";
import { cellId } from "../engine/cell-id";
import { tableOrder } from "../templates/structure";
import type { Edit } from "../workbook/edits";
import type { Workbook } from "../workbook/workbook";

/**
 * 合并到当前文档: the edits that put every figure, name and 说明 of an imported document into the open one
 * (one undoable step). Figures the import does not have stay as they are; equal values make no edit.
 */
export function planWorkbookMerge(workbook: Workbook, imported: JuesuanDocument): Edit[] {
  const edits: Edit[] = [];
  for (const table of tableOrder(workbook.template)) {
    const data = imported.tables[table];
    if (!data) continue;
    for (const [row, cells] of Object.entries(data.rows)) {
      for (const [col, value] of Object.entries(cells))
        if (workbook.stored(cellId(table, row, col)) !== value)
          edits.push({ kind: "set", table, row, col, value });
      if (Object.keys(cells).length === 0 && !workbook.hasRow(table, row))
        edits.push({ kind: "putRow", table, row, snapshot: { name: data.names?.[row], cells: {} } });
    }
    for (const [row, name] of Object.entries(data.names ?? {}))
      if (workbook.doc.tables[table]?.names?.[row] !== name) edits.push({ kind: "rename", table, row, name });
  }
  const notes = { ...workbook.doc.notes, ...imported.notes };
  if (JSON.stringify(notes) !== JSON.stringify(workbook.doc.notes ?? {}) && imported.notes)
    edits.push({ kind: "field", field: "notes", value: notes });
  return edits;
}

/**
 * Why a workbook cannot be merged into the open document (another layout, unit or year), or null. Another
 * year is refused rather than asked: its figures would go into a document whose 年度 no longer describes
 * them, with nothing left to show it; a workbook that misprints its year is corrected in the preview.
 */
export function mergeRefusal(imported: DocumentMeta, current: DocumentMeta | undefined): string | null {
  if (!current) return "没有打开的文档，只能新建文档";
  if (imported.template !== current.template) return "工作簿的格式与当前文档的模板不同，只能新建文档";
  if (imported.unit !== current.unit)
    return `工作簿的单位（${imported.unit}）与当前文档（${current.unit}）不同，只能新建文档`;
  if (imported.year !== current.year)
    return `工作簿的年度（${imported.year} 年）与当前文档（${current.year} 年）不同，只能新建文档；如工作簿的年度写错了，可把上面的年度改为 ${current.year} 后再合并`;
  return null;
}
