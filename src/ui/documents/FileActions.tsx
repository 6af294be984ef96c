import { lazy, Suspense, useRef, useState } from "react";
import { documentSession } from "../../store/persistence/browser-session";
import { useEditor } from "../../store/store";
import { ReviewOpenButton } from "../review/ReviewOpenButton";
import { downloadText } from "./download";

// The printable export is only needed when previewing: keep it out of the first load.
const PrintPreview = lazy(() => import("./PrintPreview").then((m) => ({ default: m.PrintPreview })));

export const IMPORT_ACCEPT = ".json,.html,.htm,application/json,text/html";

/**
 * Opens the file picker for 导入; the chosen file opens as a new document, and `onOpened` follows when
 * it did (a bad file is reported by the session and opens nothing).
 */
export function useImportPicker(testId = "import-input", onOpened?: (file: File) => void) {
  const input = useRef<HTMLInputElement>(null);
  const element = (
    <input
      ref={input}
      type="file"
      accept={IMPORT_ACCEPT}
      hidden
      data-testid={testId}
      onChange={(event) => {
        const file = event.currentTarget.files?.[0];
        event.currentTarget.value = "";
        if (!file) return;
        void documentSession()
          ?.importFile(file)
          .then((opened) => {
            if (opened) onOpened?.(file);
          });
      }}
    />
  );
  return { element, pick: () => input.current?.click() };
}

export function exportJson(): void {
  const file = documentSession()?.exportJson();
  if (!file) return;
  downloadText(file.fileName, file.text);
  useEditor.getState().notify({ kind: "info", text: `已导出 ${file.fileName}` });
}

/** Header buttons: 文档, 导入, 导出 JSON, 打印预览. */
export function FileActions() {
  const picker = useImportPicker();
  const docName = useEditor((s) => s.docName);
  const [previewing, setPreviewing] = useState(false);
  return (
    <>
      <button
        type="button"
        title={docName ? `文档列表（当前：${docName}）` : "文档列表"}
        onClick={() => useEditor.getState().setPersistence({ documentsOpen: true })}
      >
        文档
      </button>
      <button
        type="button"
        title="导入 JSON 文件，作为新文档打开（也可把文件拖到窗口中）"
        onClick={picker.pick}
      >
        导入
      </button>
      <ReviewOpenButton />
      <button type="button" title="下载本文档的 JSON 文件" onClick={exportJson}>
        导出 JSON
      </button>
      <button
        type="button"
        title="按出版格式预览、打印或下载 HTML"
        onClick={() => setPreviewing(true)}
        data-testid="open-preview"
      >
        打印预览
      </button>
      {picker.element}
      {previewing && (
        <Suspense fallback={<div className="print-preview">正在生成打印预览…</div>}>
          <PrintPreview onClose={() => setPreviewing(false)} />
        </Suspense>
      )}
    </>
  );
}
