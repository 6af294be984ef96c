import type { Workbook } from "../../domain/workbook/workbook";
import { useEditor } from "../../store/store";
import { GlossaryPage } from "./GlossaryPage";
import { RolesView } from "./RolesView";
import { StructureMap } from "./StructureMap";

/** The 培训 page shown in the main area in place of the tables (nothing while the tables are shown). */
export function TrainingMain({ workbook }: { workbook: Workbook }) {
  const view = useEditor((s) => s.mainView);
  if (view === "structure") return <StructureMap workbook={workbook} />;
  if (view === "glossary") return <GlossaryPage workbook={workbook} />;
  if (view === "roles") return <RolesView workbook={workbook} />;
  return null;
}
