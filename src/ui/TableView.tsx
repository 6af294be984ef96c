import { tableOf } from "../domain/templates/structure";
import type { TableId } from "../domain/templates/types";
import type { Workbook } from "../domain/workbook/workbook";
import { useEditor } from "../store/store";
import { CopyTableButton } from "./CopyTableButton";
import { FormulaBar } from "./FormulaBar";
import { GridArea } from "./grid/GridArea";
import { SubjectRowTools } from "./SubjectRowTools";
import { tableTooltip } from "./training/glossary-text";

interface TableViewProps {
  table: TableId;
  active: boolean;
  workbook: Workbook;
}

/** A table as published: caption block, grid, 注 and 说明. Hidden (not unmounted) when inactive. */
export function TableView({ table, active, workbook }: TableViewProps) {
  const template = tableOf(workbook.template, table);
  // Selected, not read once: 文档信息 changes them in place.
  const department = useEditor((s) => s.workbook?.doc.meta.department);
  const year = useEditor((s) => s.workbook?.doc.meta.year);
  const unit = useEditor((s) => s.workbook?.doc.meta.unit);
  const note = workbook.doc.notes?.[table];
  // In 审阅模式 rows cannot be added or removed: the tools would only be refused.
  const reviewMode = useEditor((s) => s.reviewMode);
  return (
    <section
      className="table-view"
      hidden={!active}
      aria-label={template.title}
      data-testid={`table-${table}`}
    >
      <div className="caption">
        <h1 title={tableTooltip(template)}>{template.title}</h1>
        <div className="caption-line">
          <span>部门：{department}</span>
          <span>{year} 年度</span>
          <span className="caption-right">
            <CopyTableButton table={table} workbook={workbook} />
            <span className="table-label">
              {template.label.replace("公开", "公开 ").replace("表", " 表")}
            </span>
            <span>单位：{unit}</span>
          </span>
        </div>
      </div>
      {template.layout.kind === "subject" && !reviewMode && (
        <SubjectRowTools table={table} workbook={workbook} />
      )}
      <FormulaBar table={table} workbook={workbook} />
      <GridArea table={table} active={active} workbook={workbook} />
      <div className="legend" title="图例">
        <span className="legend-entered">填报</span>
        <span className="legend-derived">计算（公式得出，只读）</span>
        <span className="legend-stated">填报的合计（文件列报值，悬停查看计算值）</span>
        <span className="legend-comment">批注（灰色为已解决）</span>
      </div>
      <div className="table-notes">
        {template.notes.map((line) => (
          <p key={line}>{line}</p>
        ))}
        {note && <p className="table-explanation">说明：{note}</p>}
      </div>
    </section>
  );
}
