import { useId } from "react";
import type { DocumentMeta } from "../../domain/document/model";
import { readYearField } from "../../domain/workbook/plausible-year";
import { factNotes } from "../../domain/xlsx/fact-notes";
import type { WorkbookFacts } from "../../domain/xlsx/workbook-facts";
import { DepartmentYearFields } from "./MetaFields";

export interface FactFields {
  department: string;
  year: string;
}

export interface CheckedFacts {
  /** The year, or null while the field is not a plausible year. */
  year: number | null;
  department: string;
  errors: Partial<Record<keyof FactFields, string>>;
}

/** The preview's 部门 and 年度 as typed: a year must be plausible; 新建文档 needs a department. */
export function checkFacts(fields: FactFields, today: Date): CheckedFacts {
  const year = readYearField(fields.year, today);
  const department = fields.department.trim();
  const errors: CheckedFacts["errors"] = {};
  if (!year.ok) errors.year = year.message;
  if (department === "") errors.department = "请填写部门名称";
  return { year: year.ok ? year.year : null, department, errors };
}

interface Props {
  facts: WorkbookFacts;
  detected: Pick<DocumentMeta, "year" | "department">;
  fields: FactFields;
  errors: CheckedFacts["errors"];
  update: (patch: Partial<FactFields>) => void;
}

/** 部门 and 年度 as the workbook writes them, to change before 新建文档, with what to check about them. */
export function ExcelImportFacts({ facts, detected, fields, errors, update }: Props) {
  const id = useId();
  const notes = factNotes(facts, detected);
  return (
    <div className="excel-import-facts" data-testid="excel-import-facts">
      <DepartmentYearFields id={id} values={fields} errors={errors} update={update} testIds="excel-import" />
      {notes.length > 0 && (
        <ul className="excel-import-fact-notes" data-testid="excel-import-fact-notes">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
