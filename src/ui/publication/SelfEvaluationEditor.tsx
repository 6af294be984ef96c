import type { ReactElement } from "react";
import { type AttachmentFocus, isFocusedCell } from "../../domain/narrative/attachment-focus";
import type { AttachmentCell } from "../../domain/narrative/edit-attachment";
import type { SelfEvaluationTable } from "../../domain/narrative/model";
import {
  BUDGET_COLUMNS,
  GOAL_COLUMNS,
  INDICATOR_COLUMNS,
  TASK_COLUMNS,
} from "../../domain/narrative/self-evaluation-layout";
import { addSelfEvaluationTask, removeSelfEvaluationTask } from "../../store/attachment-actions";
import { useEditor } from "../../store/store";
import { AttachmentField } from "./AttachmentField";

interface Props {
  table: SelfEvaluationTable;
  attachment: number;
  readOnly: boolean;
  focus: AttachmentFocus | null;
  /** The document's unit, named in the budget block's header (部门整体支出情况（万元）). */
  unit: string;
}

/**
 * 部门整体支出绩效自评情况表 as published, every cell a field: its heading, the budget block (figures
 * checked by N-19/N-20), 年度总体目标, 年度主要任务 and the indicators, each saved when left.
 */
export function SelfEvaluationEditor({ table, attachment, readOnly, focus, unit }: Props) {
  const field = (cell: AttachmentCell, value: string, label: string, multiline = false) => (
    <AttachmentField
      cell={cell}
      value={value}
      label={label}
      attachment={attachment}
      readOnly={readOnly}
      focused={isFocusedCell(focus, attachment, cell)}
      multiline={multiline}
    />
  );
  return (
    <div className="pub-self-evaluation" data-testid={`pub-attachment-table-${attachment}`}>
      <div className="pub-self-evaluation-title">
        {field({ part: "heading", column: "title" }, table.title, "自评表表名")}
      </div>
      <p className="pub-attachment-line">
        （{field({ part: "heading", column: "year" }, table.year, "自评表年度")}）
        {field({ part: "heading", column: "department" }, table.department, "自评表部门（单位）名称")}
      </p>
      <table>
        <thead>
          <tr>
            <th>部门整体支出情况（{unit}）</th>
            {BUDGET_COLUMNS.map(([, label]) => (
              <th key={label}>{label}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.budget.map((row, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: budget rows have no identity but their place.
            <tr key={index}>
              <th scope="row">
                {field({ part: "budget", row: index, column: "label" }, row.label, "预算行名称")}
              </th>
              {BUDGET_COLUMNS.map(([column, label]) => (
                <td key={column}>
                  {field({ part: "budget", row: index, column }, row[column], `${row.label} ${label}`)}
                </td>
              ))}
            </tr>
          ))}
          <tr>
            <th rowSpan={2} scope="rowgroup">
              年度总体目标
            </th>
            {GOAL_COLUMNS.map(([, label]) => (
              <th key={label} colSpan={3}>
                {label}
              </th>
            ))}
          </tr>
          <tr>
            {GOAL_COLUMNS.map(([column, label]) => (
              <td key={column} colSpan={3}>
                {field({ part: "goals", column }, table.goals[column], `年度总体目标 ${label}`, true)}
              </td>
            ))}
          </tr>
          <TaskRows table={table} attachment={attachment} readOnly={readOnly} field={field} />
        </tbody>
      </table>
      <table className="pub-indicators">
        <thead>
          <tr>
            {INDICATOR_COLUMNS.map(([, label]) => (
              <th key={label}>{label}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.indicators.map((row, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: indicator rows have no identity but their place.
            <tr key={index}>
              {INDICATOR_COLUMNS.map(([column, label]) => (
                <td key={column}>
                  {field(
                    { part: "indicator", row: index, column },
                    row[column],
                    `${row.level3 || row.level2} ${label}`,
                    WRAPPED_INDICATOR_COLUMNS.has(column),
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

/** The indicator columns of words rather than figures: they wrap in their cells. */
const WRAPPED_INDICATOR_COLUMNS = new Set<string>(["level1", "level2", "level3", "reason"]);

type FieldOf = (cell: AttachmentCell, value: string, label: string, multiline?: boolean) => ReactElement;

/** 年度主要任务: a row per task (名称, 主要内容, 实际完成情况), added and removed by the department. */
function TaskRows({
  table,
  attachment,
  readOnly,
  field,
}: {
  table: SelfEvaluationTable;
  attachment: number;
  readOnly: boolean;
  field: FieldOf;
}) {
  return (
    <>
      <tr>
        <th rowSpan={table.tasks.length + 1} scope="rowgroup">
          年度主要任务
          {!readOnly && (
            <button
              type="button"
              className="pub-add"
              data-testid={`att-${attachment}-task-add`}
              onClick={() => addSelfEvaluationTask(useEditor, attachment)}
            >
              ＋ 添加任务
            </button>
          )}
        </th>
        {TASK_COLUMNS.map(([, label, span]) => (
          <th key={label} colSpan={span}>
            {label}
          </th>
        ))}
      </tr>
      {table.tasks.map((task, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: tasks have no identity but their place.
        <tr key={index}>
          {TASK_COLUMNS.map(([column, label, span]) => (
            <td
              key={column}
              colSpan={span}
              className={column === "achieved" && !readOnly ? "pub-task-last" : ""}
            >
              {field({ part: "task", row: index, column }, task[column], `任务 ${index + 1} ${label}`, true)}
              {column === "achieved" && !readOnly && (
                <button
                  type="button"
                  className="pub-task-remove"
                  aria-label={`删除任务 ${index + 1}`}
                  title="删除这一任务"
                  onClick={() => removeSelfEvaluationTask(useEditor, attachment, index)}
                >
                  ×
                </button>
              )}
            </td>
          ))}
        </tr>
      ))}
    </>
  );
}
