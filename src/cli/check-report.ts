/** How `check` prints findings: readable Chinese grouped by table and severity, or one JSON line. */
import { countFindings, type Finding, type Severity } from "../domain/checks";
import type { JuesuanDocument } from "../domain/document/model";
import { isNarrativeFinding } from "../domain/narrative/document-narrative";
import { tableCaption, tableOrder } from "../domain/templates/structure";
import type { Template } from "../domain/templates/types";

const SEVERITY_NAMES: Record<Severity, string> = { error: "错误", warning: "提示", info: "尾差" };
const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export function summaryLine(findings: readonly Finding[]): string {
  const counts = countFindings(findings);
  const acknowledged = counts.acknowledged > 0 ? `（其中已说明 ${counts.acknowledged} 项）` : "";
  return `审核结果：错误 ${counts.error} 项，提示 ${counts.warning} 项${acknowledged}，尾差 ${counts.info} 项`;
}

export function textReport(
  file: string,
  doc: JuesuanDocument,
  template: Template,
  findings: readonly Finding[],
): string {
  const { department, year, unit } = doc.meta;
  const lines = [`== ${file}（${department} ${year} 年度，单位：${unit}）`, summaryLine(findings)];
  const tables = findings.filter((f) => !isNarrativeFinding(f));
  for (const table of tableOrder(template)) {
    const own = tables.filter((f) => (f.cells[0]?.table ?? "09") === table);
    if (own.length > 0) lines.push("", `【${tableCaption(template, table)}】`, ...groupLines(own));
  }
  const narrative = findings.filter(isNarrativeFinding);
  if (narrative.length > 0) lines.push("", "【情况说明等文字 · 表文一致】", ...groupLines(narrative));
  return lines.join("\n");
}

function groupLines(findings: readonly Finding[]): string[] {
  const lines: string[] = [];
  for (const severity of SEVERITIES) {
    const group = findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    lines.push(`  ${SEVERITY_NAMES[severity]}（${group.length}）`);
    for (const f of group) {
      lines.push(`    · ${f.message}`);
      if (f.likelyCause) lines.push(`      ${f.likelyCause}`);
      if (f.acknowledged) lines.push(`      已说明（${f.acknowledged.at}）：${f.acknowledged.note}`);
    }
  }
  return lines;
}

export function jsonReport(file: string, doc: JuesuanDocument, findings: readonly Finding[]): string {
  const counts = countFindings(findings);
  // `readable`: the file could be read and checked; `ok`: and it has no 错误 (the exit status's 1).
  return JSON.stringify({
    file,
    readable: true,
    ok: counts.error === 0,
    errors: counts.error,
    department: doc.meta.department,
    year: doc.meta.year,
    unit: doc.meta.unit,
    counts,
    findings: findings.map((f) => ({
      key: f.key,
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      cells: f.cells.map((c) => ({ table: c.table, row: c.row, column: c.col })),
      ...(f.values ? { values: f.values } : {}),
      ...(isNarrativeFinding(f) ? { place: f.place, fields: f.fields } : {}),
      ...(f.likelyCause ? { likelyCause: f.likelyCause } : {}),
      ...(f.acknowledged ? { acknowledged: f.acknowledged } : {}),
    })),
  });
}

export function failureReport(file: string, reason: string, json: boolean): string {
  return json
    ? JSON.stringify({ file, readable: false, ok: false, error: reason })
    : `== ${file}\n无法审核：${reason}`;
}
