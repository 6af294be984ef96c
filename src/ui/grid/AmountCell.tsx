import type { CustomCellRendererProps } from "ag-grid-react";
import { type CellId, parseCellId } from "../../domain/engine/cell-id";
import { cellAnchor } from "../../domain/review/thread-basics";
import { cellKind, displayMoney } from "../../domain/workbook/display";
import { type EditorState, useEditor } from "../../store/store";
import { cellAt } from "./cell-text";
import type { ColumnInfo } from "./column-info";
import { testIdFor } from "./column-info";
import type { GridRow } from "./grid-rows";

export interface AmountCellParams {
  info: ColumnInfo;
}

/** The review marks of a cell as one string: comment state, and compared change or added row. */
function reviewMarks(s: EditorState, id: CellId): string {
  const comment = s.commentCells.get(id) ?? "";
  const change = s.compareCells.get(id);
  if (change) return `${comment}|${change.old}→${change.new}`;
  if (s.compareAddedRows.size === 0) return comment;
  const cell = parseCellId(id);
  return s.compareAddedRows.has(`${cell.table}|${cell.row}`) ? `${comment}|added` : comment;
}

const KIND_TITLE = { entered: "填报", derived: "计算", stated: "填报的合计" } as const;
const COMMENT_TITLE = { open: "有未解决的批注（点击查看）", resolved: "批注已解决（点击查看）" } as const;

/**
 * An amount cell with a stable test id; a stated value carries a marker and its derived value on hover.
 * Review marks (comments, compared versions) come from the store by cell id, so only the cells whose
 * mark changed re-render.
 */
export function AmountCell(props: CustomCellRendererProps<GridRow, string> & AmountCellParams) {
  const workbook = useEditor.getState().workbook;
  const row = props.data;
  const id = workbook && row ? cellAt(workbook, row, props.info) : null;
  // One subscription per cell, to a string that changes only when this cell's review marks change.
  const marks = useEditor((s) => (id ? reviewMarks(s, id) : ""));
  const state = useEditor.getState();
  const comment = id ? state.commentCells.get(id) : undefined;
  const change = id ? state.compareCells.get(id) : undefined;
  const added = marks.includes("added");
  if (!workbook || !id) return <span>{props.value}</span>;
  const { table, row: key, col } = parseCellId(id);
  const kind = cellKind(workbook, id);
  const derived = displayMoney(workbook.derivedValue(id)) || "空白";
  const base =
    kind === "stated"
      ? `填报的合计：${props.value || "空白"}；按公式计算：${derived}`
      : kind === "derived"
        ? "计算单元格（由公式得出）"
        : "填报单元格";
  const title = change
    ? `${base}\n对比：${change.old || "空白"} → ${change.new || "空白"}`
    : added
      ? `${base}\n对比：新增的科目行`
      : base;
  return (
    <span
      className="amount"
      data-testid={testIdFor(table, key, col)}
      data-kind={kind}
      data-comment={comment}
      data-changed={change ? "true" : undefined}
      data-added={added ? "true" : undefined}
      title={title}
    >
      {comment && (
        // A plain mark, not a button: clicking it must still focus the grid cell as any click does.
        // Keyboard users reach the same threads through the 批注 panel or Shift+F2.
        // biome-ignore lint/a11y/useKeyWithClickEvents: see above
        // biome-ignore lint/a11y/noStaticElementInteractions: see above
        <span
          className={`comment-mark ${comment}`}
          title={COMMENT_TITLE[comment]}
          data-testid={`comment-mark-${table}-${key}-${col}`}
          onClick={() => useEditor.getState().showCellThreads(cellAnchor(table, key, col))}
        />
      )}
      {change && <span className="compare-old">{change.old || "空白"}</span>}
      {props.value}
      {kind === "stated" && <span className="stated-mark" title={KIND_TITLE.stated} />}
    </span>
  );
}
