import { tableOf } from "../domain/templates/structure";
import type { TableId } from "../domain/templates/types";
import type { Workbook } from "../domain/workbook/workbook";
import { useEditor } from "../store/store";

/** The table as published, as clipboard text; loaded on first use (it shares the print layout's code). */
async function tableText(workbook: Workbook, table: TableId): Promise<{ text: string; rows: number }> {
  const [{ publishedCells }, { toTsv }] = await Promise.all([
    import("../export/published-cells"),
    import("../domain/clipboard/tsv"),
  ]);
  const cells = publishedCells(workbook, table);
  return { text: toTsv(cells), rows: cells.length };
}

/** "复制本表": the whole table as published onto the clipboard, for Excel/WPS to paste cell by cell. */
export function CopyTableButton({ table, workbook }: { table: TableId; workbook: Workbook }) {
  const copy = async () => {
    const { notify } = useEditor.getState();
    try {
      const { text, rows } = await tableText(workbook, table);
      await navigator.clipboard.writeText(text);
      const label = tableOf(workbook.template, table).label;
      notify({ kind: "info", text: `已复制${label}（${rows} 行），可粘贴到 Excel/WPS` });
    } catch {
      notify({ kind: "error", text: "浏览器不允许写入剪贴板，未能复制。请允许本页使用剪贴板后重试。" });
    }
  };
  return (
    <button
      type="button"
      className="copy-table"
      onClick={copy}
      title="把整张表（标题、表头、编码、名称和全部数字）复制到剪贴板，可直接粘贴到 Excel/WPS"
      data-testid={`copy-table-${table}`}
    >
      复制本表
    </button>
  );
}
