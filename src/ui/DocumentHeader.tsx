import { useEditor } from "../store/store";
import { DocumentInfoButton } from "./documents/DocumentInfoButton";
import { FileActions } from "./documents/FileActions";
import { SaveStatus } from "./documents/SaveStatus";
import { ReviewModeToggle } from "./review/ReviewBanner";

export function DocumentHeader() {
  const canUndo = useEditor((s) => s.history.past.length > 0);
  const canRedo = useEditor((s) => s.history.future.length > 0);
  const undoLabel = useEditor((s) => s.history.past.at(-1)?.label);
  const redoLabel = useEditor((s) => s.history.future[0]?.label);
  const docName = useEditor((s) => s.docName);
  const reviewMode = useEditor((s) => s.reviewMode);
  return (
    <header className="doc-header">
      <div className="doc-title">
        <span className="product">决算公开编辑器</span>
        <DocumentInfoButton />
        {reviewMode && (
          <span className="review-badge" data-testid="review-badge" title="数值只读，可以写批注">
            审阅模式
          </span>
        )}
        {docName && (
          <span className="doc-file" title="文档名称（在“文档”中重命名）" data-testid="doc-name">
            {docName}
          </span>
        )}
      </div>
      <div className="doc-actions">
        <SaveStatus />
        <FileActions />
        <ReviewModeToggle />
        <span className="actions-gap" />
        <button
          type="button"
          disabled={!canUndo}
          title={undoLabel ? `撤销：${undoLabel}（Ctrl+Z）` : "撤销（Ctrl+Z）"}
          onClick={() => useEditor.getState().undo()}
        >
          撤销
        </button>
        <button
          type="button"
          disabled={!canRedo}
          title={redoLabel ? `重做：${redoLabel}（Ctrl+Y）` : "重做（Ctrl+Y）"}
          onClick={() => useEditor.getState().redo()}
        >
          重做
        </button>
      </div>
    </header>
  );
}
