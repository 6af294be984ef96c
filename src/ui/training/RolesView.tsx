import { useMemo } from "react";
import { columnLabel, tableOf } from "../../domain/templates/structure";
import { blankWorkbook, type CellRoleInfo, cellRoles, roleCounts } from "../../domain/training";
import type { Workbook } from "../../domain/workbook/workbook";
import { useEditor } from "../../store/store";
import "./training-views.css";

const ROLE_CLASS = { 填报: "role-entry", 计算: "role-computed", 校验: "role-checked" } as const;
const ROLE_HINT = {
  填报: "由会计录入",
  计算: "由公式算出，不能手工修改",
  校验: "审核规则拿它与别的数比较",
} as const;

/** One printed row of the blank template with the role of each of its cells. */
interface RoleRow {
  row: string;
  name: string;
  cells: Map<string, CellRoleInfo>;
}

/**
 * 单元格角色: the open table as a blank template, each cell marked 填报 / 计算 / 校验 (on the template's
 * blank document, so a class sees what the form asks before any figure is in it).
 */
export function RolesView({ workbook }: { workbook: Workbook }) {
  const table = useEditor((s) => s.activeTable);
  const blank = useMemo(() => blankWorkbook(workbook.template), [workbook.template]);
  const template = tableOf(workbook.template, table);
  const { rows, columns, counts } = useMemo(() => {
    const roles = cellRoles(blank, table);
    const byRow = new Map<string, RoleRow>();
    const cols: string[] = [];
    for (const info of roles.values()) {
      let entry = byRow.get(info.row);
      if (!entry) {
        entry = { row: info.row, name: blank.rowName(table, info.row) || info.row, cells: new Map() };
        byRow.set(info.row, entry);
      }
      entry.cells.set(info.col, info);
      if (!cols.includes(info.col)) cols.push(info.col);
    }
    return { rows: [...byRow.values()], columns: cols, counts: roleCounts(roles) };
  }, [blank, table]);
  return (
    <section className="roles-view" aria-label="单元格角色" data-testid="roles-view" data-table={table}>
      <header className="training-page-head">
        <h1>
          单元格角色：{template.label} {template.title}
        </h1>
        <p>
          这是本表的空白模板。
          {template.layout.kind === "subject" &&
            "科目行由填报人按支出功能分类（或经济分类）科目添加：末级科目的金额填报，类、款两级由公式汇总。"}
          在左侧选择其他表可查看其模板。
        </p>
        <ul className="role-legend">
          {(["填报", "计算", "校验"] as const).map((role) => (
            <li key={role} className={ROLE_CLASS[role]} data-testid={`role-count-${role}`}>
              <strong>{role}</strong> {counts[role]} 格：{ROLE_HINT[role]}
            </li>
          ))}
        </ul>
      </header>
      <div className="roles-scroll">
        <table className="roles-table">
          <thead>
            <tr>
              <th scope="col">项目</th>
              {columns.map((col) => (
                <th scope="col" key={col}>
                  {columnLabel(template, col).replaceAll("·", " · ")}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.row}>
                <th scope="row">{r.name}</th>
                {columns.map((col) => {
                  const info = r.cells.get(col);
                  if (!info) return <td key={col} className="role-none" />;
                  const rules = info.rules.length > 0 ? `；审核规则 ${info.rules.join("、")}` : "";
                  return (
                    <td
                      key={col}
                      className={ROLE_CLASS[info.role]}
                      data-role={info.role}
                      title={`${ROLE_HINT[info.role]}${info.derived && info.role === "校验" ? "（计算得出）" : ""}${rules}`}
                    >
                      {info.role}
                      {info.role === "校验" && info.derived && <span className="role-sub">（计算）</span>}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
