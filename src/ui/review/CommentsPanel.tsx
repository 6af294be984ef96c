import "./review-panels.css";
import { useMemo } from "react";
import { reviewList } from "../../domain/review";
import { tableHeading } from "../../domain/templates/structure";
import { type CommentFilter, commentsOf } from "../../store/comments-slice";
import { startMerge } from "../../store/merge-actions";
import { groupThreads } from "../../store/review-view";
import { useEditor } from "../../store/store";
import { IMPORT_ACCEPT } from "../documents/FileActions";
import { CommentThread } from "./CommentThread";
import { MergeView } from "./MergeView";
import { NamePrompt } from "./NamePrompt";
import { NewComment } from "./NewComment";
import { pickFileText } from "./pick-file";

const FILTERS: { key: CommentFilter; label: string }[] = [
  { key: "all", label: "全部" },
  { key: "open", label: "未解决" },
  { key: "resolved", label: "已解决" },
  { key: "mine", label: "我的" },
];

/** 合并审阅意见: picks the reviewer's returned file and shows what it brings. */
async function mergeFromFile(): Promise<void> {
  const file = await pickFileText(IMPORT_ACCEPT);
  if (file) startMerge(useEditor, file.text, file.name);
}

/** 批注: every thread of the document by table, filterable; each one jumps to where it is. */
export function CommentsPanel() {
  const workbook = useEditor((s) => s.workbook);
  const revision = useEditor((s) => s.revision);
  const findings = useEditor((s) => s.findings);
  const filter = useEditor((s) => s.commentFilter);
  const me = useEditor((s) => s.reviewerName);
  const active = useEditor((s) => s.activeThread);
  const setFilter = useEditor((s) => s.setCommentFilter);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the workbook is mutated in place; revision marks changes
  const entries = useMemo(
    () => (workbook ? reviewList(workbook, commentsOf(workbook), findings) : []),
    [workbook, revision, findings],
  );
  const groups = useMemo(() => groupThreads(entries, filter, me), [entries, filter, me]);
  const open = entries.filter((e) => !e.resolved).length;
  return (
    <section className="comments-panel" aria-label="批注" data-testid="comments-panel">
      <header>
        <div className="comments-summary">
          <span>
            批注 {entries.length} 条，未解决 <strong data-testid="comments-open-count">{open}</strong> 条
          </span>
          <button
            type="button"
            onClick={() => void mergeFromFile()}
            data-testid="merge-button"
            title="把审阅人返回的 JSON 文件中的批注和回复合并到当前文档"
          >
            合并审阅意见…
          </button>
        </div>
        <NamePrompt />
        <div className="checks-filter" title="筛选批注">
          {FILTERS.map((f) => (
            <button
              type="button"
              key={f.key}
              aria-pressed={filter === f.key}
              className={filter === f.key ? "active" : ""}
              onClick={() => setFilter(f.key)}
            >
              {f.label}
            </button>
          ))}
        </div>
        <NewComment />
      </header>
      <div className="comments-list">
        <MergeView />
        {groups.length === 0 && (
          <p className="checks-empty">
            {entries.length === 0
              ? "还没有批注。选中一个单元格，按“为所选单元格写批注”。"
              : "没有符合筛选条件的批注"}
          </p>
        )}
        {groups.map(([table, list]) => (
          <section key={table || "other"} data-testid={`comments-table-${table || "other"}`}>
            <h3>
              {table && workbook ? tableHeading(workbook.template, table) : table ? `公开${table}表` : "其他"}
            </h3>
            <ul>
              {list.map((entry) => (
                <CommentThread key={entry.thread.id} entry={entry} active={entry.thread.id === active} />
              ))}
            </ul>
          </section>
        ))}
      </div>
    </section>
  );
}
