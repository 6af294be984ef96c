import { lazy, Suspense } from "react";
import type { Workbook } from "../../domain/workbook/workbook";
import { useEditor } from "../../store/store";

// Training pages are loaded when first opened: they are not part of preparing a document.
const GlossaryPage = lazy(() => import("./GlossaryPage").then((m) => ({ default: m.GlossaryPage })));
const RolesView = lazy(() => import("./RolesView").then((m) => ({ default: m.RolesView })));
const StructureMap = lazy(() => import("./StructureMap").then((m) => ({ default: m.StructureMap })));

/** The 培训 page shown in the main area in place of the tables (nothing while the tables are shown). */
export function TrainingMain({ workbook }: { workbook: Workbook }) {
  const view = useEditor((s) => s.mainView);
  if (view === "tables" || view === "publication") return null;
  return (
    <Suspense fallback={<p className="training-loading">正在载入…</p>}>
      {view === "structure" && <StructureMap workbook={workbook} />}
      {view === "glossary" && <GlossaryPage workbook={workbook} />}
      {view === "roles" && <RolesView workbook={workbook} />}
    </Suspense>
  );
}
