import { lazy, Suspense, useRef, useState } from "react";
import { errorReason } from "../../domain/error-reason";
import { documentSession } from "../../store/persistence/browser-session";
import { useEditor } from "../../store/store";
import { isWorkbookFile, WORKBOOK_ACCEPT } from "../../xlsx/workbook-file";
import { ReviewOpenButton } from "../review/ReviewOpenButton";
import { downloadBlob, downloadText } from "./download";
import { previewWorkbook, useExcelImport } from "./excel-import-state";

// The printable export is only needed when previewing: keep it out of the first load.
const PrintPreview = lazy(() => import("./PrintPreview").then((m) => ({ default: m.PrintPreview })));
// So is everything about workbooks (exceljs is loaded by that code on first use).
const ExcelImportDialog = lazy(() =>
  import("./ExcelImportDialog").then((m) => ({ default: m.ExcelImportDialog })),
);

export const IMPORT_ACCEPT = `.json,.html,.htm,application/json,text/html,${WORKBOOK_ACCEPT}`;

/** A picked or dropped file: a workbook goes to its preview first, anything else opens as a document. */
export function importPicked(file: File): Promise<boolean> {
  if (isWorkbookFile(file)) {
    previewWorkbook(file);
    return Promise.resolve(false);
  }
  return documentSession()?.importFile(file) ?? Promise.resolve(false);
}

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
        void importPicked(file).then((opened) => {
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

/** 导出 Excel: the nine tables with formulas (and, asked for, a sheet of 审核 and 批注), built on demand. */
export async function exportExcel(options: { notes?: boolean } = {}): Promise<void> {
  const { workbook, notify, findings } = useEditor.getState();
  const file = documentSession()?.exportJson();
  if (!workbook || !file) return;
  notify({ kind: "info", text: "正在生成 Excel 工作簿…" });
  try {
    const { exportWorkbookFile, workbookFileName } = await import("../../xlsx/export-workbook");
    const bytes = await exportWorkbookFile(workbook, options.notes ? findings : undefined);
    const name = workbookFileName(file.fileName);
    downloadBlob(name, new Blob([bytes as BlobPart], { type: XLSX_TYPE }));
    notify({ kind: "info", text: `已导出 ${name}` });
  } catch (error) {
    notify({
      kind: "error",
      text: `无法导出 Excel：${errorReason(error)}`,
    });
  }
}

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Header buttons: 文档, 导入, 导出 JSON, 导出 Excel, 打印预览. */
export function FileActions() {
  const picker = useImportPicker();
  const docName = useEditor((s) => s.docName);
  const [previewing, setPreviewing] = useState(false);
  const workbookFile = useExcelImport((s) => s.file);
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
        title="导入 JSON 文件或 Excel 工作簿（.xlsx），作为新文档打开或合并（也可把文件拖到窗口中）"
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
        title="下载 Excel 工作簿：九张表各一个工作表，合计为公式"
        data-testid="export-excel"
        onClick={() => void exportExcel()}
      >
        导出 Excel
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
      {workbookFile && (
        <Suspense fallback={null}>
          <ExcelImportDialog key={`${workbookFile.name}:${workbookFile.lastModified}`} file={workbookFile} />
        </Suspense>
      )}
      {previewing && (
        <Suspense fallback={<div className="print-preview">正在生成打印预览…</div>}>
          <PrintPreview onClose={() => setPreviewing(false)} />
        </Suspense>
      )}
    </>
  );
}
