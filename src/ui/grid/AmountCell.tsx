import type { CustomCellRendererProps } from "ag-grid-react";
import { parseCellId } from "../../domain/engine/cell-id";
import { cellKind, displayMoney } from "../../domain/workbook/display";
import { useEditor } from "../../store/store";
import { cellAt } from "./cell-text";
import type { ColumnInfo } from "./column-info";
import { testIdFor } from "./column-info";
import type { GridRow } from "./grid-rows";

export interface AmountCellParams {
  info: ColumnInfo;
}

const KIND_TITLE = { entered: "填报", derived: "计算", stated: "填报的合计" } as const;

/** An amount cell with a stable test id; a stated value carries a marker and its derived value on hover. */
export function AmountCell(props: CustomCellRendererProps<GridRow, string> & AmountCellParams) {
  const workbook = useEditor.getState().workbook;
  const row = props.data;
  const id = workbook && row ? cellAt(workbook, row, props.info) : null;
  if (!workbook || !id) return <span>{props.value}</span>;
  const { table, row: key, col } = parseCellId(id);
  const kind = cellKind(workbook, id);
  const derived = displayMoney(workbook, workbook.derivedValue(id)) || "空白";
  const title =
    kind === "stated"
      ? `填报的合计：${props.value || "空白"}；按公式计算：${derived}`
      : kind === "derived"
        ? "计算单元格（由公式得出）"
        : "填报单元格";
  return (
    <span className="amount" data-testid={testIdFor(table, key, col)} data-kind={kind} title={title}>
      {props.value}
      {kind === "stated" && <span className="stated-mark" title={KIND_TITLE.stated} />}
    </span>
  );
}
