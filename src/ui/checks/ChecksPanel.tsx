import { useDeferredValue, useMemo, useState } from "react";
import { countFindings, findingsByTable } from "../../domain/checks";
import type { NarrativeFinding } from "../../domain/narrative/findings";
import { tableHeading, tableOrder } from "../../domain/templates/structure";
import { CANONICAL_TABLE_IDS, type TableId } from "../../domain/templates/types";
import { clearAllStated } from "../../store/check-actions";
import { useEditor } from "../../store/store";
import { FindingItem } from "./FindingItem";

const SEVERITY_LABEL = { error: "错误", warning: "提示", info: "尾差" } as const;
type Filter = "all" | "error" | "warning" | "info";
/** A long list is cut per table (rendering thousands of findings on every edit would slow typing). */
const SHOWN_PER_TABLE = 50;

/** 审核结果: findings grouped by table and severity; each one navigates to its cells. */
export function ChecksPanel() {
  // Deferred: an edit's totals are painted first, the list of findings a moment later.
  const findings = useDeferredValue(useEditor((s) => s.findings));
  const narrative = useDeferredValue(useEditor((s) => s.narrativeFindings));
  const evaluated = useEditor((s) => s.checks !== null);
  const template = useEditor((s) => s.workbook?.template);
  const [filter, setFilter] = useState<Filter>("all");
  const [expanded, setExpanded] = useState<ReadonlySet<TableId>>(new Set());
  const counts = useMemo(() => countFindings([...findings, ...narrative]), [findings, narrative]);
  const open = useEditor((s) => s.checksOpen);
  const setOpen = useEditor((s) => s.setChecksOpen);
  const shown = useMemo(
    () =>
      findingsByTable(
        filter === "all" ? findings : findings.filter((f) => f.severity === filter),
        template ? tableOrder(template) : CANONICAL_TABLE_IDS,
      ),
    [findings, filter, template],
  );
  const narrativeShown = filter === "all" ? narrative : narrative.filter((f) => f.severity === filter);
  if (!open) {
    return (
      <button type="button" className="checks-folded" onClick={() => setOpen(true)} data-testid="checks-open">
        <span>审核结果</span>
        <span className="count-error">错误 {counts.error}</span>
        <span className="count-warning">提示 {counts.warning - counts.acknowledged}</span>
      </button>
    );
  }
  return (
    <aside className="checks-panel" aria-label="审核结果" data-testid="checks-panel">
      <header>
        <h2>
          审核结果
          <button type="button" className="checks-fold" onClick={() => setOpen(false)} title="收起审核结果">
            收起
          </button>
        </h2>
        <div className="checks-summary" data-testid="checks-summary">
          <span className="count-error">错误 {counts.error}</span>
          <span className="count-warning">
            提示 {counts.warning - counts.acknowledged}
            {counts.acknowledged > 0 && `（另有已说明 ${counts.acknowledged}）`}
          </span>
          <span className="count-info">尾差 {counts.info}</span>
        </div>
        <div className="checks-filter">
          {(["all", "error", "warning", "info"] as const).map((f) => (
            <button
              type="button"
              key={f}
              aria-pressed={filter === f}
              className={filter === f ? "active" : ""}
              onClick={() => setFilter(f)}
            >
              {f === "all" ? "全部" : SEVERITY_LABEL[f]}
            </button>
          ))}
          <button
            type="button"
            className="clear-stated"
            onClick={() => clearAllStated(useEditor)}
            title="删除文档中所有填报的合计，改用计算值"
          >
            全部改用计算值
          </button>
        </div>
      </header>
      <div className="checks-list">
        {!evaluated && <p className="checks-empty">正在审核…</p>}
        {evaluated && shown.size === 0 && narrativeShown.length === 0 && (
          <p className="checks-empty">没有{filter === "all" ? "" : SEVERITY_LABEL[filter]}问题</p>
        )}
        {[...shown].map(([table, list]) => (
          <section key={table} data-testid={`checks-table-${table}`}>
            <h3>{template ? tableHeading(template, table) : `公开${table}表`}</h3>
            <ul>
              {(expanded.has(table) ? list : list.slice(0, SHOWN_PER_TABLE)).map((finding) => (
                <FindingItem key={finding.key} finding={finding} />
              ))}
            </ul>
            {list.length > SHOWN_PER_TABLE && !expanded.has(table) && (
              <button
                type="button"
                className="checks-more"
                onClick={() => setExpanded(new Set([...expanded, table]))}
              >
                显示全部 {list.length} 条
              </button>
            )}
          </section>
        ))}
        <NarrativeFindings findings={narrativeShown} />
      </div>
    </aside>
  );
}

/** 表文一致: the findings about the publication's text, after the tables'; each opens its sentence. */
function NarrativeFindings({ findings }: { findings: readonly NarrativeFinding[] }) {
  const show = useEditor((s) => s.showNarrativeFinding);
  if (findings.length === 0) return null;
  return (
    <section data-testid="checks-narrative">
      <h3>情况说明等文字（表文一致）</h3>
      <ul>
        {findings.map((finding) => (
          <FindingItem
            key={finding.key}
            finding={finding}
            onShow={() => show(finding)}
            fields={finding.fields}
          />
        ))}
      </ul>
    </section>
  );
}
