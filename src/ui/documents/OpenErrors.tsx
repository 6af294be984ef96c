import type { Finding } from "../../domain/checks";
import { useEditor } from "../../store/store";

/** Shown at most; the rest are counted. */
const LISTED = 12;

/** The open 错误 of the document: the tables' and the text's (表文一致). */
export function openErrors(): Finding[] {
  const { findings, narrativeFindings } = useEditor.getState();
  return [...findings, ...narrativeFindings].filter((f) => f.severity === "error");
}

/**
 * Before printing or downloading a document with open 错误: lists them and asks. 继续 does what was asked,
 * 查看错误 closes the preview and opens 审核结果.
 */
export function OpenErrors({
  errors,
  action,
  onContinue,
  onCancel,
  onShowErrors,
}: {
  errors: readonly Finding[];
  action: string;
  onContinue: () => void;
  onCancel: () => void;
  onShowErrors: () => void;
}) {
  return (
    <div className="open-errors" role="alertdialog" aria-label="文档仍有错误" data-testid="open-errors">
      <p>
        文档仍有 {errors.length} 个错误，{action}的文本会与表格或计算结果不一致：
      </p>
      <ul>
        {errors.slice(0, LISTED).map((f) => (
          <li key={f.key}>{f.message}</li>
        ))}
        {errors.length > LISTED && <li>……另有 {errors.length - LISTED} 个</li>}
      </ul>
      <div className="open-errors-actions">
        <button type="button" onClick={onShowErrors} data-testid="open-errors-show">
          查看错误
        </button>
        <button type="button" onClick={onContinue} data-testid="open-errors-continue">
          继续{action}
        </button>
        <button type="button" onClick={onCancel}>
          取消
        </button>
      </div>
    </div>
  );
}
