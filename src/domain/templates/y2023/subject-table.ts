import type { ColumnDef, FormulaSpec, SubjectLayout, TableId } from "../types";

/** The 功能分类 科目 layout shared by 02, 03, 05, 07 and 08. */
export function functionSubjectLayout(
  columns: readonly ColumnDef[],
  codeHeader = "功能分类科目编码",
): SubjectLayout {
  return {
    kind: "subject",
    classification: "function",
    itemHeader: "项 目",
    codeHeader,
    nameHeader: "科目名称",
    columns,
    totalRow: { key: "合计", label: "合计" },
  };
}

/** Columns numbered 1…n as their 栏次. */
export function lanedColumns(specs: readonly (Omit<ColumnDef, "lane"> | string)[]): ColumnDef[] {
  return specs.map((spec, i) => {
    const column = typeof spec === "string" ? { key: spec, label: spec } : spec;
    return { ...column, lane: String(i + 1) };
  });
}

/** A total column summing the others in every row, and the 科目 tree summing every other column. */
export function subjectFormulas(
  table: TableId,
  total: string,
  parts: readonly string[],
  treeColumns: readonly string[] = parts,
): FormulaSpec[] {
  return [
    { kind: "rowSum", table, target: total, terms: parts },
    { kind: "hierarchy", table, columns: treeColumns, totalRow: "合计" },
  ];
}
