import { useState } from "react";
import { documentSession } from "../../store/persistence/browser-session";
import { useEditor } from "../../store/store";
import { leaveTour } from "./navigate";

/**
 * 重置示例: after a class has edited the sample, opens a fresh copy of it. Asks first, in place (no
 * dialog); the edited document is not deleted, it stays under 文档.
 */
export function ResetSample() {
  const [asking, setAsking] = useState(false);
  const reset = async () => {
    setAsking(false);
    const state = useEditor.getState();
    state.closeTrace();
    if (state.tourActive) leaveTour();
    await documentSession()?.openSampleCopy();
  };
  return (
    <span className="reset-sample">
      <button
        type="button"
        aria-expanded={asking}
        data-testid="reset-sample"
        title="重新打开一份未修改的示例文档"
        onClick={() => setAsking((v) => !v)}
      >
        重置示例
      </button>
      {asking && (
        <span
          className="reset-confirm"
          role="alertdialog"
          aria-label="确认重置示例"
          data-testid="reset-confirm"
        >
          <span>将打开一份新的示例文档，本课所做的修改不再显示（原文档仍保存在“文档”中）。</span>
          <button
            type="button"
            className="primary"
            onClick={() => void reset()}
            data-testid="reset-confirm-yes"
          >
            确定重置
          </button>
          <button type="button" onClick={() => setAsking(false)}>
            取消
          </button>
        </span>
      )}
    </span>
  );
}
