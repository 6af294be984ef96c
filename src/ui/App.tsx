import { useEffect, useState } from "react";
import { useEditor } from "../store/store";
import { ChecksPanel } from "./checks/ChecksPanel";
import { DocumentHeader } from "./DocumentHeader";
import { loadSample } from "./load-sample";
import { MessageBar } from "./MessageBar";
import { TableNav } from "./TableNav";
import { TableView } from "./TableView";
import { useGlobalShortcuts } from "./use-global-shortcuts";

export function App() {
  const workbook = useEditor((s) => s.workbook);
  const activeTable = useEditor((s) => s.activeTable);
  const visited = useEditor((s) => s.visitedTables);
  const [failure, setFailure] = useState<string | null>(null);
  useGlobalShortcuts();

  useEffect(() => {
    if (useEditor.getState().workbook) return;
    loadSample()
      .then((doc) => useEditor.getState().openDocument(doc))
      .catch((error: unknown) => setFailure(error instanceof Error ? error.message : String(error)));
  }, []);

  if (failure)
    return (
      <div className="app-failure" role="alert">
        {failure}
      </div>
    );
  if (!workbook) return <div className="app-loading">正在打开示例文档…</div>;
  return (
    <div className="app">
      <DocumentHeader workbook={workbook} />
      <div className="app-body">
        <TableNav workbook={workbook} />
        <main className="app-main">
          {visited.map((table) => (
            <TableView
              key={`${table}-${workbook.doc.meta.template}`}
              table={table}
              active={table === activeTable}
              workbook={workbook}
            />
          ))}
        </main>
        <ChecksPanel />
      </div>
      <MessageBar />
    </div>
  );
}
