import { ResetSample } from "./ResetSample";
import { TourLauncher } from "./TourLauncher";
import { PageButton } from "./TrainingToolbar";

/** The strip's tools: cell roles, the guided tour, 重置示例. */
export function TrainingStrip() {
  return (
    <div className="training-bar" role="toolbar" aria-label="培训模式" data-testid="training-bar">
      <strong>培训模式</strong>
      <PageButton view="roles" label="单元格角色" title="当前表的空白模板：哪些格填报、计算、校验" />
      <TourLauncher />
      <ResetSample />
      <span className="muted">选中单元格后按“追踪”查看来源和去向；表名、列名悬停可看名词解释。</span>
    </div>
  );
}
