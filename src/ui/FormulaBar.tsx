import { useDeferredValue, useMemo } from "react";
import { ruleStates, rulesFor, ruleTitle } from "../domain/checks";
import { cellId } from "../domain/engine/cell-id";
import type { TableId } from "../domain/templates/types";
import { cellKind, displayCell, displayMoney } from "../domain/workbook/display";
import { cellAddress, formulaInWords } from "../domain/workbook/explain";
import type { Workbook } from "../domain/workbook/workbook";
import { useEditor } from "../store/store";

const KIND_LABEL = { entered: "填报", derived: "计算", stated: "填报的合计" } as const;
/** A 尾差 is within rounding: it reads as 尾差, never as a failure. */
const RULE_STATE = { ok: "✓ 通过", info: "≈ 尾差", warning: "! 提示", error: "✗ 错误" } as const;

/** The selected cell in words: where it is, what kind it is, its formula with values, the rules it is in. */
export function FormulaBar({ table, workbook }: { table: TableId; workbook: Workbook }) {
  // Deferred: the grid paints the edit (and the move to the next cell) first, the words follow.
  const selected = useDeferredValue(useEditor((s) => s.selection[table]));
  const revision = useDeferredValue(useEditor((s) => s.revision));
  const findings = useDeferredValue(useEditor((s) => s.findings));
  const checks = useEditor((s) => s.checks);
  const info = useMemo(() => {
    if (!selected || !workbook.hasRow(table, selected.row)) return null;
    const id = cellId(table, selected.row, selected.col);
    const kind = cellKind(workbook, id);
    const rules = checks?.rulesReading(id) ?? [];
    const { row, col } = selected;
    const atCell = findings.filter((f) =>
      f.cells.some((c) => c.table === table && c.row === row && c.col === col),
    );
    return {
      id,
      address: cellAddress(workbook, id),
      kind,
      shown: displayCell(workbook, id) || "空白",
      derived: displayMoney(workbook.derivedValue(id)) || "空白",
      formula: formulaInWords(workbook, id),
      rules: ruleStates(rules, atCell),
      revision,
    };
  }, [selected, table, workbook, checks, findings, revision]);

  const traceOpen = useEditor((s) => s.traceOpen);
  if (!info) return <div className="formula-bar empty">选择一个单元格，查看它的位置、类型和公式</div>;
  return (
    <div className="formula-bar" data-testid="formula-bar" data-cell={info.id}>
      <span className="fb-address" data-testid="fb-address">
        {info.address}
      </span>
      <span className={`fb-kind kind-${info.kind}`} data-testid="fb-kind">
        {KIND_LABEL[info.kind]}
      </span>
      <span className="fb-value">{info.shown}</span>
      {info.formula && (
        <span className="fb-formula" data-testid="fb-formula" title={info.formula}>
          {info.kind === "stated" ? `计算值 ${info.derived} ` : ""}
          {info.formula}
        </span>
      )}
      <button
        type="button"
        className="fb-trace"
        aria-pressed={traceOpen}
        data-testid="fb-trace"
        title="追踪：这个数的来源、去向和校验（在右侧显示）"
        onClick={() => {
          const state = useEditor.getState();
          if (traceOpen) state.closeTrace();
          else state.openTrace(info.id);
        }}
      >
        追踪
      </button>
      {info.rules.size > 0 && (
        <span className="fb-rules" data-testid="fb-rules">
          审核：
          {[...info.rules].map(([state, list]) => (
            <span
              key={state}
              className={`rule-${state}`}
              data-state={state}
              title={list.map((id) => ruleTitle(id, rulesFor(workbook.template))).join("\n")}
            >
              {RULE_STATE[state]} {list.length} 项
            </span>
          ))}
        </span>
      )}
      {info.kind === "stated" && (
        <span
          className="fb-stated"
          data-testid="fb-stated"
          title="列报值是文件所列的数，不参与计算。修改它所汇总的任一填报单元格时，它即改用计算值（与该修改同一步，可撤销）；修改不涉及的列报值保持不变。"
        >
          列报值：改动下级填报数即改用计算值
        </span>
      )}
    </div>
  );
}
