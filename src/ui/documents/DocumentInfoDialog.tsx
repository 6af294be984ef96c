import { useEffect, useId, useRef, useState } from "react";
import type { Unit } from "../../domain/document/model";
import type { DocumentInfoForm } from "../../domain/workbook/document-info";
import { changeDocumentInfo } from "../../store/document-info-actions";
import { useEditor } from "../../store/store";

/** 文档信息: department, year and unit of the open document, changed as one undoable step. */
export function DocumentInfoDialog({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [form, setForm] = useState<DocumentInfoForm>(() => {
    const meta = useEditor.getState().workbook?.doc.meta;
    return { department: meta?.department ?? "", year: String(meta?.year ?? ""), unit: meta?.unit ?? "万元" };
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const update = (patch: Partial<DocumentInfoForm>) => setForm((f) => ({ ...f, ...patch }));
  useEffect(() => dialog.current?.showModal(), []);
  return (
    <dialog ref={dialog} className="doc-info-dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      <form
        className="new-document-form"
        data-testid="doc-info-form"
        onSubmit={(e) => {
          e.preventDefault();
          const found = changeDocumentInfo(form);
          if (found) setErrors(found);
          else onClose();
        }}
      >
        <h2 id={`${id}-title`}>文档信息</h2>
        <label htmlFor={`${id}-department`}>部门</label>
        <div>
          <input
            id={`${id}-department`}
            value={form.department}
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
          <span className="field-hint">改单位只改标注，不换算已填的金额</span>
        </div>
        <div className="form-actions">
          <button type="submit" className="primary">
            确定
          </button>
          <button type="button" onClick={() => dialog.current?.close()}>
            取消
          </button>
        </div>
      </form>
    </dialog>
  );
}
