import { useEditor } from "../../store/store";

/** 审阅模式, said plainly: what can and cannot be done, and the way out. */
export function ReviewBanner() {
  const reviewMode = useEditor((s) => s.reviewMode);
  const setReviewMode = useEditor((s) => s.setReviewMode);
  if (!reviewMode) return null;
  return (
    <div className="review-banner" role="status" data-testid="review-banner">
      <span>
        <strong>审阅模式</strong>：数值只读，可以写批注、回复和标记解决。审阅完成后“导出
        JSON”，把文件交回填报人合并。
      </span>
      <button type="button" onClick={() => setReviewMode(false)} data-testid="review-exit">
        退出审阅模式
      </button>
    </div>
  );
}

/** The header's switch; in review mode a badge that cannot be missed. */
export function ReviewModeToggle() {
  const reviewMode = useEditor((s) => s.reviewMode);
  const setReviewMode = useEditor((s) => s.setReviewMode);
  return (
    <button
      type="button"
      aria-pressed={reviewMode}
      className={reviewMode ? "review-toggle on" : "review-toggle"}
      onClick={() => setReviewMode(!reviewMode)}
      title={reviewMode ? "退出审阅模式，恢复编辑数值" : "进入审阅模式：数值只读，只写批注"}
      data-testid="review-toggle"
    >
      {reviewMode ? "审阅模式" : "审阅"}
    </button>
  );
}
