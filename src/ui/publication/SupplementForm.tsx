import { leafRows } from "../../domain/narrative/figures";
import { perRowKey, type SupplementField, supplementFields } from "../../domain/narrative/supplement";
import type { Workbook } from "../../domain/workbook/workbook";
import { setSupplementValues } from "../../store/publication-actions";
import { useEditor } from "../../store/store";

const AMOUNT = /^-?\d+(\.\d+)?$/;
const COUNT = /^\d+$/;

/** Why a typed value is refused (null: accepted). A blank clears the field. */
function problemOf(field: SupplementField, value: string): string | null {
  const v = value.trim();
  if (v === "" || field.kind === "text") return null;
  if (field.kind === "amount" && !AMOUNT.test(v))
    return `“${field.label}”应为金额（例如 12.30），未保存“${v}”`;
  if (field.kind === "count" && !COUNT.test(v)) return `“${field.label}”应为整数，未保存“${v}”`;
  return null;
}

/**
 * 补充数据: the template's fields, typed once; each is saved (undoably) when its box is left. A refused value
 * gives way to the stored one (the message quotes what was typed); in 审阅模式 the fields are read-only.
 */
export function SupplementForm({ workbook, readOnly }: { workbook: Workbook; readOnly: boolean }) {
  useEditor((s) => s.revision);
  const values = workbook.doc.supplement ?? {};
  const notify = useEditor((s) => s.notify);
  const input = (field: SupplementField, key: string, label: string) => (
    <label key={key} className="pub-field">
      <span>{label}</span>
      <input
        // A new stored value (an undo, 打开上年文档) shows at once.
        key={values[key] ?? ""}
        defaultValue={values[key] ?? ""}
        readOnly={readOnly}
        data-testid={`supplement-${key}`}
        inputMode={field.kind === "text" ? "text" : "decimal"}
        onBlur={(e) => {
          const value = e.target.value;
          const stored = values[key] ?? "";
          if (value.trim() === stored) return;
          const problem = problemOf(field, value);
          if (problem) notify({ kind: "error", text: problem });
          else if (setSupplementValues(useEditor, { [key]: value }, `修改补充数据：${label}`)) {
            notify({ kind: "info", text: `已保存补充数据“${label}”（可撤销）` });
            return;
          }
          e.target.value = stored;
        }}
      />
    </label>
  );
  if (supplementFields(workbook.template.id).length === 0)
    return <p className="pub-empty">“{workbook.template.name}”格式尚无补充数据项。</p>;
  return (
    <form className="pub-supplement" aria-label="补充数据" onSubmit={(e) => e.preventDefault()}>
      {supplementFields(workbook.template.id).map((field) =>
        field.perRow ? (
          <fieldset key={field.key}>
            <legend>{field.label}</legend>
            {leafRows(workbook, field.perRow.table).map((row) =>
              input(
                field,
                perRowKey(field.key, row),
                `${row} ${workbook.rowName(field.perRow?.table ?? "05", row)}`,
              ),
            )}
          </fieldset>
        ) : (
          input(field, field.key, field.label)
        ),
      )}
    </form>
  );
}
