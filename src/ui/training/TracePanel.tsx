import { useEffect, useMemo, useState } from "react";
import { type CellId, cellId } from "../../domain/engine/cell-id";
import { tableName } from "../../domain/templates/table-names";
import {
  type CheckLink,
  type Reach,
  reach,
  type TraceCell,
  type TraceClosure,
  traceAll,
  traceCell,
} from "../../domain/training";
import type { Workbook } from "../../domain/workbook/workbook";
import { useEditor } from "../../store/store";
import { TRACE_KEY } from "./highlight-keys";
import { STATE_CLASS, STATE_LABEL } from "./labels";
import { clearHighlightOf, highlightCells } from "./navigate";
import { traceBack, traceTo, useTraceKeys } from "./trace-keys";
import "./training-views.css";

const KIND_LABEL = { entered: "填报", derived: "计算", stated: "填报的合计" } as const;
/** Cells listed per table before "显示全部": a 合计 can reach a hundred cells. */
const SHOWN = 12;
/** A check's other side is listed shorter: the checks section should not push the rest away. */
const PARTNERS_SHOWN = 4;

/** The trace follows the cell the user selects in the grid (a jump from the panel extends the path). */
function useFollowSelection(): void {
  useEffect(
    () =>
      useEditor.subscribe((state, previous) => {
        if (state.selection === previous.selection || state.mainView !== "tables") return;
        const selected = state.selection[state.activeTable];
        if (!selected) return;
        const id = cellId(state.activeTable, selected.row, selected.col);
        if (id !== state.tracePath.at(-1)) state.restartTrace(id);
      }),
    [],
  );
}

