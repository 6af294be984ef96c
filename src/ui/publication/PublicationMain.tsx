import { lazy, Suspense } from "react";
import type { Workbook } from "../../domain/workbook/workbook";
import { useEditor } from "../../store/store";

// The publication's text and the narrative code are loaded when the view is first opened.
const PublicationView = lazy(() => import("./PublicationView").then((m) => ({ default: m.PublicationView })));

/** 部门概况, 情况说明, 名词解释 and 附件, shown in the main area in place of the tables. */
export function PublicationMain({ workbook }: { workbook: Workbook }) {
  const view = useEditor((s) => s.mainView);
  if (view !== "publication") return null;
  return (
    <Suspense fallback={<p className="training-loading">正在载入…</p>}>
      <PublicationView workbook={workbook} />
    </Suspense>
  );
}
