import { cancelMerge, finishMerge, setMergeTake } from "../../store/merge-actions";
import { useEditor } from "../../store/store";

/**
 * 合并审阅意见: what the returned file brings (comments) and where its values differ, each with a choice
 * (default: keep mine). Nothing changes until 合并 is pressed; then it is one undoable step.
 */
export function MergeView() {
  const merge = useEditor((s) => s.merge);
  const reviewMode = useEditor((s) => s.reviewMode);
  if (!merge) return null;
  const { plan, take } = merge;
  const changes = plan.values.changes.filter((c) => c.kind !== "meta");
  return (
    <section className="merge-view" data-testid="merge-view" aria-label="合并审阅意见">
      <h3>合并审阅意见：{merge.fileName}</h3>
      <p className="merge-summary" data-testid="merge-summary">
        {plan.comments.summary.message}
      </p>
      {changes.length > 0 && (
        <>
          <p className="merge-values-intro">
            文件中有 {changes.length}{" "}
            处数值与当前文档不同，默认保留当前文档的值；需要采用文件中的值时逐项选择：
          </p>
          <ul className="merge-values" data-testid="merge-values">
            {changes.map((change) => (
              <li key={change.id} data-testid="merge-value">
                <span className="merge-value-text">{change.description}</span>
                <span className="merge-choice">
                  <label>
                    <input
                      type="radio"
                      name={`merge-${change.id}`}
                      checked={!take.has(change.id)}
                      onChange={() => setMergeTake(useEditor, change.id, false)}
                    />
                    保留我的
                  </label>
                  <label>
                    <input
                      type="radio"
                      name={`merge-${change.id}`}
                      checked={take.has(change.id)}
                      disabled={reviewMode}
                      onChange={() => setMergeTake(useEditor, change.id, true)}
                    />
                    采用文件的
                  </label>
                </span>
              </li>
            ))}
          </ul>
          {reviewMode && <p className="merge-note">审阅模式下数值只读，只合并批注。</p>}
        </>
      )}
      <div className="merge-actions">
        <button
          type="button"
          className="primary"
          onClick={() => finishMerge(useEditor)}
          data-testid="merge-confirm"
        >
          合并
        </button>
        <button type="button" onClick={() => cancelMerge(useEditor)}>
          取消
        </button>
      </div>
    </section>
  );
}
