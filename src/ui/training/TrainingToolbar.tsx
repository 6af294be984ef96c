import { useEditor } from "../../store/store";
import type { MainView } from "../../store/training-slice";
import "./training.css";

export function PageButton({ view, label, title }: { view: MainView; label: string; title: string }) {
  const current = useEditor((s) => s.mainView);
  const setView = useEditor((s) => s.setMainView);
  return (
    <button
      type="button"
      aria-pressed={current === view}
      className={current === view ? "active" : ""}
      title={title}
      data-testid={`view-${view}`}
      onClick={() => setView(current === view ? "tables" : view)}
    >
      {label}
    </button>
  );
}

/** 培训 in the header: 结构图, 名词解释 and the 培训模式 switch (its tools are in the TrainingBar). */
export function TrainingToolbar() {
  const training = useEditor((s) => s.trainingMode);
  const setTraining = useEditor((s) => s.setTrainingMode);
  return (
    <div className="training-toolbar" role="toolbar" aria-label="培训">
      <PageButton view="structure" label="结构图" title="九张表之间的关系" />
      <PageButton view="glossary" label="名词解释" title="决算公开中的名词及其解释" />
      <label className="training-toggle" title="显示单元格角色、导览和重置示例">
        <input
          type="checkbox"
          checked={training}
          data-testid="training-toggle"
          onChange={(e) => setTraining(e.target.checked)}
        />
        培训模式
      </label>
    </div>
  );
}
