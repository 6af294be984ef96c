import { useEffect, useId, useRef, useState } from "react";
import type { CodeDisplay } from "../../domain/templates/code-display";
import { type DocumentInfoForm, documentCodeDisplay } from "../../domain/workbook/document-info";
import { changeDocumentInfo } from "../../store/document-info-actions";
import { useEditor } from "../../store/store";
import { MetaFields } from "./MetaFields";

const CODE_DISPLAY_CHOICES: readonly [CodeDisplay, string][] = [
  ["joined", "一栏（2010301）"],
  ["split", "类/款/项 三栏（201 03 01）"],
];

/** 文档信息: department, year, unit and 科目编码 display of the open document, changed as one undoable step. */
export function DocumentInfoDialog({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [form, setForm] = useState<DocumentInfoForm>(() => {
    const meta = useEditor.getState().workbook?.doc.meta;
    return { department: meta?.department ?? "", year: String(meta?.year ?? ""), unit: meta?.unit ?? "万元" };
  });
  const [codeDisplay, setCodeDisplay] = useState<CodeDisplay>(() => {
    const doc = useEditor.getState().workbook?.doc;
    return doc ? documentCodeDisplay(doc) : "joined";
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
          const found = changeDocumentInfo(form, codeDisplay);
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
        <span>科目编码</span>
        <div className="unit-choice" role="radiogroup" aria-label="科目编码">
          {CODE_DISPLAY_CHOICES.map(([value, label]) => (
            <label key={value}>
              <input
                type="radio"
                name={`${id}-code-display`}
                value={value}
                checked={codeDisplay === value}
                onChange={() => setCodeDisplay(value)}
              />
              {label}
            </label>
          ))}
          <span className="field-hint">只改显示、打印和导出；文件里始终存完整编码</span>
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
