import { type AttachmentFocus, isFocusedCell } from "../../domain/narrative/attachment-focus";
import type { AttachmentCell } from "../../domain/narrative/edit-attachment";
import type { SelfEvaluationTable } from "../../domain/narrative/model";
import { editAttachmentCell } from "../../store/attachment-actions";
import { useEditor } from "../../store/store";

interface Props {
  table: SelfEvaluationTable;
  attachment: number;
  readOnly: boolean;
  focus: AttachmentFocus | null;
}

const BUDGET_COLUMNS = [
  ["initial", "年初预算数"],
  ["full", "全年预算数"],
  ["executed", "全年执行数"],
  ["weight", "分值"],
  ["rate", "执行率"],
  ["score", "得分"],
] as const;

const INDICATOR_COLUMNS = [
  ["target", "年度指标值"],
  ["actual", "实际完成值"],
  ["weight", "分值"],
  ["score", "得分"],
  ["deviation", "偏差原因"],
  ["reason", "改进措施"],
] as const;

/** 部门整体支出绩效自评情况表 as published, every figure a field (saved when left, checked by N-19/N-20). */
export function SelfEvaluationEditor({ table, attachment, readOnly, focus }: Props) {
  const field = (cell: AttachmentCell, value: string, label: string) => (
    <CellField
      cell={cell}
      value={value}
      label={label}
      attachment={attachment}
      readOnly={readOnly}
      focused={isFocusedCell(focus, attachment, cell)}
    />
  );
  return (
    <div className="pub-self-evaluation" data-testid={`pub-attachment-table-${attachment}`}>
      <h3 className="pub-heading">{table.title}</h3>
      <p className="pub-attachment-line">
        （{table.year}）　{table.department}
      </p>
      <table>
        <thead>
          <tr>
            <th />
            {BUDGET_COLUMNS.map(([, label]) => (
              <th key={label}>{label}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.budget.map((row, index) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              {BUDGET_COLUMNS.map(([column, label]) => (
                <td key={column}>
                  {field({ part: "budget", row: index, column }, row[column], `${row.label} ${label}`)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <table className="pub-indicators">
        <thead>
          <tr>
            <th>一级指标</th>
            <th>二级指标</th>
            <th>三级指标</th>
            {INDICATOR_COLUMNS.map(([, label]) => (
              <th key={label}>{label}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.indicators.map((row, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: indicator rows have no identity but their place.
            <tr key={index}>
              <td>{row.level1}</td>
              <td>{row.level2}</td>
              <td>
                {field(
                  { part: "indicator", row: index, column: "level3" },
                  row.level3,
                  `${row.level2} 三级指标`,
                )}
              </td>
              {INDICATOR_COLUMNS.map(([column, label]) => (
                <td key={column}>
                  {field(
                    { part: "indicator", row: index, column },
                    row[column],
                    `${row.level3 || row.level2} ${label}`,
                  )}
                </td>
              ))}
            </tr>
          ))}
          <tr>
            <th colSpan={5}>总分</th>
            <td>{field({ part: "total", column: "weight" }, table.total.weight, "总分 分值")}</td>
            <td>{field({ part: "total", column: "score" }, table.total.score, "总分 得分")}</td>
            <td colSpan={2} />
          </tr>
        </tbody>
      </table>
    </div>
  );
}

function testIdOf(attachment: number, cell: AttachmentCell): string {
  const row = cell.part === "total" ? "" : `-${cell.row}`;
  return `att-${attachment}-${cell.part}${row}-${cell.column}`;
}

function CellField(props: {
  cell: AttachmentCell;
  value: string;
  label: string;
  attachment: number;
  readOnly: boolean;
  focused: boolean;
}) {
  const { cell, value, attachment } = props;
  return (
    <input
      // A new stored value (an undo, another field's refusal) shows at once.
      key={value}
      defaultValue={value}
      aria-label={props.label}
      title={value}
      readOnly={props.readOnly}
      className={props.focused ? "pub-focused" : ""}
      data-testid={testIdOf(attachment, cell)}
      onBlur={(e) => {
        const typed = e.target.value;
        if (typed.trim() === value) return;
        if (!editAttachmentCell(useEditor, attachment, cell, typed)) e.target.value = value;
      }}
    />
  );
}
