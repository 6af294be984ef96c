import type { DocumentMeta } from "../document/model";
import { tableOf } from "../templates/structure";
import type { Template } from "../templates/types";
import { factNotes } from "./fact-notes";
import type { ImportReport } from "./recognise";

/**
 * The import report in Chinese lines: template, year and department (with what to check), what each
 * table took, what could not be placed.
 */
export function importReportLines(
  report: ImportReport,
  template: Template,
  meta: Pick<DocumentMeta, "year" | "department">,
): string[] {
  const lines = [`识别的表样：${report.templateName}；共放置 ${report.figures} 个数`];
  lines.push(`  部门：${meta.department || "（未写明）"}，${meta.year} 年度`);
  for (const note of factNotes(report.facts, meta)) lines.push(`  ${note}`);
  for (const t of report.tables) {
    const { label, title } = tableOf(template, t.table);
    lines.push(`  ${label} ${title}（工作表“${t.sheet}”）：${t.rows} 行，${t.figures} 个数`);
  }
  if (report.missing.length > 0)
    lines.push(`  未找到：${report.missing.map((id) => tableOf(template, id).label).join("、")}`);
  if (report.unplaced.length === 0) lines.push("  全部内容均已放置");
  else {
    lines.push(`  无法放置的内容（${report.unplaced.length} 处）：`);
    for (const u of report.unplaced)
      lines.push(`    ${u.where}（${tableOf(template, u.table).label}）：${u.what}`);
  }
  return lines;
}
