import { useDeferredValue, useMemo } from "react";
import { countFindingsByTable, type FindingCounts } from "../domain/checks";
import { tableOf, tableOrder, tableOrdinal } from "../domain/templates/structure";
import type { TableId } from "../domain/templates/types";
import type { Workbook } from "../domain/workbook/workbook";
import { useEditor } from "../store/store";
import { PublicationNav } from "./publication/PublicationNav";
import { TrainingToolbar } from "./training/TrainingToolbar";

export function TableNav({ workbook }: { workbook: Workbook }) {
  const active = useEditor((s) => s.activeTable);
  // The open table is the current page only while the tables are shown (not the 情况说明 a finding opened).
  const tablesShown = useEditor((s) => s.mainView === "tables");
  const showTable = useEditor((s) => s.showTable);
  const findings = useDeferredValue(useEditor((s) => s.findings));
  const counts = useMemo(() => countFindingsByTable(findings), [findings]);
  return (
    <nav className="table-nav" aria-label="公开表">
      <ol>
        {tableOrder(workbook.template).map((id) => {
          const table = tableOf(workbook.template, id);
          return (
            <li key={id}>
              <button
                type="button"
                className={id === active && tablesShown ? "active" : ""}
                aria-current={id === active && tablesShown ? "page" : undefined}
                data-testid={`nav-${id}`}
                onClick={() => showTable(id)}
              >
                <span className="nav-label">
                  {table.label.replace("表", "") || tableOrdinal(workbook.template, id)}
                </span>
                <span className="nav-title">{table.title}</span>
                <NavCounts counts={counts.get(id)} table={id} />
              </button>
            </li>
          );
        })}
      </ol>
      <PublicationNav />
      {/* Below the tables, not in the header: the header keeps to one line of actions. */}
      <TrainingToolbar />
    </nav>
  );
}

function NavCounts({ counts, table }: { counts: FindingCounts | undefined; table: TableId }) {
  const warnings = (counts?.warning ?? 0) - (counts?.acknowledged ?? 0);
  if (!counts || (counts.error === 0 && warnings === 0)) return null;
  return (
    <span className="nav-counts" data-testid={`nav-counts-${table}`}>
      {counts.error > 0 && (
        <span className="badge-error" title="错误">
          {counts.error}
        </span>
      )}
      {warnings > 0 && (
        <span className="badge-warning" title="提示">
          {warnings}
        </span>
      )}
    </span>
  );
}
