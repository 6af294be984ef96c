import { memo, useState } from "react";
import { type Finding, findingText } from "../../domain/checks";
import { findingAnchor } from "../../domain/review/thread-basics";
import { tableName } from "../../domain/templates/table-names";
import { acknowledgeFinding, replaceWithDerived, statedCellOf } from "../../store/check-actions";
import { useEditor } from "../../store/store";

const SEVERITY_LABEL = { error: "错误", warning: "提示", info: "尾差" } as const;
/** A finding over 年初预算 may read 2,000 fields: the first few are offered, the count says the rest. */
const MAX_FIELD_BUTTONS = 8;

function cellLabel(finding: Finding, index: number): string {
  const cell = finding.cells[index];
  const workbook = useEditor.getState().workbook;
  if (!cell || !workbook) return "";
  const name = workbook.hasRow(cell.table, cell.row) ? workbook.rowName(cell.table, cell.row) : "";
  return `${tableName(workbook.template, cell.table)}·${name || cell.row}·${cell.col}`;
}

/** A 补充数据 key as a button says it: a per-row field with its 科目's name ("年初预算·2010301 行政运行"). */
function fieldLabel(key: string): string {
  const [, row] = key.split("·");
  const workbook = useEditor.getState().workbook;
  if (row === undefined || !workbook?.hasRow("05", row)) return key;
  return `${key} ${workbook.rowName("05", row)}`;
}

/**
 * One finding: rule, message, the cells involved (each a jump), and its actions. Memoised: the checks
 * keep the object of a finding that did not change, so an edit re-renders only the findings it changed.
 */
export const FindingItem = memo(function FindingItem({
  finding,
  onShow,
  fields = [],
}: {
  finding: Finding;
  /** What a click does instead of going to the first cell (a 表文一致 finding opens its sentence). */
  onShow?: (finding: Finding) => void;
  /** The 补充数据 fields a 表文一致 finding reads: each opens the 补充数据 form at that field. */
  fields?: readonly string[];
}) {
  const active = useEditor((s) => s.highlight.key === finding.key);
  const showFinding = useEditor((s) => s.showFinding);
  // A finding about the text lists its cells even when there is one: the click went to the sentence.
  const cellButtons = finding.cells.length > (onShow ? 0 : 1);
  const [writing, setWriting] = useState(false);
  const [note, setNote] = useState(finding.acknowledged?.note ?? "");
  // A finding about the text is fixed in the text: no table action, no 说明 (the N-run keeps none).
  const stated = onShow ? null : statedCellOf(useEditor, finding);
  // The finding's own words first; the rule id and its Σ title on hover.
  const text = findingText(finding);
  return (
    <li
      className={`finding severity-${finding.severity} ${active ? "active" : ""} ${finding.acknowledged ? "acknowledged" : ""}`}
      data-testid={`finding-${finding.rule}`}
      data-key={finding.key}
    >
      <button type="button" className="finding-main" onClick={() => (onShow ?? showFinding)(finding)}>
        <span className="finding-badge">{SEVERITY_LABEL[finding.severity]}</span>
        <span className="finding-message" title={hoverTitle(finding.rule, text)}>
          {text.body}
        </span>
        {finding.likelyCause && <span className="finding-cause">{finding.likelyCause}</span>}
      </button>
      {active && cellButtons && (
        <div className="finding-cells" title="涉及的单元格">
          {finding.cells.map((cell, index) => (
            <button
              type="button"
              key={`${cell.table}|${cell.row}|${cell.col}`}
              onClick={() => showFinding(finding, index)}
              title="转到此单元格"
            >
              {cellLabel(finding, index)}
            </button>
          ))}
        </div>
      )}
      {active && fields.length > 0 && (
        <div className="finding-cells" title="涉及的补充数据" data-testid="finding-fields">
          {fields.slice(0, MAX_FIELD_BUTTONS).map((key) => (
            <button
              type="button"
              key={key}
              onClick={() => useEditor.getState().showSupplementField(key)}
              title="转到补充数据中的此项"
            >
              补充数据·{fieldLabel(key)}
            </button>
          ))}
          {fields.length > MAX_FIELD_BUTTONS && <span>等 {fields.length} 项</span>}
        </div>
      )}
      {finding.acknowledged && !writing && <p className="finding-note">说明：{finding.acknowledged.note}</p>}
      <div className="finding-actions">
        <button
          type="button"
          onClick={() => useEditor.getState().startComment(findingAnchor(finding))}
          title="就这条审核结果写批注"
          data-testid="finding-comment"
        >
          批注
        </button>
        {stated && (
          <button type="button" onClick={() => replaceWithDerived(useEditor, stated)}>
            用计算值替换
          </button>
        )}
        {finding.severity === "warning" && !onShow && !writing && (
          <button type="button" onClick={() => setWriting(true)}>
            {finding.acknowledged ? "修改说明" : "填写说明"}
          </button>
        )}
      </div>
      {writing && (
        <form
          className="finding-ack"
          onSubmit={(e) => {
            e.preventDefault();
            acknowledgeFinding(useEditor, finding, note);
            setWriting(false);
          }}
        >
          <textarea
            value={note}
            onChange={(e) => setNote(e.target.value)}
            placeholder="说明此提示为何可以保留"
            rows={2}
          />
          <button type="submit">保存说明</button>
          <button type="button" onClick={() => setWriting(false)}>
            取消
          </button>
        </form>
      )}
    </li>
  );
});

/** The hover text: the rule id with the rule's words (a 表文一致 finding has no head of its own: its message). */
function hoverTitle(rule: string, text: { head: string; body: string }): string {
  return text.head === rule ? `${rule} ${text.body}` : text.head;
}
