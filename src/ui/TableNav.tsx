import { TABLE_IDS } from "../domain/templates/types";
import type { Workbook } from "../domain/workbook/workbook";
import { useEditor } from "../store/store";

export function TableNav({ workbook }: { workbook: Workbook }) {
  const active = useEditor((s) => s.activeTable);
  const showTable = useEditor((s) => s.showTable);
  return (
    <nav className="table-nav" aria-label="公开表">
      <ol>
        {TABLE_IDS.map((id) => {
          const table = workbook.template.tables[id];
          return (
            <li key={id}>
              <button
                type="button"
                className={id === active ? "active" : ""}
                aria-current={id === active ? "page" : undefined}
                data-testid={`nav-${id}`}
                onClick={() => showTable(id)}
              >
                <span className="nav-label">{table.label.replace("表", "")}</span>
                <span className="nav-title">{table.title}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
