import { lazy, Suspense, useEffect, useRef } from "react";
import { documentSession } from "../../store/persistence/browser-session";
import { useEditor } from "../../store/store";
import { closeDocuments } from "./close-documents";

const DocumentsPanel = lazy(() => import("./DocumentsPanel").then((m) => ({ default: m.DocumentsPanel })));

/** 文档: the documents stored in this browser, with 新建, 打开, 重命名, 复制, 删除, 打开示例 and 导入. */
export function DocumentsDialog() {
  const open = useEditor((s) => s.documentsOpen);
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      element.showModal();
      void documentSession()?.refreshList();
    } else if (!open && element.open) element.close();
  }, [open]);
  return (
    <dialog
      ref={dialog}
      className="documents-dialog"
      aria-labelledby="documents-title"
      data-testid="documents-dialog"
      onClose={closeDocuments}
    >
      {open && (
        <Suspense fallback={<p className="documents-loading">正在载入文档列表…</p>}>
          <DocumentsPanel />
        </Suspense>
      )}
    </dialog>
  );
}
