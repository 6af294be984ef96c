import { useEffect, useRef, useState } from "react";
import type { TableId } from "../../domain/templates/types";
import type { Workbook } from "../../domain/workbook/workbook";
import { afterNextPaint } from "../../store/after-paint";
import { useEditor } from "../../store/store";
import { keyQueue } from "./key-queue";
import { loadedGrid, loadGrid } from "./load-grid";
import { StaticGrid } from "./StaticGrid";

interface GridAreaProps {
  table: TableId;
  active: boolean;
  workbook: Workbook;
}

/**
 * The table's grid, or, while AG Grid's code is still loading on first opening, the same table drawn in
 * plain HTML on top of the place the grid takes. The placeholder stays until the grid has drawn its rows.
 */
export function GridArea({ table, active, workbook }: GridAreaProps) {
  const [grid, setGrid] = useState(loadedGrid);
  const [placeholder, setPlaceholder] = useState(() => loadedGrid() === null);
  const [failed, setFailed] = useState(false);
  const picked = useRef(false);

  useEffect(() => {
    if (grid) return;
    let mounted = true;
    // After the placeholder's frame: evaluating AG Grid's code must not hold back the first picture.
    const cancel = afterNextPaint(() =>
      loadGrid().then(
        (module) => mounted && setGrid(module),
        () => mounted && setFailed(true),
      ),
    );
    return () => {
      mounted = false;
      cancel();
    };
  }, [grid]);

  const onFirstRows = () => {
    setPlaceholder(false);
    // A cell clicked on the placeholder becomes the grid's focused cell (the grid focuses it itself when
    // it replays keys typed there).
    const position = picked.current ? useEditor.getState().selection[table] : undefined;
    if (position && keyQueue(table).size === 0)
      useEditor.getState().focusCell(table, position.row, position.col);
  };

  return (
    <div className={failed ? "grid-area failed" : "grid-area"}>
      {grid && <grid.TableGrid table={table} active={active} workbook={workbook} onFirstRows={onFirstRows} />}
      {placeholder && (
        <StaticGrid
          table={table}
          workbook={workbook}
          live={!grid}
          onPick={() => {
            picked.current = true;
          }}
        />
      )}
      {failed && (
        <p className="grid-failure" role="alert">
          表格组件未能载入（网络或文件问题），请刷新页面重试；已填写的内容都已保存。
        </p>
      )}
    </div>
  );
}
