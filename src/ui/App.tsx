import { useEffect, useState } from "react";
import { errorReason } from "../domain/error-reason";
import type { Workbook } from "../domain/workbook/workbook";
import { useEditor } from "../store/store";
import { DocumentHeader } from "./DocumentHeader";
import { DocumentsDialog } from "./documents/DocumentsDialog";
import { FileDrop } from "./documents/FileDrop";
import { ImportFailureSlot } from "./documents/ImportFailureSlot";
import { ReadOnlyBanner } from "./documents/ReadOnlyBanner";
import { MessageBar } from "./MessageBar";
import { PublicationMain } from "./publication/PublicationMain";
import { ReviewBanner } from "./review/ReviewBanner";
import { SidePanel } from "./review/SidePanel";
import { useReviewShortcuts } from "./review/use-review-shortcuts";
import { startEditor } from "./start-editor";
import { TableNav } from "./TableNav";
import { TableView } from "./TableView";
import { TrainingBar } from "./training/TrainingBar";
import { TrainingMain } from "./training/TrainingMain";
import { TrainingSide } from "./training/TrainingSide";
import { useGlobalShortcuts } from "./use-global-shortcuts";
import { useFoldOnNarrowScreen } from "./use-narrow-screen";

/** A number per opened workbook: the grids remount when another document (or version) is opened. */
const workbookKeys = new WeakMap<Workbook, number>();
let openedWorkbooks = 0;
function workbookKey(workbook: Workbook): number {
  let key = workbookKeys.get(workbook);
  if (key === undefined) {
    key = ++openedWorkbooks;
    workbookKeys.set(workbook, key);
  }
  return key;
}

export function App() {
  const workbook = useEditor((s) => s.workbook);
  // 转换模板 keeps the workbook and changes its layout: the tables are drawn again for the new one.
  const templateId = useEditor((s) => s.workbook?.template.id);
  const activeTable = useEditor((s) => s.activeTable);
  const visited = useEditor((s) => s.visitedTables);
  const mainView = useEditor((s) => s.mainView);
  const [failure, setFailure] = useState<string | null>(null);
  useGlobalShortcuts();
  useReviewShortcuts();
  useFoldOnNarrowScreen();

  useEffect(() => {
    startEditor().catch((error: unknown) => setFailure(errorReason(error)));
  }, []);

  if (failure)
    return (
      <div className="app-failure" role="alert">
        {failure}
      </div>
    );
  if (!workbook) return <div className="app-loading">正在打开文档…</div>;
  return (
    <div className="app">
      <DocumentHeader />
      <ReadOnlyBanner />
      <ReviewBanner />
      <TrainingBar />
      <ImportFailureSlot />
      <div className="app-body">
        <TableNav workbook={workbook} />
        <main className="app-main">
          {visited.map((table) => (
            <TableView
              key={`${workbookKey(workbook)}-${templateId}-${table}`}
              table={table}
              active={mainView === "tables" && table === activeTable}
              workbook={workbook}
            />
          ))}
          <TrainingMain workbook={workbook} />
          <PublicationMain workbook={workbook} />
        </main>
        <TrainingSide workbook={workbook}>
          <SidePanel />
        </TrainingSide>
      </div>
      <MessageBar />
      <DocumentsDialog />
      <FileDrop />
    </div>
  );
}
