import { toTsv } from "../domain/clipboard/tsv";
import type { TableId } from "../domain/templates/types";
import type { Workbook } from "../domain/workbook/workbook";
import { publishedCells } from "../export/published-cells";
import { useEditor } from "../store/store";

/** "复制本表": the whole table as published onto the clipboard, for Excel/WPS to paste cell by cell. */
export function CopyTableButton({ table, workbook }: { table: TableId; workbook: Workbook }) {
  const copy = async () => {
    const { notify } = useEditor.getState();
    const cells = publishedCells(workbook, table);
    try {
      await navigator.clipboard.writeText(toTsv(cells));
      const label = workbook.template.tables[table].label;
      notify({ kind: "info", text: `已复制${label}（${cells.length} 行），可粘贴到 Excel/WPS` });
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
