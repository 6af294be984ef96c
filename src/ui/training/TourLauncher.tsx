import { useEditor } from "../../store/store";
import { leaveTour } from "./navigate";

// The tour's steps come with the tour card, not with the first load.
const startTourAt = (step: number) => void import("./tour-steps").then((m) => m.showTourStep(step));

/** 开始导览 / 继续导览（第 n 步）: the tour resumes at the step it was left at. */
export function TourLauncher() {
  const active = useEditor((s) => s.tourActive);
  const step = useEditor((s) => s.tourStep);
  return (
    <button
      type="button"
      aria-pressed={active}
      className={active ? "active" : ""}
      data-testid="tour-launch"
      title="按步骤讲解示例文档（← → 翻页，Esc 退出）"
      onClick={() => (active ? leaveTour() : startTourAt(step))}
    >
      {active ? "导览中" : step > 0 ? `继续导览（第 ${step + 1} 步）` : "开始导览"}
    </button>
  );
}
