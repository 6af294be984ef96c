import { type KeyboardEvent, useMemo } from "react";
import { tableOf } from "../../domain/templates/structure";
import type { TableId } from "../../domain/templates/types";
import { documentCodeDisplay } from "../../domain/workbook/document-info";
import type { Workbook } from "../../domain/workbook/workbook";
import { useEditor } from "../../store/store";
import { cellAt, cellText, kindAt } from "./cell-text";
import { type ColumnInfo, testIdFor } from "./column-info";
import { columnSizes } from "./column-sizes";
import { buildColumns } from "./grid-columns";
import { bodyRows, type GridRow, pinnedRows } from "./grid-rows";
import { keyItem, keyQueue } from "./key-queue";
import { headerLayout } from "./static-header";
import "./static-grid.css";

const ROW_HEIGHT = 30;
const WAIT_MESSAGE = "表格正在载入，稍候即可输入（这次按键未被输入）";
const QUEUED_MESSAGE = "表格正在载入，按键已记下";

interface StaticGridProps {
  table: TableId;
  workbook: Workbook;
  /** Whether the cells carry their test ids: not once the grid that replaces them is mounting. */
  live: boolean;
  /** Called when a cell is clicked (it is selected in the store). */
  onPick: () => void;
}

interface StaticCellProps {
  workbook: Workbook;
  row: GridRow;
  info: ColumnInfo;
  live: boolean;
  picked: boolean;
  onPick: () => void;
}

function StaticCell({ workbook, row, info, live, picked, onPick }: StaticCellProps) {
  const text = cellText(workbook, row, info);
  if (info.role !== "value" || row.kind === "lane") return <td className={`sg-${info.role}`}>{text}</td>;
  const id = cellAt(workbook, row, info);
  const kind = kindAt(workbook, row, info);
  const key = row.rows[info.pane] ?? "";
  const pick = () => {
    if (!id || !info.col) return;
    useEditor.getState().select(info.table, { row: key, col: info.col });
    onPick();
  };
  return (
    <td className={`sg-value${kind ? ` cell-${kind}` : ""}${picked ? " sg-picked" : ""}`} onMouseDown={pick}>
      {id && info.col && (
        <span
          className="amount"
          data-testid={live ? testIdFor(info.table, key, info.col) : undefined}
          data-kind={kind ?? undefined}
        >
          {text}
          {kind === "stated" && <span className="stated-mark" />}
        </span>
      )}
    </td>
  );
}

/**
 * The first table drawn as a plain HTML table while AG Grid's code is still loading: the same columns,
 * headers and figures, laid out as the grid lays them out, so the page shows the document at once and
 * the grid takes its place without a jump. A cell clicked meanwhile is the one the grid focuses; keys
 * typed meanwhile are queued and replayed into the grid, in order, once it is there.
 */
export function StaticGrid({ table, workbook, live, onPick }: StaticGridProps) {
  const template = tableOf(workbook.template, table);
  const { lines, leaves, infos, rows, scrolls } = useMemo(() => {
    const columns = buildColumns(
      template,
      workbook.doc.tables[table]?.columnLabels,
      columnSizes(workbook, table),
      documentCodeDisplay(workbook.doc),
    );
    const layout = headerLayout(columns.defs);
    const visible = Math.ceil(window.innerHeight / ROW_HEIGHT);
    const body = bodyRows(template, workbook);
    return {
      ...layout,
      infos: layout.leaves.map((leaf) => columns.info.get(leaf.colId ?? "")),
      rows: [...pinnedRows(template), ...body.slice(0, visible)],
      // The grid shows a vertical scrollbar then: so does the placeholder, and its columns are as narrow.
      scrolls: body.length > visible,
    };
  }, [template, workbook, table]);
  const selected = useEditor((s) => s.selection[table]);
  const total = leaves.reduce((sum, leaf) => sum + (leaf.width ?? 100), 0);
  // Keys typed on a picked cell are kept, in order, for the grid to replay (nothing typed is lost).
  const onKeyDown = (e: KeyboardEvent) => {
    const item = keyItem(e.nativeEvent);
    if (!item || (!selected && e.key === "Tab")) return;
    e.preventDefault();
    if (selected) keyQueue(table).push(item);
    useEditor.getState().notify({ kind: "info", text: selected ? QUEUED_MESSAGE : WAIT_MESSAGE });
  };
  return (
    // Focusable (not tabbable), so that keys pressed after a click come here and are answered; the
    // grid that replaces it within a second is the interactive element.
    // biome-ignore lint/a11y/noStaticElementInteractions: see above
    <div className={scrolls ? "static-grid scrolls" : "static-grid"} tabIndex={-1} onKeyDown={onKeyDown}>
      <table aria-busy="true" aria-label={`${template.title}（表格正在载入）`}>
        <colgroup>
          {leaves.map((leaf) => (
            <col key={leaf.colId} style={{ width: `${((leaf.width ?? 100) / total) * 100}%` }} />
          ))}
        </colgroup>
        <thead>
          {lines.map((line, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: header lines are fixed by the template
            <tr key={i}>
              {line.map((cell, j) => (
                <th
                  // biome-ignore lint/suspicious/noArrayIndexKey: cells of a fixed header line
                  key={j}
                  colSpan={cell.span}
                  rowSpan={cell.lines}
                  className={`sg-${cell.kind}${cell.rightAligned ? " sg-right" : ""}`}
                >
                  {cell.text}
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className={`sg-row-${row.kind}`}>
              {infos.map((info, j) =>
                info ? (
                  <StaticCell
                    key={leaves[j]?.colId}
                    workbook={workbook}
                    row={row}
                    info={info}
                    live={live}
                    picked={
                      selected !== undefined &&
                      selected.row === row.rows[info.pane] &&
                      selected.col === info.col &&
                      row.kind !== "lane"
                    }
                    onPick={onPick}
                  />
                ) : (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a column without info has nothing else
                  <td key={j} />
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
