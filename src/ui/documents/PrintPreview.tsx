import { useEffect, useMemo, useRef, useState } from "react";
import { exportHtml } from "../../export/html";
import { useEditor } from "../../store/store";
import { downloadText } from "./download";
import { exportExcel } from "./FileActions";
import { OpenErrors, openErrors } from "./OpenErrors";

function fileName(department: string, year: number): string {
  return `${department}-${year}-部门决算.html`;
}

/** 打印预览: the printable HTML export in a frame; 打印 prints exactly those pages, 下载 saves the page. */
export function PrintPreview({ onClose }: { onClose: () => void }) {
  const workbook = useEditor((s) => s.workbook);
  const revision = useEditor((s) => s.revision);
  const frame = useRef<HTMLIFrameElement>(null);
  const printButton = useRef<HTMLButtonElement>(null);
  // The preview opens on 打印…, its main action (not on whatever button the bar happens to start with).
  useEffect(() => printButton.current?.focus(), []);
  const hasComments = useEditor((s) => (s.workbook?.doc.comments?.length ?? 0) > 0);
  const [withComments, setWithComments] = useState(false);
  // An action waiting for 继续 while the document has open 错误.
  const [pending, setPending] = useState<{ action: string; run: () => void } | null>(null);
  const guarded = (action: string, run: () => void) => () =>
    openErrors().length > 0 ? setPending({ action, run }) : run();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the workbook is mutated in place; revision marks changes
  const html = useMemo(
    () => (workbook ? exportHtml(workbook, { includeComments: withComments }) : ""),
    [workbook, revision, withComments],
  );
  if (!workbook) return null;
  const { department, year } = workbook.doc.meta;
  return (
    <div
      className="print-preview"
      role="dialog"
      aria-modal="true"
      aria-label="打印预览"
      data-testid="print-preview"
    >
      <div className="print-preview-bar">
        <strong>打印预览</strong>
        <span className="hint">A4 纸，宽表横向；打印出的页面与此相同</span>
        <label title="在表格之后附上全部批注与回复" data-testid="include-comments">
          <input type="checkbox" checked={withComments} onChange={(e) => setWithComments(e.target.checked)} />
          附录：批注{hasComments ? "" : "（本文档没有批注）"}
        </label>
        <button
          ref={printButton}
          type="button"
          onClick={guarded("打印", () => frame.current?.contentWindow?.print())}
          data-testid="print-button"
        >
          打印…
        </button>
        <button
          type="button"
          onClick={guarded("下载", () => downloadText(fileName(department, year), html, "text/html"))}
          data-testid="export-html"
        >
          下载 HTML
        </button>
        <button
          type="button"
          title="九张表各一个工作表（合计为公式），另附一张“审核与批注”工作表"
          onClick={() => void exportExcel({ notes: true })}
          data-testid="export-excel-notes"
        >
          下载 Excel（附审核与批注）
        </button>
        <button type="button" onClick={onClose}>
          关闭
        </button>
      </div>
      {pending && (
        <OpenErrors
          errors={openErrors()}
          action={pending.action}
          onCancel={() => setPending(null)}
          onContinue={() => {
            setPending(null);
            pending.run();
          }}
          onShowErrors={() => {
            setPending(null);
            useEditor.getState().setChecksOpen(true);
            onClose();
          }}
        />
      )}
      <iframe ref={frame} title="打印预览" srcDoc={html} sandbox="allow-modals allow-same-origin" />
    </div>
  );
}
