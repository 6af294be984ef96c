import { useId, useState } from "react";
import type { Unit } from "../../domain/document/model";
import { listTemplates } from "../../domain/templates/registry";
import { lastCompletedYear } from "../../domain/workbook/document-info";
import { documentSession } from "../../store/persistence/browser-session";
import type { NewDocumentForm as Form } from "../../store/persistence/documents";

/** 新建: department, year, unit and template of a blank document. */
export function NewDocumentForm({ onCancel, onCreated }: { onCancel: () => void; onCreated: () => void }) {
  const templates = listTemplates();
  const [form, setForm] = useState<Form>(() => ({
    department: "",
    year: String(lastCompletedYear(new Date())),
    unit: "万元",
    template: templates[0]?.id ?? "",
  }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const id = useId();
  const update = (patch: Partial<Form>) => setForm((f) => ({ ...f, ...patch }));

  const submit = async () => {
    const session = documentSession();
    if (!session) return;
    setBusy(true);
    const result = await session.createNew(form);
    setBusy(false);
    if (result.ok) onCreated();
    else setErrors(result.errors);
  };

  return (
    <form
      className="new-document-form"
      aria-label="新建文档"
      data-testid="new-document-form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <label htmlFor={`${id}-department`}>部门</label>
      <div>
        <input
          id={`${id}-department`}
          value={form.department}
          placeholder="部门全称，如 某某市财政局"
          onChange={(e) => update({ department: e.currentTarget.value })}
          aria-invalid={Boolean(errors.department)}
        />
        {errors.department && <span className="field-error">{errors.department}</span>}
      </div>
      <label htmlFor={`${id}-year`}>年度</label>
      <div>
        <input
          id={`${id}-year`}
          value={form.year}
          inputMode="numeric"
          size={6}
          onChange={(e) => update({ year: e.currentTarget.value })}
          aria-invalid={Boolean(errors.year)}
        />
        {errors.year && <span className="field-error">{errors.year}</span>}
      </div>
      <span>单位</span>
      <div className="unit-choice">
        {(["万元", "元"] as const satisfies readonly Unit[]).map((unit) => (
          <label key={unit}>
            <input
              type="radio"
              name={`${id}-unit`}
              value={unit}
              checked={form.unit === unit}
              onChange={() => update({ unit })}
            />
            {unit}
          </label>
        ))}
      </div>
      <label htmlFor={`${id}-template`}>格式</label>
      <div>
        <select
          id={`${id}-template`}
          value={form.template}
          onChange={(e) => update({ template: e.currentTarget.value })}
        >
          {templates.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
        {errors.template && <span className="field-error">{errors.template}</span>}
      </div>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>
          创建并打开
        </button>
        <button type="button" onClick={onCancel}>
          取消
        </button>
      </div>
    </form>
  );
}
