import { useEditor } from "../../store/store";
import type { MainView } from "../../store/training-slice";
import { ResetSample } from "./ResetSample";
import { TourLauncher } from "./TourLauncher";
import "./training.css";

function PageButton({ view, label, title }: { view: MainView; label: string; title: string }) {
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

/** 培训 in the header: 结构图 and 名词解释 always; 培训模式 adds cell roles, the tour and 重置示例. */
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
      {training && (
        <>
          <PageButton view="roles" label="单元格角色" title="当前表的空白模板：哪些格填报、计算、校验" />
          <TourLauncher />
          <ResetSample />
        </>
      )}
    </div>
  );
}
