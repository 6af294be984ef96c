import { lazy, type ReactNode, Suspense } from "react";
import type { Workbook } from "../../domain/workbook/workbook";
import { useEditor } from "../../store/store";

const TourCard = lazy(() => import("./TourCard").then((m) => ({ default: m.TourCard })));
const TracePanel = lazy(() => import("./TracePanel").then((m) => ({ default: m.TracePanel })));

/**
 * The right-hand side: the tour card while the tour runs, else the trace panel while a trace is open,
 * else what the editor shows there (审核结果). One panel at a time; none beside the structure map.
 */
export function TrainingSide({ workbook, children }: { workbook: Workbook; children: ReactNode }) {
  const tour = useEditor((s) => s.tourActive);
  const trace = useEditor((s) => s.traceOpen);
  const view = useEditor((s) => s.mainView);
  // The structure map has its own detail column and needs the width; its colours are the 审核's states.
  if (view === "structure") return null;
  if (!tour && !trace) return children;
  return (
    <Suspense fallback={<p className="training-loading">正在载入…</p>}>
      {tour ? <TourCard workbook={workbook} /> : <TracePanel workbook={workbook} />}
    </Suspense>
  );
}
