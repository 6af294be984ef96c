import { useEffect, useId, useRef, useState } from "react";
import type { DocumentInfoForm } from "../../domain/workbook/document-info";
import { changeDocumentInfo } from "../../store/document-info-actions";
import { useEditor } from "../../store/store";
import { MetaFields } from "./MetaFields";

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
          const found = changeDocumentInfo(useEditor, form);
          if (found) setErrors(found);
          else onClose();
        }}
      >
        <h2 id={`${id}-title`}>文档信息</h2>
        <MetaFields
          id={id}
          values={form}
          errors={errors}
          update={update}
          unitHint="改单位只改标注，不换算已填的金额"
        />
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
