import { useId, useState } from "react";
import { listTemplates } from "../../domain/templates/registry";
import { lastCompletedYear } from "../../domain/workbook/document-info";
import { documentSession } from "../../store/persistence/browser-session";
import type { NewDocumentForm as Form } from "../../store/persistence/documents";
import { MetaFields } from "./MetaFields";

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
      <MetaFields
        id={id}
        values={form}
        errors={errors}
        update={update}
        departmentPlaceholder="部门全称，如 某某市财政局"
      />
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
