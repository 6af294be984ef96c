import type { Unit } from "../../domain/document/model";
import "./documents-views.css";

export interface MetaValues {
  department: string;
  year: string;
  unit: Unit;
}

interface MetaFieldsProps {
  /** The form's id prefix (useId), for the labels' `htmlFor`. */
  id: string;
  values: MetaValues;
  errors: Record<string, string>;
  update: (patch: Partial<MetaValues>) => void;
  departmentPlaceholder?: string;
  unitHint?: string;
}

interface DepartmentYearProps {
  /** The form's id prefix (useId), for the labels' `htmlFor`. */
  id: string;
  values: Pick<MetaValues, "department" | "year">;
  errors: Partial<Record<string, string>>;
  update: (patch: Partial<Pick<MetaValues, "department" | "year">>) => void;
  departmentPlaceholder?: string | undefined;
  /** Test ids `{testIds}-department`, `{testIds}-year` and `{testIds}-year-error`, where a form needs them. */
  testIds?: string;
}

/** 部门 and 年度, each with its error beside it (新建, 文档信息, the Excel import's preview). */
export function DepartmentYearFields({
  id,
  values,
  errors,
  update,
  departmentPlaceholder,
  testIds,
}: DepartmentYearProps) {
  const testId = (part: string) => (testIds ? `${testIds}-${part}` : undefined);
  return (
    <>
      <label htmlFor={`${id}-department`}>部门</label>
      <div>
        <input
          id={`${id}-department`}
          value={values.department}
          placeholder={departmentPlaceholder}
          data-testid={testId("department")}
          onChange={(e) => update({ department: e.currentTarget.value })}
          aria-invalid={Boolean(errors.department)}
        />
        {errors.department && <span className="field-error">{errors.department}</span>}
      </div>
      <label htmlFor={`${id}-year`}>年度</label>
      <div>
        <input
          id={`${id}-year`}
          value={values.year}
          inputMode="numeric"
          size={6}
          data-testid={testId("year")}
          onChange={(e) => update({ year: e.currentTarget.value })}
          aria-invalid={Boolean(errors.year)}
        />
        {errors.year && (
          <span className="field-error" data-testid={testId("year-error")}>
            {errors.year}
          </span>
        )}
      </div>
    </>
  );
}

/** 部门, 年度 and 单位 as 新建 and 文档信息 both ask for them, each with its error beside it. */
export function MetaFields({ id, values, errors, update, departmentPlaceholder, unitHint }: MetaFieldsProps) {
  return (
    <>
      <DepartmentYearFields
        id={id}
        values={values}
        errors={errors}
        update={update}
        departmentPlaceholder={departmentPlaceholder}
      />
      <span>单位</span>
      <div className="unit-choice">
        {(["万元", "元"] as const satisfies readonly Unit[]).map((unit) => (
          <label key={unit}>
            <input
              type="radio"
              name={`${id}-unit`}
              value={unit}
              checked={values.unit === unit}
              onChange={() => update({ unit })}
            />
            {unit}
          </label>
        ))}
        {unitHint && <span className="field-hint">{unitHint}</span>}
      </div>
    </>
  );
}
