import { useMemo, useRef } from "react";
import { exportHtml } from "../../export/html";
import { useEditor } from "../../store/store";
import { downloadText } from "./download";

function fileName(department: string, year: number): string {
  return `${department}-${year}-部门决算.html`;
}

/** 打印预览: the printable HTML export in a frame; 打印 prints exactly those pages, 下载 saves the page. */
export function PrintPreview({ onClose }: { onClose: () => void }) {
  const workbook = useEditor((s) => s.workbook);
  const revision = useEditor((s) => s.revision);
  const frame = useRef<HTMLIFrameElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the workbook is mutated in place; revision marks changes
  const html = useMemo(() => (workbook ? exportHtml(workbook) : ""), [workbook, revision]);
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
        <button
          type="button"
          onClick={() => frame.current?.contentWindow?.print()}
          data-testid="print-button"
        >
          打印…
        </button>
        <button
          type="button"
          onClick={() => downloadText(fileName(department, year), html, "text/html")}
          data-testid="export-html"
        >
          下载 HTML
        </button>
        <button type="button" onClick={onClose}>
          关闭
        </button>
      </div>
      <iframe ref={frame} title="打印预览" srcDoc={html} sandbox="allow-modals allow-same-origin" />
    </div>
  );
}