/** 追踪: where the selected cell comes from, where it goes, what it must agree with; each a jump away. */
export function TracePanel({ workbook }: { workbook: Workbook }) {
  const path = useEditor((s) => s.tracePath);
  const findings = useEditor((s) => s.findings);
  const revision = useEditor((s) => s.revision);
  const close = useEditor((s) => s.closeTrace);
  const current = path.at(-1) ?? null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: revision stands for the workbook's values.
  const trace = useMemo(
    () => (current && traceCellExists(workbook, current) ? traceAll(workbook, current, findings) : null),
    [workbook, current, findings, revision],
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: revision stands for the workbook's values.
  const reached = useMemo(
    () => (current && traceCellExists(workbook, current) ? reach(workbook, current, findings) : null),
    [workbook, current, findings, revision],
  );
  useFollowSelection();
  useEffect(() => {
    if (!trace) return;
    highlightCells(TRACE_KEY, [
      trace.cell.id,
      ...trace.allPrecedents.steps.map((s) => s.id),
      ...trace.allDependents.steps.map((s) => s.id),
    ]);
  }, [trace]);
  useEffect(() => () => clearHighlightOf(TRACE_KEY), []);
  const sources = trace?.precedents.filter((s) => s.present) ?? [];
  const targets = trace?.dependents.filter((s) => s.present) ?? [];
  useTraceKeys({ source: sources[0]?.id ?? null, target: targets[0]?.id ?? null });

  return (
    <aside className="trace-panel side-panel" aria-label="追踪" data-testid="trace-panel">
      <header>
        <h2>
          追踪
          <span className="side-actions">
            <button
              type="button"
              onClick={traceBack}
              disabled={path.length < 2}
              title="回到上一个单元格（Alt+← 或 Backspace）"
              data-testid="trace-back"
            >
              返回
            </button>
            <button type="button" onClick={close} title="关闭追踪，显示审核结果">
              关闭
            </button>
          </span>
        </h2>
        {path.length > 1 && (
          <ol className="trace-path" aria-label="追踪路径" data-testid="trace-path">
            {path.map((id, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a path may pass the same cell twice.
              <li key={`${i}-${id}`}>{shortAddress(workbook, id)}</li>
            ))}
          </ol>
        )}
      </header>
      {!trace ? (
        <p className="side-empty">在表格中选择一个单元格，查看它的来源和去向。</p>
      ) : (
        <div className="side-body">
          <div className="trace-current" data-testid="trace-current" data-cell={trace.cell.id}>
            <span className="trace-address">{trace.cell.address}</span>
            <span className={`fb-kind kind-${trace.cell.kind}`}>{KIND_LABEL[trace.cell.kind]}</span>
            <span className="trace-value">{trace.cell.value || "空白"}</span>
          </div>
          <Section
            table={trace.cell.table}
            title="来源"
            hint="这个数由哪些数算出（Alt+↑ 转到第一个）"
            empty="填报数：没有来源，由会计录入。"
            direct={sources}
            closure={trace.allPrecedents}
            testId="trace-sources"
          />
          <Section
            table={trace.cell.table}
            title="去向"
            hint="哪些数由这个数算出（Alt+↓ 转到第一个）"
            empty="没有别的数由它算出。"
            direct={targets}
            closure={trace.allDependents}
            testId="trace-targets"
          />
          <Checks checks={trace.checks} />
          {reached && <Reached workbook={workbook} reach={reached} />}
        </div>
      )}
    </aside>
  );
}

function traceCellExists(workbook: Workbook, id: CellId): boolean {
  const [table, row] = id.split("|") as [Parameters<Workbook["hasRow"]>[0], string];
  return workbook.hasRow(table, row);
}

function shortAddress(workbook: Workbook, id: CellId): string {
  const [table, row] = id.split("|") as [Parameters<Workbook["rowName"]>[0], string];
  const name = workbook.rowName(table, row);
  return `${tableName(workbook.template, table)} ${name && name !== row ? `${row} ${name}` : row}`;
}

function StepButton({ cell }: { cell: TraceCell }) {
  return (
    <button
      type="button"
      className={cell.value ? "trace-step" : "trace-step blank"}
      data-testid={`trace-step-${cell.id}`}
      onClick={() => traceTo(cell.id)}
      title="转到这个单元格"
    >
      <span className="trace-step-address">{cell.address}</span>
      <span className="trace-step-value">{cell.value || "空白"}</span>
    </button>
  );
}

function CellList({ cells, limit = SHOWN }: { cells: readonly TraceCell[]; limit?: number }) {
  const [all, setAll] = useState(false);
  const shown = all ? cells : cells.slice(0, limit);
  return (
    <ul className="trace-steps">
      {shown.map((cell) => (
        <li key={cell.id}>
          <StepButton cell={cell} />
        </li>
      ))}
      {cells.length > shown.length && (
        <li>
          <button type="button" className="link-button" onClick={() => setAll(true)}>
            显示全部 {cells.length} 个
          </button>
        </li>
      )}
    </ul>
  );
}

interface SectionProps {
  /** The traced cell's table. */
  table: string;
  title: string;
  hint: string;
  empty: string;
  direct: readonly TraceCell[];
  closure: TraceClosure;
  testId: string;
}

/** 来源 or 去向: the direct cells, then every cell further along, table by table. */
function Section({ table, title, hint, empty, direct, closure, testId }: SectionProps) {
  const further = closure.byTable
    .map((group) => ({ ...group, cells: group.cells.filter((c) => c.depth > 1) }))
    .filter((group) => group.cells.length > 0);
  return (
    <section className="trace-section" data-testid={testId}>
      <h3 title={hint}>
        {title}
        <span className="muted"> {direct.length}</span>
      </h3>
      {direct.length === 0 ? <p className="muted">{empty}</p> : <CellList cells={direct} />}
      {further.map((group) => (
        // Other tables are what a trace is for (01 → 03): their groups start open.
        <details
          key={group.table}
          className="trace-further"
          open={group.table !== table}
          data-testid={`${testId}-${group.table}`}
        >
          <summary>
            再往{title === "来源" ? "前" : "后"}：{group.title} {group.cells.length} 个
          </summary>
          <CellList cells={group.cells} />
        </details>
      ))}
    </section>
  );
}

/** 校验: the checks comparing this cell with others, their state, and the cells on the other side. */
/** One check: rule, title, its state, and the cells it compares this one with (reached `via` a cell). */
function CheckItem({ check, via }: { check: CheckLink; via?: string }) {
  const state = check.state ?? "ok";
  return (
    <li className={`trace-check state-${STATE_CLASS[state]}`}>
      <div className="trace-check-head">
        <span className="finding-rule">{check.rule}</span>
        <span>{check.title}</span>
        <span className={`state-badge state-${STATE_CLASS[state]}`}>{STATE_LABEL[state]}</span>
      </div>
      {via !== undefined && <p className="muted trace-via">经由 {via}</p>}
      <CellList cells={check.partners} limit={PARTNERS_SHOWN} />
    </li>
  );
}

function Checks({ checks }: { checks: readonly CheckLink[] }) {
  const active = checks.filter((c) => c.active && c.partners.length > 0);
  const restated = checks.length - active.length;
  return (
    <section className="trace-section" data-testid="trace-checks">
      <h3 title="审核规则拿这个数与哪些数比较">
        校验<span className="muted"> {active.length}</span>
      </h3>
      {active.length === 0 && <p className="muted">没有审核规则把它与别的数比较。</p>}
      <ul className="trace-checks">
        {active.map((check) => (
          <CheckItem key={check.key} check={check} />
        ))}
      </ul>
      {restated > 0 && (
        <p className="muted">另有 {restated} 条规则只是重述公式或不与其他单元格比较，在编辑器中总是成立。</p>
      )}
    </section>
  );
}

/**
 * 影响的校验: the checks a change to this cell reaches through the cells computed from it (a 06 item →
 * its 类 → 人员经费合计 → X-12 against 05's 基本支出).
 */
function Reached({ workbook, reach: reached }: { workbook: Workbook; reach: Reach }) {
  // The cell's own checks are listed under 校验 already: here only those reached through its 去向.
  const through = reached.checks.filter((c) => reached.dependents.steps.some((s) => s.id === c.via));
  if (through.length === 0) return null;
  return (
    <section className="trace-section" data-testid="trace-reach">
      <h3 title="改动这个数，经由它的去向还会影响这些审核">
        影响的校验<span className="muted"> {through.length}</span>
      </h3>
      <ul className="trace-checks">
        {through.map((check) => (
          <CheckItem key={check.key} check={check} via={traceCell(workbook, check.via).address} />
        ))}
      </ul>
    </section>
  );
}
