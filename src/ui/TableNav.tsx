import { useDeferredValue, useMemo } from "react";
import { countFindingsByTable } from "../domain/checks";
import { tableOf, tableOrder, tableOrdinal } from "../domain/templates/structure";
import type { Workbook } from "../domain/workbook/workbook";
import { useEditor } from "../store/store";
import { NavCounts } from "./NavCounts";
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
                <NavCounts counts={counts.get(id)} id={id} />
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
