import { useId } from "react";
import type { DocumentMeta } from "../../domain/document/model";
import { readYearField } from "../../domain/workbook/plausible-year";
import { factNotes } from "../../domain/xlsx/fact-notes";
import type { WorkbookFacts } from "../../domain/xlsx/workbook-facts";

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
      <label htmlFor={`${id}-department`}>部门</label>
      <div>
        <input
          id={`${id}-department`}
          value={fields.department}
          data-testid="excel-import-department"
          onChange={(e) => update({ department: e.currentTarget.value })}
          aria-invalid={Boolean(errors.department)}
        />
        {errors.department && <span className="field-error">{errors.department}</span>}
      </div>
      <label htmlFor={`${id}-year`}>年度</label>
      <div>
        <input
          id={`${id}-year`}
          value={fields.year}
          inputMode="numeric"
          size={6}
          data-testid="excel-import-year"
          onChange={(e) => update({ year: e.currentTarget.value })}
          aria-invalid={Boolean(errors.year)}
        />
        {errors.year && (
          <span className="field-error" data-testid="excel-import-year-error">
            {errors.year}
          </span>
        )}
      </div>
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
