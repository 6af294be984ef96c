import { documentSession } from "../../store/persistence/browser-session";
import { useEditor } from "../../store/store";

/** Shown while another tab edits this document: why this page is read-only, and the ways out. */
export function ReadOnlyBanner() {
  const readOnly = useEditor((s) => s.readOnly);
  if (readOnly === null) return null;
  return (
    <div className="read-only-banner" role="alert" data-testid="read-only-banner">
      <span>{readOnly}</span>
      <span className="banner-actions">
        <button
          type="button"
          title="载入另一个标签页保存的最新版本，并在本页继续编辑（另一个标签页变为只读）"
          onClick={() => void documentSession()?.reload()}
        >
          重新载入
        </button>
        <button
          type="button"
          title="把本页显示的内容保存为一个新文档"
          onClick={() => void documentSession()?.saveAsNew()}
        >
          另存为新文档
        </button>
      </span>
    </div>
  );
}
