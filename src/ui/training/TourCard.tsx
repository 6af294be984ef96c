import { useEffect, useMemo } from "react";
import { SAMPLE_TOUR, traceCell, verifyTour } from "../../domain/training";
import type { Workbook } from "../../domain/workbook/workbook";
import { useEditor } from "../../store/store";
import { TOUR_KEY } from "./highlight-keys";
import { STATE_CLASS, STATE_LABEL } from "./labels";
import { clearHighlightOf, jumpToCell, leaveTour } from "./navigate";
import { showTourStep, TOUR_LENGTH } from "./tour-steps";
import "./training-views.css";

function inTextField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest("input, textarea, .ag-cell-inline-editing") !== null;
}

/**
 * →/N next, ←/P previous, Esc leaves: captured before the grid (during the tour the arrows drive the
 * tour, not the grid's focus); typing in a field is left alone.
 */
function useTourKeys(step: number): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (inTextField(e.target) || e.ctrlKey || e.metaKey || e.altKey) return;
      const key = e.key.toLowerCase();
      let act: (() => void) | null = null;
      if (key === "arrowright" || key === "n") act = () => showTourStep(step + 1);
      else if (key === "arrowleft" || key === "p") act = () => showTourStep(step - 1);
      else if (key === "escape") act = leaveTour;
      if (!act) return;
      e.preventDefault();
      e.stopPropagation();
      act();
    };
    window.addEventListener("keydown", onKey, true);
    return () => window.removeEventListener("keydown", onKey, true);
  }, [step]);
}

/** 导览: the step card of the sample tour, in the right-hand side while the tour runs. */
export function TourCard({ workbook }: { workbook: Workbook }) {
  const index = useEditor((s) => s.tourStep);
  const findings = useEditor((s) => s.findings);
  const step = SAMPLE_TOUR[Math.min(index, TOUR_LENGTH - 1)];
  // The explanations quote the sample's figures: say so when the open document no longer has them.
  const problems = useMemo(() => verifyTour(workbook, findings), [workbook, findings]);
  useTourKeys(index);
  // However the tour ends (退出, Esc, 培训模式 switched off), its highlight goes with it.
  useEffect(() => () => clearHighlightOf(TOUR_KEY), []);
  if (!step) return null;
  const last = index >= TOUR_LENGTH - 1;
  return (
    <aside
      className="tour-card side-panel"
      aria-label="导览"
      data-testid="tour-card"
      data-step={index + 1}
      data-steps={TOUR_LENGTH}
      data-table={step.table}
      data-select={step.select}
    >
      <header>
        <h2>
          导览
          <span className="tour-progress" data-testid="tour-progress">
            第 {index + 1} / {TOUR_LENGTH} 步
          </span>
          <span className="side-actions">
            <button type="button" onClick={leaveTour} title="离开导览，下次从这一步继续（Esc）">
              退出
            </button>
          </span>
        </h2>
        <ol className="tour-dots" aria-hidden="true">
          {SAMPLE_TOUR.map((s, i) => (
            <li key={s.id} className={i === index ? "current" : i < index ? "done" : ""} />
          ))}
        </ol>
      </header>
      <div className="side-body">
        <h3 className="tour-title" data-testid="tour-title">
          {step.title}
        </h3>
        <p className="tour-explanation" data-testid="tour-explanation">
          {step.explanation}
        </p>
        {step.check && (
          <p className={`tour-check state-${STATE_CLASS[step.check.state]}`}>
            审核规则 {step.check.rule}：
            <span className={`state-badge state-${STATE_CLASS[step.check.state]}`}>
              {STATE_LABEL[step.check.state]}
            </span>
          </p>
        )}
        {step.related && step.related.length > 0 && (
          <div className="tour-related">
            <h4>相关单元格</h4>
            <ul>
              {step.related.map((id) => (
                <li key={id}>
                  <button type="button" className="trace-step" onClick={() => jumpToCell(id)}>
                    {traceCell(workbook, id).address}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}
        {problems.length > 0 && (
          <div className="tour-mismatch" role="note" data-testid="tour-mismatch">
            当前文档已与示例不同，说明中的数字可能对不上（{problems.length}{" "}
            处）。可用上方的“重置示例”重新打开示例。
          </div>
        )}
      </div>
      <footer className="tour-nav">
        <button
          type="button"
          onClick={() => showTourStep(index - 1)}
          disabled={index === 0}
          data-testid="tour-prev"
        >
          上一步
        </button>
        <span className="muted">← → 或 P N 翻页，Esc 退出</span>
        {last ? (
          <button
            type="button"
            className="primary"
            data-testid="tour-finish"
            onClick={() => {
              leaveTour();
              useEditor.getState().setTour(false, 0);
            }}
          >
            完成
          </button>
        ) : (
          <button
            type="button"
            className="primary"
            onClick={() => showTourStep(index + 1)}
            data-testid="tour-next"
          >
            下一步
          </button>
        )}
      </footer>
    </aside>
  );
}
