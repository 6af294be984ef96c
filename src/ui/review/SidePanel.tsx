import { lazy, Suspense, useDeferredValue, useEffect, useMemo, useRef } from "react";
import { countFindings, type Finding } from "../../domain/checks";
import type { SideTab } from "../../store/comments-slice";
import { openThreadCount } from "../../store/review-view";
import { useEditor } from "../../store/store";
import { ChecksPanel } from "../checks/ChecksPanel";
import "./review.css";

// Loaded when first opened: most sessions never leave the 审核 tab, and the first load stays small.
const CommentsPanel = lazy(() => import("./CommentsPanel").then((m) => ({ default: m.CommentsPanel })));
const CompareView = lazy(() => import("./CompareView").then((m) => ({ default: m.CompareView })));

const countErrors = (findings: readonly Finding[]) => countFindings(findings).error;

/**
 * The right-hand side: 审核 (findings), 批注 (comments) and 对比 (compare) share one panel as tabs, so the
 * grid keeps its width and no dialog stacks on another.
 */
export function SidePanel() {
  const open = useEditor((s) => s.checksOpen);
  const tab = useEditor((s) => s.sideTab);
  const setTab = useEditor((s) => s.setSideTab);
  const setOpen = useEditor((s) => s.setChecksOpen);
  // The 错误 the panel lists (findings, 表文一致 included), deferred as the panel's list is: the badge and
  // the panel's "错误 N" say the same number. Cells would differ: one finding may mark several cells.
  const findings = useDeferredValue(useEditor((s) => s.findings));
  const narrative = useDeferredValue(useEditor((s) => s.narrativeFindings));
  const errors = useMemo(() => countErrors(findings) + countErrors(narrative), [findings, narrative]);
  const openComments = useEditor((s) => openThreadCount(s.workbook?.doc.comments));
  const changes = useEditor((s) => s.compare?.diff.changes.length);
  // Unfolded from its strip, which goes away with the focus: the focus moves to the current tab.
  const tabList = useRef<HTMLDivElement>(null);
  const wasOpen = useRef(open);
  useEffect(() => {
    if (open && !wasOpen.current && document.activeElement === document.body)
      tabList.current?.querySelector<HTMLElement>('[aria-selected="true"]')?.focus();
    wasOpen.current = open;
  }, [open]);
  // Folded: the checks panel's own folded strip opens the whole panel again.
  if (!open) return <ChecksPanel />;
  const tabs: { key: SideTab; label: string; count?: number | undefined; countTitle: string }[] = [
    { key: "checks", label: "审核", count: errors, countTitle: `错误 ${errors} 项` },
    { key: "comments", label: "批注", count: openComments, countTitle: `未解决的批注 ${openComments} 条` },
    { key: "compare", label: "对比", count: changes, countTitle: `改动 ${changes ?? 0} 处` },
  ];
  return (
    <aside className="side-panel" data-testid="side-panel">
      <div className="side-tabs" role="tablist" aria-label="审核、批注与对比" ref={tabList}>
        {tabs.map((t) => (
          <button
            type="button"
            role="tab"
            key={t.key}
            aria-selected={tab === t.key}
            className={tab === t.key ? "active" : ""}
            onClick={() => setTab(t.key)}
            data-testid={`side-tab-${t.key}`}
          >
            {t.label}
            {t.count !== undefined && t.count > 0 && (
              <span className={`tab-count tab-count-${t.key}`} title={t.countTitle}>
                {t.count}
              </span>
            )}
          </button>
        ))}
        <button
          type="button"
          className="side-fold"
          onClick={() => setOpen(false)}
          title="收起右侧面板，让表格更宽"
          data-testid="side-fold"
        >
          收起
        </button>
      </div>
      <div className="side-content" role="tabpanel">
        {tab === "checks" && <ChecksPanel />}
        <Suspense fallback={<p className="side-loading">正在载入…</p>}>
          {tab === "comments" && <CommentsPanel />}
          {tab === "compare" && <CompareView />}
        </Suspense>
      </div>
    </aside>
  );
}
