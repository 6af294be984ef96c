import { lazy, Suspense } from "react";
import { useEditor } from "../../store/store";
import "./training.css";

// Its tools are needed once 培训模式 is switched on, not to open a document: loaded then.
const TrainingStrip = lazy(() => import("./TrainingStrip").then((m) => ({ default: m.TrainingStrip })));

/** The strip under the header while 培训模式 is on. */
export function TrainingBar() {
  const training = useEditor((s) => s.trainingMode);
  if (!training) return null;
  return (
    <Suspense fallback={<div className="training-bar" data-testid="training-bar-loading" />}>
      <TrainingStrip />
    </Suspense>
  );
}
